// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QSize>
#include <optional>

namespace alertdesk {

/// What a robot's picture is, read from its header bytes alone. Core must not link Qt Gui, so QImage is not an option
/// here: the PNG IHDR chunk and the JPEG SOFn segment carry the format and the dimensions, which is all validation
/// needs. Scaling a picture down is the GUI's job.
struct ImageHeader {
    enum class Format { Png, Jpeg };
    Format format = Format::Png;
    QSize size; ///< invalid when the header is truncated or damaged
};

/// std::nullopt when the bytes are neither PNG nor JPEG (by their magic bytes).
std::optional<ImageHeader> readImageHeader(const QByteArray& data);

} // namespace alertdesk
