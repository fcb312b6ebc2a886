// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gofmtprinter.h"

namespace alertdesk::gotmpl {

using fmtdetail::Flags;
using fmtdetail::isNilArg;
using fmtdetail::Printer;

namespace {

bool tooLarge(int x)
{
    return x > 1000000 || x < -1000000;
}

// fmt's parsenum: digits at s[start:end].
int parseNum(std::string_view s, std::size_t start, std::size_t end, bool* isNum, std::size_t* newI)
{
    int num = 0;
    *isNum = false;
    if (start >= end) {
        *newI = end;
        return 0;
    }
    std::size_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (tooLarge(num)) {
            *isNum = false;
            *newI = end;
            return 0;
        }
        num = num * 10 + (s[i] - '0');
        *isNum = true;
    }
    *newI = i;
    return num;
}

struct ArgState {
    std::size_t argNum = 0;
    bool reordered = false;
    bool goodArgNum = true;
};

// fmt's argNumber: an explicit "[n]" argument index at format[i].
bool argNumber(ArgState& st, std::string_view format, std::size_t& i, std::size_t numArgs)
{
    if (format.size() <= i || format[i] != '[')
        return false;
    st.reordered = true;
    const std::string_view rest = format.substr(i);
    int index = 0;
    std::size_t wid = 1;
    bool ok = false;
    if (rest.size() >= 3) {
        for (std::size_t j = 1; j < rest.size(); ++j) {
            if (rest[j] == ']') {
                bool isNum = false;
                std::size_t newI = 0;
                const int width = parseNum(rest, 1, j, &isNum, &newI);
                if (!isNum || newI != j) {
                    wid = j + 1;
                } else {
                    index = width - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && static_cast<std::size_t>(index) < numArgs) {
        st.argNum = static_cast<std::size_t>(index);
        i += wid;
        return true;
    }
    st.goodArgNum = false;
    i += wid;
    return ok;
}

bool intFromArg(std::span<const Value> a, ArgState& st, int* num)
{
    bool isInt = false;
    *num = 0;
    if (st.argNum < a.size()) {
        const Value& v = a[st.argNum];
        if (v.kind() == Kind::Int) {
            const auto n = v.toInt();
            if (n >= INT32_MIN * 1000LL && n <= INT32_MAX * 1000LL) {
                *num = static_cast<int>(n);
                isInt = true;
            }
        } else if (v.kind() == Kind::Uint) {
            const auto n = v.toUint();
            if (n <= static_cast<std::uint64_t>(INT32_MAX)) {
                *num = static_cast<int>(n);
                isInt = true;
            }
        }
        ++st.argNum;
        if (tooLarge(*num)) {
            *num = 0;
            isInt = false;
        }
    }
    return isInt;
}

} // namespace

void fmtdetail::Printer::doPrintf(std::string_view format, std::span<const Value> a)
{
    const std::size_t end = format.size();
    ArgState st;
    bool afterIndex = false;
    for (std::size_t i = 0; i < end;) {
        st.goodArgNum = true;
        const std::size_t lasti = i;
        while (i < end && format[i] != '%')
            ++i;
        if (i > lasti)
            buf += format.substr(lasti, i - lasti);
        if (i >= end)
            break;
        ++i;
        f = Flags{};
        bool simple = false;
        for (; i < end; ++i) {
            const char c = format[i];
            if (c == '#') {
                f.sharp = true;
            } else if (c == '0') {
                f.zero = !f.minus;
            } else if (c == '+') {
                f.plus = true;
            } else if (c == '-') {
                f.minus = true;
                f.zero = false;
            } else if (c == ' ') {
                f.space = true;
            } else {
                if (c >= 'a' && c <= 'z' && st.argNum < a.size()) {
                    if (c == 'v') {
                        f.sharpV = f.sharp;
                        f.sharp = false;
                        f.plusV = f.plus;
                        f.plus = false;
                    }
                    printArg(a[st.argNum], static_cast<char32_t>(c));
                    ++st.argNum;
                    ++i;
                    simple = true;
                }
                break;
            }
        }
        if (simple)
            continue;

        afterIndex = argNumber(st, format, i, a.size());
        if (i < end && format[i] == '*') {
            ++i;
            f.widPresent = intFromArg(a, st, &f.wid);
            if (!f.widPresent)
                buf += "%!(BADWIDTH)";
            if (f.wid < 0) {
                f.wid = -f.wid;
                f.minus = true;
                f.zero = false;
            }
            afterIndex = false;
        } else {
            f.wid = parseNum(format, i, end, &f.widPresent, &i);
            if (afterIndex && f.widPresent)
                st.goodArgNum = false;
        }
        if (i + 1 < end && format[i] == '.') {
            ++i;
            if (afterIndex)
                st.goodArgNum = false;
            afterIndex = argNumber(st, format, i, a.size());
            if (i < end && format[i] == '*') {
                ++i;
                f.precPresent = intFromArg(a, st, &f.prec);
                if (f.prec < 0) {
                    f.prec = 0;
                    f.precPresent = false;
                }
                if (!f.precPresent)
                    buf += "%!(BADPREC)";
                afterIndex = false;
            } else {
                f.prec = parseNum(format, i, end, &f.precPresent, &i);
                if (!f.precPresent) {
                    f.prec = 0;
                    f.precPresent = true;
                }
            }
        }
        if (!afterIndex)
            afterIndex = argNumber(st, format, i, a.size());
        if (i >= end) {
            buf += "%!(NOVERB)";
            break;
        }
        int size = 1;
        char32_t verb = static_cast<unsigned char>(format[i]);
        if (verb >= 0x80)
            verb = decodeRune(format, i, &size);
        i += static_cast<std::size_t>(size);
        if (verb == '%') {
            buf += '%';
        } else if (!st.goodArgNum) {
            buf += "%!";
            appendRune(buf, verb);
            buf += "(BADINDEX)";
        } else if (st.argNum >= a.size()) {
            buf += "%!";
            appendRune(buf, verb);
            buf += "(MISSING)";
        } else {
            if (verb == 'v') {
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
            }
            printArg(a[st.argNum], verb);
            ++st.argNum;
        }
    }
    if (!st.reordered && st.argNum < a.size()) {
        f = Flags{};
        buf += "%!(EXTRA ";
        for (std::size_t i = st.argNum; i < a.size(); ++i) {
            if (i > st.argNum)
                buf += ", ";
            if (isNilArg(a[i])) {
                buf += "<nil>";
            } else {
                buf += a[i].type()->name;
                buf += '=';
                printArg(a[i], 'v');
            }
        }
        buf += ')';
    }
}

std::string sprint(const std::vector<Value>& args)
{
    Printer p;
    bool prevString = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool isString = !isNilArg(args[i]) && args[i].kind() == Kind::String;
        if (i > 0 && !isString && !prevString)
            p.buf += ' ';
        p.printArg(args[i], 'v');
        prevString = isString;
    }
    return std::move(p.buf);
}

std::string sprintln(const std::vector<Value>& args)
{
    Printer p;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            p.buf += ' ';
        p.printArg(args[i], 'v');
    }
    p.buf += '\n';
    return std::move(p.buf);
}

std::string sprintf(std::string_view format, std::span<const Value> args)
{
    Printer p;
    p.buf.reserve(format.size() + 16 * args.size()); // one allocation for a typical line, not three or four
    p.doPrintf(format, args);
    return std::move(p.buf);
}

void appendValue(std::string& out, const Value& v)
{
    if (v.kind() == Kind::String && !v.type()->stringer) {
        out += v.str();
        return;
    }
    Printer p;
    p.printArg(v, 'v');
    out += p.buf;
}

} // namespace alertdesk::gotmpl
