// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gotime.h"

#include "templating/gozone.h"

#include <array>
#include <cstdlib>
#include <limits>

namespace alertdesk::gotmpl {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Appends the digits of v / 10^prec's fraction, without trailing zeros (time.fmtFrac), into `out` reversed.
std::uint64_t fmtFrac(std::string& rev, std::uint64_t v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; ++i) {
        const auto digit = v % 10;
        print = print || digit != 0;
        if (print)
            rev += static_cast<char>('0' + digit);
        v /= 10;
    }
    if (print)
        rev += '.';
    return v;
}

void fmtIntRev(std::string& rev, std::uint64_t v)
{
    do {
        rev += static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
}

} // namespace

std::string monthName(int month)
{
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    if (month >= 1 && month <= 12)
        return names[month - 1];
    return "%!Month(" + std::to_string(month) + ")";
}

std::string weekdayName(int weekday)
{
    static const char* const names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    if (weekday >= 0 && weekday <= 6)
        return names[weekday];
    return "%!Weekday(" + std::to_string(weekday) + ")";
}

std::int64_t unixFromCivil(std::int64_t year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, 1) * kSecondsPerDay + (day - 1) * kSecondsPerDay + hour * 3600 + minute * 60 +
           second;
}

CivilTime civil(const GoTime& t)
{
    const std::int64_t local = t.sec + t.offset;
    const std::int64_t days = floorDiv(local, kSecondsPerDay);
    const std::int64_t secs = local - days * kSecondsPerDay;
    // civil_from_days
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t y = yoe + era * 400 + (m <= 2);
    CivilTime c{};
    c.year = y;
    c.month = m;
    c.day = d;
    c.yday = static_cast<int>(days - daysFromCivil(y, 1, 1)) + 1;
    c.hour = static_cast<int>(secs / 3600);
    c.minute = static_cast<int>(secs / 60 % 60);
    c.second = static_cast<int>(secs % 60);
    c.weekday = static_cast<int>(floorDiv(days + 4, 7) * -7 + days + 4); // 1970-01-01 was a Thursday
    return c;
}

GoTime addDuration(const GoTime& t, std::int64_t d)
{
    GoTime r = t;
    std::int64_t dsec = d / 1000000000;
    std::int64_t nsec = t.nsec + d % 1000000000;
    if (nsec >= 1000000000) {
        ++dsec;
        nsec -= 1000000000;
    } else if (nsec < 0) {
        --dsec;
        nsec += 1000000000;
    }
    r.sec += dsec;
    r.nsec = static_cast<std::int32_t>(nsec);
    return r.loc ? inLocation(r, r.loc) : r; // a zone with rules: the offset at the new instant
}

std::int64_t subTimes(const GoTime& a, const GoTime& b)
{
    constexpr std::int64_t maxD = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t minD = std::numeric_limits<std::int64_t>::min();
    std::int64_t d = 0;
    if (__builtin_mul_overflow(a.sec - b.sec, std::int64_t{1000000000}, &d) ||
        __builtin_add_overflow(d, std::int64_t{a.nsec - b.nsec}, &d))
        return a.sec > b.sec ? maxD : minD;
    return d;
}

int compareInstants(const GoTime& a, const GoTime& b)
{
    if (a.sec != b.sec)
        return a.sec < b.sec ? -1 : 1;
    if (a.nsec != b.nsec)
        return a.nsec < b.nsec ? -1 : 1;
    return 0;
}

GoTime toUtc(const GoTime& t)
{
    GoTime r = t;
    r.offset = 0;
    r.utc = true;
    r.zone.clear();
    r.loc = nullptr;
    return r;
}

GoTime inLocation(const GoTime& t, const GoLocation* loc)
{
    if (!loc)
        return toUtc(t);
    GoTime r = t;
    const ZoneAt z = loc->lookup(t.sec);
    r.utc = false;
    r.offset = z.offset;
    r.zone = z.name;
    r.loc = loc;
    return r;
}

GoTime inZone(const GoTime& t, const std::string& zone)
{
    if (zone == "Local")
        return inLocation(t, localLocation());
    const GoLocation* loc = nullptr;
    if (!loadLocation(zone, &loc))
        return toUtc(t);
    return inLocation(t, loc);
}

std::string durationString(std::int64_t d)
{
    std::string rev; // built backwards, like Go's buffer
    std::uint64_t u = static_cast<std::uint64_t>(d);
    const bool neg = d < 0;
    if (neg)
        u = 0 - u;
    if (u < 1000000000ULL) {
        int prec = 0;
        rev += 's';
        if (u == 0)
            return "0s";
        if (u < 1000ULL) {
            rev += 'n';
        } else if (u < 1000000ULL) {
            prec = 3;
            rev += "\xb5\xc2"; // "µ" reversed
        } else {
            prec = 6;
            rev += 'm';
        }
        u = fmtFrac(rev, u, prec);
        fmtIntRev(rev, u);
    } else {
        rev += 's';
        u = fmtFrac(rev, u, 9);
        fmtIntRev(rev, u % 60);
        u /= 60;
        if (u > 0) {
            rev += 'm';
            fmtIntRev(rev, u % 60);
            u /= 60;
            if (u > 0) {
                rev += 'h';
                fmtIntRev(rev, u);
            }
        }
    }
    if (neg)
        rev += '-';
    return std::string(rev.rbegin(), rev.rend());
}

} // namespace alertdesk::gotmpl
