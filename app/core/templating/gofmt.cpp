// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gofmt.h"

#include "templating/gofmtprinter.h"

namespace alertdesk::gotmpl {

bool stringerText(const Value& v, std::string* out)
{
    const TypeRef t = v.type();
    if (!t || !t->stringer)
        return false;
    if (t->isTime)
        *out = timeString(v.time());
    else if (t == types::duration())
        *out = durationString(v.toInt());
    else if (t == types::month())
        *out = monthName(static_cast<int>(v.toInt()));
    else if (t == types::weekday())
        *out = weekdayName(static_cast<int>(v.toInt()));
    else
        return false;
    return true;
}

namespace fmtdetail {

void Printer::fmtSx(std::string_view s, const char* digits)
{
    int length = static_cast<int>(s.size());
    if (f.precPresent && f.prec < length)
        length = f.prec;
    int width = 2 * length;
    if (width > 0) {
        if (f.space) {
            if (f.sharp)
                width *= 2;
            width += length - 1;
        } else if (f.sharp) {
            width += 2;
        }
    } else {
        if (f.widPresent)
            writePadding(f.wid);
        return;
    }
    if (f.widPresent && f.wid > width && !f.minus)
        writePadding(f.wid - width);
    if (f.sharp) {
        buf += '0';
        buf += digits[16];
    }
    for (int i = 0; i < length; ++i) {
        if (f.space && i > 0) {
            buf += ' ';
            if (f.sharp) {
                buf += '0';
                buf += digits[16];
            }
        }
        const auto c = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        buf += digits[c >> 4];
        buf += digits[c & 0xF];
    }
    if (f.widPresent && f.wid > width && f.minus)
        writePadding(f.wid - width);
}

void Printer::fmtInteger(std::uint64_t u, int base, bool isSigned, char32_t verb, const char* digits)
{
    const bool negative = isSigned && static_cast<std::int64_t>(u) < 0;
    if (negative)
        u = 0 - u;
    int prec = 0;
    if (f.precPresent) {
        prec = f.prec;
        if (prec == 0 && u == 0) {
            const bool oldZero = f.zero;
            f.zero = false;
            writePadding(f.wid);
            f.zero = oldZero;
            return;
        }
    } else if (f.zero && f.widPresent) {
        prec = f.wid;
        if (negative || f.plus || f.space)
            --prec;
    }
    // Built backwards, as fmt does; the buffer grows only for a huge precision.
    char small[72];
    std::string large;
    const std::size_t capacity = prec > 64 ? static_cast<std::size_t>(prec) + 8 : sizeof small;
    if (capacity > sizeof small)
        large.resize(capacity);
    char* const out = capacity > sizeof small ? large.data() : small;
    std::size_t i = capacity;
    const auto b = static_cast<std::uint64_t>(base);
    while (u >= b) {
        out[--i] = digits[u % b];
        u /= b;
    }
    out[--i] = digits[u];
    while (static_cast<int>(capacity - i) < prec)
        out[--i] = '0';
    if (f.sharp) {
        if (base == 2) {
            out[--i] = 'b';
            out[--i] = '0';
        } else if (base == 8) {
            if (out[i] != '0')
                out[--i] = '0';
        } else if (base == 16) {
            out[--i] = digits[16];
            out[--i] = '0';
        }
    }
    if (verb == 'O') {
        out[--i] = 'o';
        out[--i] = '0';
    }
    if (negative)
        out[--i] = '-';
    else if (f.plus)
        out[--i] = '+';
    else if (f.space)
        out[--i] = ' ';
    const bool oldZero = f.zero;
    f.zero = false;
    pad(std::string_view(out + i, capacity - i));
    f.zero = oldZero;
}

void Printer::printInteger(std::uint64_t v, bool isSigned, char32_t verb)
{
    switch (verb) {
    case 'v':
    case 'd':
        fmtInteger(v, 10, isSigned, verb, kLower);
        break;
    case 'b':
        fmtInteger(v, 2, isSigned, verb, kLower);
        break;
    case 'o':
    case 'O':
        fmtInteger(v, 8, isSigned, verb, kLower);
        break;
    case 'x':
        fmtInteger(v, 16, isSigned, verb, kLower);
        break;
    case 'X':
        fmtInteger(v, 16, isSigned, verb, kUpper);
        break;
    case 'c': {
        std::string s;
        appendRune(s, v > 0x10FFFF ? kRuneError : static_cast<char32_t>(v));
        pad(s);
        break;
    }
    case 'q':
        pad(quoteRune(v > 0x10FFFF ? kRuneError : static_cast<char32_t>(v), f.plus));
        break;
    case 'U': {
        std::string hex;
        std::uint64_t u = v;
        do {
            hex.insert(hex.begin(), kUpper[u % 16]);
            u /= 16;
        } while (u > 0);
        const int prec = f.precPresent && f.prec > 4 ? f.prec : 4;
        while (static_cast<int>(hex.size()) < prec)
            hex.insert(hex.begin(), '0');
        std::string s = "U+" + hex;
        if (f.sharp && v <= 0x10FFFF && isPrint(static_cast<char32_t>(v))) {
            s += " '";
            appendRune(s, static_cast<char32_t>(v));
            s += '\'';
        }
        const bool oldZero = f.zero;
        f.zero = false;
        pad(s);
        f.zero = oldZero;
        break;
    }
    default:
        badVerb(verb, isSigned ? Value::integer(static_cast<std::int64_t>(v)) : Value::uinteger(v));
    }
}

void Printer::fmtFloat(double v, char32_t verb, int prec)
{
    if (f.precPresent)
        prec = f.prec;
    std::string num = formatFloat(v, static_cast<char>(verb), prec);
    if (num[0] != '-' && num[0] != '+')
        num.insert(0, 1, '+');
    if (f.space && num[0] == '+' && !f.plus)
        num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        const bool oldZero = f.zero;
        f.zero = false;
        if (num[1] == 'N' && !f.space && !f.plus)
            num.erase(0, 1);
        pad(num);
        f.zero = oldZero;
        return;
    }
    if (f.sharp && verb != 'b') {
        // Keep the decimal point, and for %g the trailing zeros up to the precision.
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G') {
            digits = prec;
            if (digits == -1)
                digits = 6;
        }
        std::string tail;
        const auto e = num.find_first_of("eE");
        if (e != std::string::npos) {
            tail = num.substr(e);
            num.erase(e);
        }
        bool sawNonzero = false;
        bool hasPoint = false;
        for (std::size_t i = 1; i < num.size(); ++i) {
            if (num[i] == '.') {
                hasPoint = true;
            } else if (num[i] >= '0' && num[i] <= '9') {
                if (num[i] != '0')
                    sawNonzero = true;
                if (sawNonzero || hasPoint) // Go counts significant digits
                    --digits;
            }
        }
        if (!hasPoint) {
            if (num.size() == 2 && num[1] == '0')
                --digits;
            num += '.';
        }
        while (digits-- > 0)
            num += '0';
        num += tail;
    }
    if (f.plus || num[0] != '+') {
        if (f.zero && f.widPresent && f.wid > static_cast<int>(num.size())) {
            buf += num[0];
            writePadding(f.wid - static_cast<int>(num.size()));
            buf.append(num, 1);
            return;
        }
        pad(num);
        return;
    }
    pad(std::string_view(num).substr(1));
}

