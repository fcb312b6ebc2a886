// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/gofmt.h"
#include "templating/gostrings.h"

namespace alertdesk::gotmpl::fmtdetail {

// fmt's pp and fmt structs: the printer state shared by gofmt.cpp (values) and gofmtprintf.cpp (Printf's verbs).
inline constexpr char kLower[] = "0123456789abcdefx";
inline constexpr char kUpper[] = "0123456789ABCDEFX";

inline bool isNilArg(const Value& v)
{
    return !v.isValid() || (v.kind() == Kind::Interface && v.isNil());
}

struct Flags {
    bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false, space = false,
         zero = false, plusV = false, sharpV = false;
    int wid = 0, prec = 0;
};

class Printer {
public:
    std::string buf;
    Flags f;

    void printArg(const Value& arg, char32_t verb)
    {
        if (isNilArg(arg)) {
            if (verb == 'T' || verb == 'v')
                padString("<nil>");
            else
                badVerb(verb, arg);
            return;
        }
        if (verb == 'T') {
            fmtS(arg.type()->name);
            return;
        }
        if (verb == 'p') {
            badVerb(verb, arg);
            return;
        }
        if (handleMethods(arg, verb))
            return;
        printValue(arg, verb, 0);
    }

    void doPrintf(std::string_view format, std::span<const Value> a);

private:
    bool m_erroring = false;

    void writePadding(int n)
    {
        if (n > 0)
            buf.append(static_cast<std::size_t>(n), f.zero ? '0' : ' ');
    }
    void pad(std::string_view s)
    {
        if (!f.widPresent || f.wid == 0) {
            buf += s;
            return;
        }
        const int width = f.wid - static_cast<int>(runeCount(s));
        if (!f.minus) {
            writePadding(width);
            buf += s;
        } else {
            buf += s;
            writePadding(width);
        }
    }
    void padString(std::string_view s) { pad(s); }
    std::string_view truncate(std::string_view s) const // a view into s: no copy
    {
        if (f.precPresent) {
            std::size_t i = 0;
            for (int n = 0; i < s.size(); ++n) {
                if (n >= f.prec)
                    return s.substr(0, i);
                int w = 1;
                decodeRune(s, i, &w);
                i += static_cast<std::size_t>(w);
            }
        }
        return s;
    }
    void fmtS(std::string_view s) { padString(truncate(s)); }
    void fmtQ(std::string_view in)
    {
        const std::string s(truncate(in));
        if (f.sharp && canBackquote(s))
            padString("`" + s + "`");
        else
            padString(quote(s, f.plus));
    }
    void fmtSx(std::string_view s, const char* digits);
    void fmtInteger(std::uint64_t u, int base, bool isSigned, char32_t verb, const char* digits);
    void fmtFloat(double v, char32_t verb, int prec);
    void printInteger(std::uint64_t v, bool isSigned, char32_t verb);
    void printFloat(double v, char32_t verb);
    void printString(const std::string& s, char32_t verb)
    {
        switch (verb) {
        case 'v':
            f.sharpV ? fmtQ(s) : fmtS(s);
            break;
        case 's':
            fmtS(s);
            break;
        case 'x':
            fmtSx(s, kLower);
            break;
        case 'X':
            fmtSx(s, kUpper);
            break;
        case 'q':
            fmtQ(s);
            break;
        default:
            badVerb(verb, Value::string(s));
        }
    }
    bool handleMethods(const Value& v, char32_t verb)
    {
        if (m_erroring || f.sharpV)
            return false;
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            std::string text;
            if (stringerText(v, &text)) {
                printString(text, verb);
                return true;
            }
        }
        return false;
    }
    void badVerb(char32_t verb, const Value& v)
    {
        m_erroring = true;
        buf += "%!";
        appendRune(buf, verb);
        buf += '(';
        if (!isNilArg(v)) {
            buf += v.type()->name;
            buf += '=';
            printArg(v, 'v');
        } else {
            buf += "<nil>";
        }
        buf += ')';
        m_erroring = false;
    }
    void printValue(const Value& v, char32_t verb, int depth);
};

} // namespace alertdesk::gotmpl::fmtdetail
