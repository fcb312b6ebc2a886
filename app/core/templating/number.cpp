// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/number.h"

#include "templating/gostrings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace alertdesk::gotmpl {

namespace {

// Go's underscoreOK: underscores only between digits or after a base prefix, and only with base 0.
bool underscoreOK(const std::string& s)
{
    char saw = '^';
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        ++i;
    bool hex = false;
    if (s.size() - i >= 2 && s[i] == '0') {
        const char c = static_cast<char>(s[i + 1] | 0x20);
        if (c == 'b' || c == 'o' || c == 'x') {
            hex = c == 'x';
            i += 2;
            saw = '0';
        }
    }
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if ((c >= '0' && c <= '9') || (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

std::optional<std::uint64_t> parseMagnitude(std::string s, int base)
{
    if (s.empty())
        return std::nullopt;
    bool underscores = false;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (s.size() >= 3 && (s[1] | 0x20) == 'b') {
                base = 2;
                s = s.substr(2);
            } else if (s.size() >= 3 && (s[1] | 0x20) == 'o') {
                base = 8;
                s = s.substr(2);
            } else if (s.size() >= 3 && (s[1] | 0x20) == 'x') {
                base = 16;
                s = s.substr(2);
            } else {
                base = 8;
                s = s.substr(1);
                if (s.empty())
                    return 0;
            }
        }
        underscores = true;
    }
    std::uint64_t n = 0;
    bool any = false;
    for (const char c : s) {
        if (c == '_' && underscores)
            continue;
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            d = (c | 0x20) - 'a' + 10;
        else
            return std::nullopt;
        if (d >= base)
            return std::nullopt;
        if (n > (UINT64_MAX - static_cast<std::uint64_t>(d)) / static_cast<std::uint64_t>(base))
            return std::nullopt;
        n = n * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);
        any = true;
    }
    if (!any && base != 8)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<std::uint64_t> parseGoUint(const std::string& text, int base)
{
    if (text.empty() || text[0] == '+' || text[0] == '-')
        return std::nullopt;
    if (base == 0 && !underscoreOK(text))
        return std::nullopt;
    return parseMagnitude(text, base);
}

std::optional<std::int64_t> parseGoInt(const std::string& text, int base)
{
    if (text.empty())
        return std::nullopt;
    std::string s = text;
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s = s.substr(1);
    }
    if (base == 0 && !underscoreOK(s))
        return std::nullopt;
    const auto u = parseMagnitude(s, base);
    if (!u)
        return std::nullopt;
    if (!neg && *u > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    if (neg && *u > static_cast<std::uint64_t>(INT64_MAX) + 1)
        return std::nullopt;
    return neg ? static_cast<std::int64_t>(0 - *u) : static_cast<std::int64_t>(*u);
}

std::optional<double> parseGoFloat(const std::string& text)
{
    if (text.empty() || !underscoreOK(text))
        return std::nullopt;
    std::string s;
    for (const char c : text) {
        if (c != '_')
            s += c;
    }
    std::string lower = toLower(s);
    const std::string body = (lower[0] == '+' || lower[0] == '-') ? lower.substr(1) : lower;
    if (body == "inf" || body == "infinity")
        return lower[0] == '-' ? -INFINITY : INFINITY;
    if (body == "nan")
        return NAN;
    // Go wants digits (no "0x" without a p exponent for hex floats, no C suffixes): strtod agrees on the valid set
    // except for hex mantissas without an exponent, which Go rejects.
    if (body.size() > 1 && body[0] == '0' && body[1] == 'x' && body.find('p') == std::string::npos)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size())
        return std::nullopt;
    if (errno == ERANGE && std::isinf(v))
        return std::nullopt; // Go: value out of range
    return v;
}

bool parseNumber(NumberNode& n, bool isChar, bool isComplex, std::string* error)
{
    const std::string& text = n.text;
    if (isChar) {
        char32_t r = 0;
        bool multibyte = false;
        std::string_view tail;
        if (!unquoteChar(std::string_view(text).substr(1), text[0], &r, &multibyte, &tail)) {
            *error = "invalid syntax";
            return false;
        }
        if (tail != "'") {
            *error = "malformed character constant: " + text;
            return false;
        }
        n.int64 = r;
        n.isInt = true;
        n.uint64 = r;
        n.isUint = true;
        n.float64 = r;
        n.isFloat = true;
        return true;
    }
    if (isComplex || (!text.empty() && text.back() == 'i')) {
        *error = "complex constants are not supported: " + quote(text);
        return false;
    }
    if (const auto u = parseGoUint(text)) {
        n.isUint = true;
        n.uint64 = *u;
    }
    if (const auto i = parseGoInt(text)) {
        n.isInt = true;
        n.int64 = *i;
        if (*i == 0) {
            n.isUint = true;
            n.uint64 = 0;
        }
    }
    if (n.isInt) {
        n.isFloat = true;
        n.float64 = static_cast<double>(n.int64);
    } else if (n.isUint) {
        n.isFloat = true;
        n.float64 = static_cast<double>(n.uint64);
    } else if (const auto f = parseGoFloat(text)) {
        if (text.find_first_of(".eEpP") == std::string::npos) {
            *error = "integer overflow: " + quote(text);
            return false;
        }
        n.isFloat = true;
        n.float64 = *f;
        if (std::isfinite(*f) && *f >= -9.2233720368547758e18 && *f < 9.2233720368547758e18 &&
            static_cast<double>(static_cast<std::int64_t>(*f)) == *f) {
            n.isInt = true;
            n.int64 = static_cast<std::int64_t>(*f);
        }
        if (std::isfinite(*f) && *f >= 0 && *f < 1.8446744073709552e19 &&
            static_cast<double>(static_cast<std::uint64_t>(*f)) == *f) {
            n.isUint = true;
            n.uint64 = static_cast<std::uint64_t>(*f);
        }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) {
        *error = "illegal number syntax: " + quote(text);
        return false;
    }
    return true;
}

} // namespace alertdesk::gotmpl
