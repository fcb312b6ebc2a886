// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/avatar.h"

namespace alertdesk {

namespace {

quint32 bigEndian16(const QByteArray& data, qsizetype at)
{
    return (quint32(quint8(data.at(at))) << 8) | quint32(quint8(data.at(at + 1)));
}

quint32 bigEndian32(const QByteArray& data, qsizetype at)
{
    return (bigEndian16(data, at) << 16) | bigEndian16(data, at + 2);
}

QSize pngSize(const QByteArray& data)
{
    // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
    if (data.size() < 24 || data.mid(12, 4) != "IHDR")
        return {};
    const quint32 width = bigEndian32(data, 16);
    const quint32 height = bigEndian32(data, 20);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return {};
    return QSize(int(width), int(height));
}

bool isStartOfFrame(quint8 marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

QSize jpegSize(const QByteArray& data)
{
    qsizetype at = 2; // after SOI
    while (at < data.size()) {
        if (quint8(data.at(at)) != 0xFF)
            return {};
        while (at < data.size() && quint8(data.at(at)) == 0xFF) // fill bytes
            ++at;
        if (at >= data.size())
            return {};
        const quint8 marker = quint8(data.at(at++));
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) // stand-alone markers carry no length
            continue;
        if (marker == 0xD9 || marker == 0xDA) // end of image or start of scan before any frame header
            return {};
        if (at + 2 > data.size())
            return {};
        const quint32 length = bigEndian16(data, at);
        if (length < 2)
            return {};
        if (isStartOfFrame(marker)) {
            // length (2), precision (1), height (2), width (2)
            if (length < 7 || at + 7 > data.size())
                return {};
            const quint32 height = bigEndian16(data, at + 3);
            const quint32 width = bigEndian16(data, at + 5);
            if (width == 0 || height == 0)
                return {};
            return QSize(int(width), int(height));
        }
        at += length;
    }
    return {};
}

} // namespace

std::optional<ImageHeader> readImageHeader(const QByteArray& data)
{
    static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
    if (data.startsWith(pngSignature))
        return ImageHeader{ImageHeader::Format::Png, pngSize(data)};
    if (data.size() >= 3 && quint8(data.at(0)) == 0xFF && quint8(data.at(1)) == 0xD8 && quint8(data.at(2)) == 0xFF)
        return ImageHeader{ImageHeader::Format::Jpeg, jpegSize(data)};
    return std::nullopt;
}

} // namespace alertdesk
