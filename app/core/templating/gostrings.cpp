// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gostrings.h"

#include <QChar>

namespace alertdesk::gotmpl {

char32_t decodeRune(std::string_view s, std::size_t pos, int* width)
{
    const auto n = s.size() - pos;
    const auto c0 = static_cast<unsigned char>(s[pos]);
    *width = 1;
    if (c0 < 0x80)
        return c0;
    auto cont = [&](std::size_t i) { return i < n && (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80; };
    auto at = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F); };
    if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
        *width = 2;
        return (static_cast<char32_t>(c0 & 0x1F) << 6) | at(1);
    }
    if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
        const char32_t r = (static_cast<char32_t>(c0 & 0x0F) << 12) | (at(1) << 6) | at(2);
        if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))
            return kRuneError;
        *width = 3;
        return r;
    }
    if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        const char32_t r = (static_cast<char32_t>(c0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
        if (r < 0x10000 || r > 0x10FFFF)
            return kRuneError;
        *width = 4;
        return r;
    }
    return kRuneError;
}

void appendRune(std::string& out, char32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = kRuneError;
    if (r < 0x80) {
        out += static_cast<char>(r);
    } else if (r < 0x800) {
        out += static_cast<char>(0xC0 | (r >> 6));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += static_cast<char>(0xE0 | (r >> 12));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (r >> 18));
        out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    }
}

std::size_t runeCount(std::string_view s)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        int w = 1;
        decodeRune(s, i, &w);
        i += static_cast<std::size_t>(w);
    }
    return count;
}

bool isPrint(char32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    switch (QChar::category(r)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

bool isLetter(char32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    return QChar::isLetter(r);
}

bool isDigit(char32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return QChar::category(r) == QChar::Number_DecimalDigit;
}

bool isSpaceRune(char32_t r)
{
    switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
        return true;
    default:
        return r > 0xFF && QChar::isSpace(r);
    }
}

char32_t toUpperRune(char32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return QChar::toUpper(r);
}

char32_t toLowerRune(char32_t r)
{
    if (r < 0x80)
        return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    return QChar::toLower(r);
}

char32_t toTitleRune(char32_t r)
{
    if (r < 0x80)
        return toUpperRune(r);
    return QChar::toTitleCase(r);
}

namespace {
template <typename F> std::string mapRunes(std::string_view s, F f)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        if (r == kRuneError && w == 1)
            appendRune(out, kRuneError); // strings.Map replaces invalid bytes with U+FFFD
        else
            appendRune(out, f(r));
        i += static_cast<std::size_t>(w);
    }
    return out;
}

const char kHex[] = "0123456789abcdef";

void appendEscapedRune(std::string& out, char32_t r, int width, char quote, bool asciiOnly, std::string_view raw)
{
    if (r == static_cast<char32_t>(quote) || r == '\\') {
        out += '\\';
        out += static_cast<char>(r);
        return;
    }
    if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
        out.append(raw.data(), static_cast<std::size_t>(width));
        return;
    }
    switch (r) {
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    default:
        break;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        out += kHex[(r >> 4) & 0xF];
        out += kHex[r & 0xF];
    } else if (r < 0x10000) {
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4)
            out += kHex[(r >> s) & 0xF];
    } else {
        out += "\\U";
        for (int s = 28; s >= 0; s -= 4)
            out += kHex[(r >> s) & 0xF];
    }
}
} // namespace

std::string toUpper(std::string_view s)
{
    return mapRunes(s, toUpperRune);
}

std::string toLower(std::string_view s)
{
    return mapRunes(s, toLowerRune);
}

std::string quote(std::string_view s, bool asciiOnly)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        if (w == 1 && r == kRuneError) {
            out += "\\x";
            out += kHex[static_cast<unsigned char>(s[i]) >> 4];
            out += kHex[static_cast<unsigned char>(s[i]) & 0xF];
        } else {
            appendEscapedRune(out, r, w, '"', asciiOnly, s.substr(i));
        }
        i += static_cast<std::size_t>(w);
    }
    out += '"';
    return out;
}

