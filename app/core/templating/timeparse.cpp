// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gotime.h"
#include "templating/gozone.h"

namespace alertdesk::gotmpl {

namespace {

bool digitsAt(const std::string& s, std::size_t at, std::size_t n, int* out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

int daysIn(int month, int year)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        return 29;
    return days[month - 1];
}

} // namespace

std::optional<GoTime> parseRfc3339(const std::string& text, std::string* error, const GoLocation* local)
{
    const std::string layout = "2006-01-02T15:04:05.999999999Z07:00";
    auto fail = [&](const std::string& why) -> std::optional<GoTime> {
        *error = "parsing time \"" + text + "\" as \"" + layout + "\": " + why;
        return std::nullopt;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::size_t p = 0;
    if (!digitsAt(text, 0, 4, &year) || text.size() < 5 || text[4] != '-')
        return fail("cannot parse \"" + text + "\" as \"2006\"");
    if (!digitsAt(text, 5, 2, &month) || text.size() < 8 || text[7] != '-')
        return fail("cannot parse \"" + text.substr(5) + "\" as \"01\"");
    if (!digitsAt(text, 8, 2, &day) || text.size() < 11 || text[10] != 'T')
        return fail("cannot parse \"" + text.substr(8) + "\" as \"02\"");
    p = 11;
    // "15" takes one or two digits
    if (p < text.size() && text[p] >= '0' && text[p] <= '9') {
        hour = text[p++] - '0';
        if (p < text.size() && text[p] >= '0' && text[p] <= '9')
            hour = hour * 10 + (text[p++] - '0');
    } else {
        return fail("cannot parse \"" + text.substr(p) + "\" as \"15\"");
    }
    if (p >= text.size() || text[p] != ':' || !digitsAt(text, p + 1, 2, &minute))
        return fail("cannot parse \"" + text.substr(p) + "\" as \":\"");
    p += 3;
    if (p >= text.size() || text[p] != ':' || !digitsAt(text, p + 1, 2, &second))
        return fail("cannot parse \"" + text.substr(p) + "\" as \":\"");
    p += 3;
    int nsec = 0;
    if (p + 1 < text.size() && (text[p] == '.' || text[p] == ',') && text[p + 1] >= '0' && text[p + 1] <= '9') {
        ++p;
        int scale = 100000000;
        while (p < text.size() && text[p] >= '0' && text[p] <= '9') {
            nsec += (text[p] - '0') * scale;
            scale /= 10;
            ++p;
        }
    }
    GoTime t;
    int offset = 0;
    bool numericOffset = false;
    if (p < text.size() && text[p] == 'Z') {
        ++p;
    } else if (p < text.size() && (text[p] == '+' || text[p] == '-')) {
        int hh = 0, mm = 0;
        if (!digitsAt(text, p + 1, 2, &hh) || p + 3 >= text.size() || text[p + 3] != ':' ||
            !digitsAt(text, p + 4, 2, &mm))
            return fail("cannot parse \"" + text.substr(p) + "\" as \"Z07:00\"");
        offset = (hh * 60 + mm) * 60 * (text[p] == '-' ? -1 : 1);
        numericOffset = true;
        p += 6;
    } else {
        return fail("cannot parse \"" + text.substr(p) + "\" as \"Z07:00\"");
    }
    if (p != text.size())
        return fail("extra text: \"" + text.substr(p) + "\"");
    if (month < 1 || month > 12)
        return fail("month out of range");
    if (day < 1 || day > daysIn(month, year))
        return fail("day out of range");
    if (hour >= 24)
        return fail("hour out of range");
    if (minute >= 60)
        return fail("minute out of range");
    if (second >= 60)
        return fail("second out of range");
    t.sec = unixFromCivil(year, month, day, hour, minute, second) - offset;
    t.nsec = nsec;
    if (!numericOffset) // "Z": UTC
        return t;
    // Go: the Local zone when its offset at that instant is the one given (zoneName is empty for Z07:00), else a
    // fixed zone without a name. Local = UTC has offset 0 everywhere, and prints as UTC.
    if (!local) {
        t.offset = offset;
        t.utc = offset == 0;
        return t;
    }
    if (local->lookup(t.sec).offset == offset)
        return inLocation(t, local);
    t.offset = offset;
    t.utc = false;
    return t;
}

} // namespace alertdesk::gotmpl