void Printer::printFloat(double v, char32_t verb)
{
    switch (verb) {
    case 'v':
        fmtFloat(v, 'g', -1);
        break;
    case 'g':
    case 'G':
        fmtFloat(v, verb, -1);
        break;
    case 'f':
    case 'e':
    case 'E':
        fmtFloat(v, verb, 6);
        break;
    case 'F':
        fmtFloat(v, 'f', 6);
        break;
    default:
        badVerb(verb, Value::floating(v));
    }
}

void Printer::printValue(const Value& v, char32_t verb, int depth)
{
    if (depth > 0 && v.isValid() && handleMethods(v, verb))
        return;
    switch (v.kind()) {
    case Kind::Invalid:
        if (depth == 0)
            buf += "<invalid reflect.Value>";
        else if (verb == 'v')
            buf += "<nil>";
        else
            badVerb(verb, v);
        return;
    case Kind::Bool:
        if (verb == 't' || verb == 'v')
            padString(v.toBool() ? "true" : "false");
        else
            badVerb(verb, v);
        return;
    case Kind::Int:
        if (verb == 'v' || verb == 'd' || verb == 'b' || verb == 'o' || verb == 'O' || verb == 'x' || verb == 'X' ||
            verb == 'c' || verb == 'q' || verb == 'U')
            printInteger(static_cast<std::uint64_t>(v.toInt()), true, verb);
        else
            badVerb(verb, v);
        return;
    case Kind::Uint:
        printInteger(v.toUint(), false, verb);
        return;
    case Kind::Float:
        if (std::string_view("vgGfeEF").find(static_cast<char>(verb)) != std::string_view::npos && verb < 0x80)
            printFloat(v.toFloat(), verb);
        else
            badVerb(verb, v);
        return;
    case Kind::String:
        if (std::string_view("vsxXq").find(static_cast<char>(verb)) != std::string_view::npos && verb < 0x80)
            printString(v.str(), verb);
        else
            badVerb(verb, v);
        return;
    case Kind::Map: {
        buf += "map[";
        bool first = true;
        for (const auto& [key, value] : v.entries()) {
            if (!first)
                buf += ' ';
            first = false;
            printValue(Value::string(key), verb, depth + 1);
            buf += ':';
            printValue(value, verb, depth + 1);
        }
        buf += ']';
        return;
    }
    case Kind::Struct: {
        if (v.type()->isTime) {
            printString(timeString(v.time()), verb == 'v' ? 'v' : 's');
            return;
        }
        buf += '{';
        const auto& fields = v.items();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                buf += ' ';
            if (f.plusV || f.sharpV) {
                buf += v.type()->fields[i];
                buf += ':';
            }
            printValue(fields[i], verb, depth + 1);
        }
        buf += '}';
        return;
    }
    case Kind::Interface:
        if (v.isNil()) {
            buf += "<nil>";
            return;
        }
        printValue(v.retyped(v.type()->elem), verb, depth + 1);
        return;
    case Kind::Slice: {
        buf += '[';
        const auto& items = v.items();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                buf += ' ';
            printValue(items[i], verb, depth + 1);
        }
        buf += ']';
        return;
    }
    case Kind::Pointer:
        if (depth == 0 && !v.isNil()) {
            buf += '&';
            printValue(v.retyped(v.type()->elem), verb, depth + 1);
            return;
        }
        if (v.isNil() && verb == 'v') {
            padString("<nil>");
            return;
        }
        buf += "0xc000010000"; // an address: Go prints one that differs run to run
        return;
    case Kind::Func:
    case Kind::ReflectValue:
        buf += "0x4a5b60";
        return;
    }
}

} // namespace fmtdetail

} // namespace alertdesk::gotmpl
