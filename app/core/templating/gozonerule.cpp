// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The POSIX TZ string at the end of a TZif file ("CST-8", "EST5EDT,M3.2.0,M11.1.0"), evaluated as Go 1.19's tzset
// does: the rule of the UTC year of the instant, with Go's defaults (one hour of DST, ",M3.2.0,M11.1.0", 02:00).
#include "templating/gotime.h"
#include "templating/gozone.h"

#include <string_view>

namespace alertdesk::gotmpl {

namespace {

constexpr int kHour = 3600;
constexpr int kDay = 86400;

bool isLeap(std::int64_t y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int daysInMonth(int month, std::int64_t year)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A number in [min, max] at the start of s (tzsetNum).
bool number(std::string_view& s, int min, int max, int* out)
{
    if (s.empty() || !isDigit(s[0]))
        return false;
    int n = 0;
    std::size_t i = 0;
    for (; i < s.size() && isDigit(s[i]); ++i) {
        n = n * 10 + (s[i] - '0');
        if (n > max)
            return false;
    }
    if (n < min)
        return false;
    s.remove_prefix(i);
    *out = n;
    return true;
}

// tzsetName: letters up to a digit, ',', '-' or '+' (at least three), or <...>.
bool zoneName(std::string_view& s, std::string* out)
{
    if (s.empty())
        return false;
    if (s[0] == '<') {
        const auto close = s.find('>');
        if (close == std::string_view::npos)
            return false;
        *out = std::string(s.substr(1, close - 1));
        s.remove_prefix(close + 1);
        return true;
    }
    std::size_t i = 0;
    while (i < s.size() && !isDigit(s[i]) && s[i] != ',' && s[i] != '-' && s[i] != '+')
        ++i;
    if (i < 3)
        return false;
    *out = std::string(s.substr(0, i));
    s.remove_prefix(i);
    return true;
}

// tzsetOffset: [+-]hh[:mm[:ss]], hours up to 24*7, in seconds.
bool zoneOffset(std::string_view& s, int* out)
{
    if (s.empty())
        return false;
    const bool neg = s[0] == '-';
    if (s[0] == '+' || s[0] == '-')
        s.remove_prefix(1);
    int hours = 0, mins = 0, secs = 0;
    if (!number(s, 0, 24 * 7, &hours))
        return false;
    int off = hours * kHour;
    if (!s.empty() && s[0] == ':') {
        s.remove_prefix(1);
        if (!number(s, 0, 59, &mins))
            return false;
        off += mins * 60;
        if (!s.empty() && s[0] == ':') {
            s.remove_prefix(1);
            if (!number(s, 0, 59, &secs))
                return false;
            off += secs;
        }
    }
    *out = neg ? -off : off;
    return true;
}

struct Rule {
    enum Kind { Julian, DayOfYear, MonthWeekDay } kind = Julian;
    int day = 0, week = 0, mon = 0;
    int time = 2 * kHour;
};

bool rule(std::string_view& s, Rule* r)
{
    if (s.empty())
        return false;
    if (s[0] == 'J') {
        s.remove_prefix(1);
        r->kind = Rule::Julian;
        if (!number(s, 1, 365, &r->day))
            return false;
    } else if (s[0] == 'M') {
        s.remove_prefix(1);
        r->kind = Rule::MonthWeekDay;
        if (!number(s, 1, 12, &r->mon) || s.empty() || s[0] != '.')
            return false;
        s.remove_prefix(1);
        if (!number(s, 1, 5, &r->week) || s.empty() || s[0] != '.')
            return false;
        s.remove_prefix(1);
        if (!number(s, 0, 6, &r->day))
            return false;
    } else {
        r->kind = Rule::DayOfYear;
        if (!number(s, 0, 365, &r->day))
            return false;
    }
    if (s.empty() || s[0] != '/')
        return true;
    s.remove_prefix(1);
    return zoneOffset(s, &r->time);
}

// Seconds since the start of `year` (UTC) at which the rule takes effect, for a zone `off` seconds east (tzruleTime).
std::int64_t ruleTime(std::int64_t year, const Rule& r, int off)
{
    static const int daysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    std::int64_t s = 0;
    switch (r.kind) {
    case Rule::Julian:
        s = std::int64_t{r.day - 1} * kDay + (isLeap(year) && r.day >= 60 ? kDay : 0);
        break;
    case Rule::DayOfYear:
        s = std::int64_t{r.day} * kDay;
        break;
    case Rule::MonthWeekDay: {
        // weekday of the first of the month, then the week-th such day (the last one when week is 5)
        GoTime first;
        first.sec = unixFromCivil(year, r.mon, 1, 0, 0, 0);
        const int dow = civil(first).weekday;
        int d = r.day - dow;
        if (d < 0)
            d += 7;
        for (int i = 1; i < r.week; ++i) {
            if (d + 7 >= daysInMonth(r.mon, year))
                break;
            d += 7;
        }
        d += daysBefore[r.mon - 1] + (isLeap(year) && r.mon > 2 ? 1 : 0);
        s = std::int64_t{d} * kDay;
        break;
    }
    }
    return s + r.time - off;
}

} // namespace

bool zoneFromTzString(const std::string& tz, std::int64_t sec, ZoneAt* out)
{
    std::string_view s(tz);
    std::string stdName, dstName;
    int stdOffset = 0, dstOffset = 0;
    if (!zoneName(s, &stdName) || !zoneOffset(s, &stdOffset))
        return false;
    stdOffset = -stdOffset; // POSIX offsets are west of UTC
    if (s.empty() || s[0] == ',') {
        *out = {stdName, stdOffset, false};
        return true;
    }
    if (!zoneName(s, &dstName))
        return false;
    if (s.empty() || s[0] == ',') {
        dstOffset = stdOffset + kHour;
    } else {
        if (!zoneOffset(s, &dstOffset))
            return false;
        dstOffset = -dstOffset;
    }
    std::string_view rules = s.empty() ? std::string_view(",M3.2.0,M11.1.0") : s;
    if (rules[0] != ',' && rules[0] != ';')
        return false;
    rules.remove_prefix(1);
    Rule startRule, endRule;
    if (!rule(rules, &startRule) || rules.empty() || rules[0] != ',')
        return false;
    rules.remove_prefix(1);
    if (!rule(rules, &endRule) || !rules.empty())
        return false;

    GoTime at;
    at.sec = sec;
    const CivilTime c = civil(at);
    const std::int64_t ysec = std::int64_t{c.yday - 1} * kDay + sec % kDay; // Go's sec%secondsPerDay
    std::int64_t startSec = ruleTime(c.year, startRule, stdOffset);
    std::int64_t endSec = ruleTime(c.year, endRule, dstOffset);
    bool dstIsDst = true, stdIsDst = false;
    if (endSec < startSec) { // southern hemisphere: the labels flip
        std::swap(startSec, endSec);
        std::swap(stdName, dstName);
        std::swap(stdOffset, dstOffset);
        std::swap(stdIsDst, dstIsDst);
    }
    if (ysec < startSec || ysec >= endSec)
        *out = {stdName, stdOffset, stdIsDst};
    else
        *out = {dstName, dstOffset, dstIsDst};
    return true;
}

} // namespace alertdesk::gotmpl
