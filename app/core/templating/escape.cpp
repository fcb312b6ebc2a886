// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/escape.h"

#include "templating/gostrings.h"

namespace alertdesk::gotmpl {

std::string htmlEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
        case '\0':
            out += "\xEF\xBF\xBD";
            break;
        case '"':
            out += "&#34;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string jsEscape(std::string_view s)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '\\':
                out += "\\\\";
                continue;
            case '\'':
                out += "\\'";
                continue;
            case '"':
                out += "\\\"";
                continue;
            case '<':
                out += "\\u003C";
                continue;
            case '>':
                out += "\\u003E";
                continue;
            case '&':
                out += "\\u0026";
                continue;
            case '=':
                out += "\\u003D";
                continue;
            default:
                break;
            }
            if (c < ' ') {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
            continue;
        }
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        if (isPrint(r)) {
            out.append(s.substr(i, static_cast<std::size_t>(w)));
        } else {
            out += "\\u";
            std::string digits;
            for (char32_t v = r; v > 0 || digits.size() < 4; v >>= 4)
                digits.insert(digits.begin(), hex[v & 0xF]);
            out += digits;
        }
        i += static_cast<std::size_t>(w) - 1;
    }
    return out;
}

std::string queryEscape(std::string_view s)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += ch;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

} // namespace alertdesk::gotmpl
