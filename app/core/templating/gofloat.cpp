// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gofmt.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace alertdesk::gotmpl {

namespace {

// Decimal digits of |v| (no trailing zeros) and the decimal point position: v = 0.d1d2... * 10^dp.
struct Digits {
    std::string d;
    int dp = 0;
};

// prec < 0: shortest round-trip digits; otherwise rounded to `prec` significant digits.
Digits decimalDigits(double v, int significant)
{
    char buf[512];
    std::to_chars_result r;
    if (significant < 0)
        r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    else
        r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific, significant - 1);
    std::string s(buf, r.ptr);
    const auto e = s.find('e');
    Digits out;
    for (std::size_t i = 0; i < e; ++i) {
        if (s[i] != '.')
            out.d += s[i];
    }
    out.dp = std::atoi(s.c_str() + e + 1) + 1;
    while (!out.d.empty() && out.d.back() == '0')
        out.d.pop_back();
    if (out.d.empty())
        out.dp = 0; // zero
    return out;
}

std::string fmtE(bool neg, const Digits& digs, int prec, char fmt)
{
    std::string out = neg ? "-" : "";
    out += digs.d.empty() ? '0' : digs.d[0];
    if (prec > 0) {
        out += '.';
        int i = 1;
        const int m = std::min(static_cast<int>(digs.d.size()), prec + 1);
        if (i < m) {
            out.append(digs.d, 1, static_cast<std::size_t>(m - 1));
            i = m;
        }
        for (; i <= prec; ++i)
            out += '0';
    }
    out += fmt;
    int exp = digs.dp - 1;
    if (digs.d.empty())
        exp = 0;
    out += exp < 0 ? '-' : '+';
    exp = std::abs(exp);
    if (exp < 10)
        out += '0';
    out += std::to_string(exp);
    return out;
}

std::string fmtF(bool neg, const Digits& digs, int prec)
{
    std::string out = neg ? "-" : "";
    const int nd = static_cast<int>(digs.d.size());
    if (digs.dp > 0) {
        const int m = std::min(nd, digs.dp);
        out.append(digs.d, 0, static_cast<std::size_t>(m));
        for (int i = m; i < digs.dp; ++i)
            out += '0';
    } else {
        out += '0';
    }
    if (prec > 0) {
        out += '.';
        for (int i = 1; i <= prec; ++i) {
            const int j = digs.dp + i - 1;
            out += (j >= 0 && j < nd) ? digs.d[static_cast<std::size_t>(j)] : '0';
        }
    }
    return out;
}

} // namespace

std::string formatFloat(double v, char fmt, int prec)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    const bool neg = std::signbit(v);
    const bool shortest = prec < 0;
    switch (fmt) {
    case 'e':
    case 'E': {
        const Digits digs = decimalDigits(v, shortest ? -1 : prec + 1);
        return fmtE(neg, digs, shortest ? std::max(static_cast<int>(digs.d.size()) - 1, 0) : prec, fmt);
    }
    case 'f': {
        if (shortest) {
            const Digits digs = decimalDigits(v, -1);
            return fmtF(neg, digs, std::max(static_cast<int>(digs.d.size()) - digs.dp, 0));
        }
        char buf[1100];
        const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, prec);
        std::string s(buf, r.ptr);
        if (neg && s[0] != '-')
            s.insert(0, 1, '-'); // -0
        return s;
    }
    default: { // g, G
        if (prec == 0)
            prec = 1;
        const Digits digs = decimalDigits(v, shortest ? -1 : prec);
        const int nd = static_cast<int>(digs.d.size());
        int eprec = prec;
        if (shortest) {
            prec = nd;
            eprec = 6;
        } else if (eprec > nd && nd >= digs.dp) {
            eprec = nd;
        }
        const int exp = digs.dp - 1;
        if (!digs.d.empty() && (exp < -4 || exp >= eprec)) {
            if (prec > nd)
                prec = nd;
            return fmtE(neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
        }
        if (prec > digs.dp)
            prec = nd;
        return fmtF(neg, digs, std::max(prec - digs.dp, 0));
    }
    }
}

} // namespace alertdesk::gotmpl