std::string quoteRune(char32_t r, bool asciiOnly)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = kRuneError;
    std::string raw;
    appendRune(raw, r);
    std::string out = "'";
    appendEscapedRune(out, r, static_cast<int>(raw.size()), '\'', asciiOnly, raw);
    out += '\'';
    return out;
}

bool canBackquote(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        i += static_cast<std::size_t>(w);
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == kRuneError)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

namespace {
int unhex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

bool unquoteChar(std::string_view s, char quote, char32_t* value, bool* multibyte, std::string_view* tail)
{
    if (s.empty())
        return false;
    const auto c = static_cast<unsigned char>(s[0]);
    *multibyte = false;
    if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int w = 1;
        *value = decodeRune(s, 0, &w);
        *multibyte = true;
        *tail = s.substr(static_cast<std::size_t>(w));
        return true;
    }
    if (c != '\\') {
        *value = c;
        *tail = s.substr(1);
        return true;
    }
    if (s.size() <= 1)
        return false;
    const char e = s[1];
    s = s.substr(2);
    switch (e) {
    case 'a':
        *value = '\a';
        break;
    case 'b':
        *value = '\b';
        break;
    case 'f':
        *value = '\f';
        break;
    case 'n':
        *value = '\n';
        break;
    case 'r':
        *value = '\r';
        break;
    case 't':
        *value = '\t';
        break;
    case 'v':
        *value = '\v';
        break;
    case 'x':
    case 'u':
    case 'U': {
        const std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (s.size() < n)
            return false;
        char32_t v = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const int x = unhex(s[j]);
            if (x < 0)
                return false;
            v = (v << 4) | static_cast<char32_t>(x);
        }
        s = s.substr(n);
        if (e == 'x') {
            *value = v;
            break;
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return false;
        *value = v;
        *multibyte = true;
        break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        char32_t v = static_cast<char32_t>(e - '0');
        if (s.size() < 2)
            return false;
        for (int j = 0; j < 2; ++j) {
            const int x = s[static_cast<std::size_t>(j)] - '0';
            if (x < 0 || x > 7)
                return false;
            v = (v << 3) | static_cast<char32_t>(x);
        }
        s = s.substr(2);
        if (v > 255)
            return false;
        *value = v;
        break;
    }
    case '\\':
        *value = '\\';
        break;
    case '\'':
    case '"':
        if (e != quote)
            return false;
        *value = static_cast<char32_t>(e);
        break;
    default:
        return false;
    }
    *tail = s;
    return true;
}

std::optional<std::string> unquote(std::string_view s)
{
    if (s.size() < 2)
        return std::nullopt;
    const char q = s.front();
    if (q != s.back())
        return std::nullopt;
    s = s.substr(1, s.size() - 2);
    if (q == '`') {
        if (s.find('`') != std::string_view::npos)
            return std::nullopt;
        std::string out;
        for (const char c : s) {
            if (c != '\r')
                out += c;
        }
        return out;
    }
    if (q != '"' && q != '\'')
        return std::nullopt;
    if (s.find('\n') != std::string_view::npos)
        return std::nullopt;
    std::string out;
    while (!s.empty()) {
        char32_t v = 0;
        bool multibyte = false;
        std::string_view tail;
        if (!unquoteChar(s, q, &v, &multibyte, &tail))
            return std::nullopt;
        s = tail;
        if (v < 0x80 || !multibyte) {
            if (v < 0x100 && !multibyte)
                out += static_cast<char>(v);
            else
                appendRune(out, v);
        } else {
            appendRune(out, v);
        }
        if (q == '\'' && !s.empty())
            return std::nullopt;
    }
    if (q == '\'' && out.empty())
        return std::nullopt;
    return out;
}

} // namespace alertdesk::gotmpl
