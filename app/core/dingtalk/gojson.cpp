// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/gojson.h"

namespace alertdesk {

namespace {

/// Length of the valid UTF-8 sequence at `i` (as Go's utf8.DecodeRune accepts it), or 0 when the byte there starts
/// none.
qsizetype validSequenceLength(QByteArrayView s, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    const qsizetype left = s.size() - i;
    const auto continuation = [&](qsizetype k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && continuation(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !continuation(i + 1) || !continuation(i + 2))
            return 0;
        const unsigned char c1 = byte(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) // overlong, or a surrogate
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
            return 0;
        const unsigned char c1 = byte(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

void appendGoJsonString(QByteArray& out, QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + s.size() + 2);
    out += '"';
    qsizetype start = 0; // the run of bytes written as they are
    for (qsizetype i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                ++i;
                continue;
            }
            out.append(s.data() + start, i - start);
            switch (c) {
            case '"':
            case '\\':
                out += '\\';
                out += char(c);
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default: // other control bytes and the HTML-sensitive < > &
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            }
            start = ++i;
            continue;
        }
        const qsizetype length = validSequenceLength(s, i);
        if (length == 0) {
            out.append(s.data() + start, i - start);
            out += "\\ufffd";
            start = ++i;
            continue;
        }
        // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: E2 80 A8 / E2 80 A9.
        if (length == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xA8) {
            out.append(s.data() + start, i - start);
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 3;
            start = i;
            continue;
        }
        i += length;
    }
    out.append(s.data() + start, s.size() - start);
    out += '"';
}

} // namespace alertdesk
