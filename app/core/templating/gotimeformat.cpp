// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gotime.h"

#include <array>
#include <cstdlib>
#include <string_view>

namespace alertdesk::gotmpl {

namespace {

void appendInt(std::string& b, std::int64_t x, int width)
{
    std::uint64_t u = static_cast<std::uint64_t>(x);
    if (x < 0) {
        b += '-';
        u = static_cast<std::uint64_t>(-x);
    }
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u > 0);
    const int digits = static_cast<int>(sizeof buf) - i;
    if (digits < width)
        b.append(static_cast<std::size_t>(width - digits), '0');
    b.append(buf + i, static_cast<std::size_t>(digits));
}

enum Std {
    None,
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    pm,
    TZ,
    ISO8601TZ,
    ISO8601SecondsTZ,
    ISO8601ShortTZ,
    ISO8601ColonTZ,
    ISO8601ColonSecondsTZ,
    NumTZ,
    NumSecondsTz,
    NumShortTZ,
    NumColonTZ,
    NumColonSecondsTZ,
    FracSecond0,
    FracSecond9,
};

struct Chunk {
    std::size_t prefixEnd; // layout[0:prefixEnd] is literal
    Std std = None;
    std::size_t suffixStart = 0;
    int digits = 0;
    char separator = '.';
};

bool startsWithLowerCase(std::string_view s, std::size_t at)
{
    return at < s.size() && s[at] >= 'a' && s[at] <= 'z';
}

bool has(std::string_view s, std::size_t at, const char* what)
{
    return s.compare(at, std::char_traits<char>::length(what), what) == 0;
}

// time/format.go's nextStdChunk.
Chunk nextStdChunk(std::string_view l)
{
    const std::size_t n = l.size();
    for (std::size_t i = 0; i < n; ++i) {
        auto chunk = [&](Std std, std::size_t len, std::size_t prefixEnd = std::string::npos) {
            return Chunk{prefixEnd == std::string::npos ? i : prefixEnd, std, i + len};
        };
        switch (l[i]) {
        case 'J':
            if (has(l, i, "Jan")) {
                if (has(l, i, "January"))
                    return chunk(LongMonth, 7);
                if (!startsWithLowerCase(l, i + 3))
                    return chunk(Month, 3);
            }
            break;
        case 'M':
            if (has(l, i, "Mon")) {
                if (has(l, i, "Monday"))
                    return chunk(LongWeekDay, 6);
                if (!startsWithLowerCase(l, i + 3))
                    return chunk(WeekDay, 3);
            }
            if (has(l, i, "MST"))
                return chunk(TZ, 3);
            break;
        case '0':
            if (i + 1 < n && l[i + 1] >= '1' && l[i + 1] <= '6') {
                static constexpr std::array<Std, 6> zeroX{ZeroMonth, ZeroDay, ZeroHour12, ZeroMinute, ZeroSecond, Year};
                return chunk(zeroX[static_cast<std::size_t>(l[i + 1] - '1')], 2);
            }
            if (has(l, i, "002"))
                return chunk(ZeroYearDay, 3);
            break;
        case '1':
            if (i + 1 < n && l[i + 1] == '5')
                return chunk(Hour, 2);
            return chunk(NumMonth, 1);
        case '2':
            if (has(l, i, "2006"))
                return chunk(LongYear, 4);
            return chunk(Day, 1);
        case '_':
            if (i + 1 < n && l[i + 1] == '2') {
                if (has(l, i + 1, "2006"))
                    return Chunk{i + 1, LongYear, i + 5};
                return chunk(UnderDay, 2);
            }
            if (has(l, i, "__2"))
                return chunk(UnderYearDay, 3);
            break;
        case '3':
            return chunk(Hour12, 1);
        case '4':
            return chunk(Minute, 1);
        case '5':
            return chunk(Second, 1);
        case 'P':
            if (i + 1 < n && l[i + 1] == 'M')
                return chunk(PM, 2);
            break;
        case 'p':
            if (i + 1 < n && l[i + 1] == 'm')
                return chunk(pm, 2);
            break;
        case '-':
            if (!has(l, i, "-07")) // all zone forms start so; a date's "-01" does not
                break;
            if (has(l, i, "-070000"))
                return chunk(NumSecondsTz, 7);
            if (has(l, i, "-07:00:00"))
                return chunk(NumColonSecondsTZ, 9);
            if (has(l, i, "-0700"))
                return chunk(NumTZ, 5);
            if (has(l, i, "-07:00"))
                return chunk(NumColonTZ, 6);
            return chunk(NumShortTZ, 3);
        case 'Z':
            if (!has(l, i, "Z07"))
                break;
            if (has(l, i, "Z070000"))
                return chunk(ISO8601SecondsTZ, 7);
            if (has(l, i, "Z07:00:00"))
                return chunk(ISO8601ColonSecondsTZ, 9);
            if (has(l, i, "Z0700"))
                return chunk(ISO8601TZ, 5);
            if (has(l, i, "Z07:00"))
                return chunk(ISO8601ColonTZ, 6);
            return chunk(ISO8601ShortTZ, 3);
        case '.':
        case ',':
            if (i + 1 < n && (l[i + 1] == '0' || l[i + 1] == '9')) {
                const char ch = l[i + 1];
                std::size_t j = i + 1;
                while (j < n && l[j] == ch)
                    ++j;
                if (!(j < n && l[j] >= '0' && l[j] <= '9')) {
                    Chunk c{i, ch == '0' ? FracSecond0 : FracSecond9, j};
                    c.digits = static_cast<int>(j - (i + 1));
                    c.separator = l[i];
                    return c;
                }
            }
            break;
        default:
            break;
        }
    }
    return Chunk{n, None, n};
}

void appendZone(std::string& b, Std std, int offset)
{
    const bool iso = std == ISO8601TZ || std == ISO8601ColonTZ || std == ISO8601SecondsTZ || std == ISO8601ShortTZ ||
                     std == ISO8601ColonSecondsTZ;
    if (offset == 0 && iso) {
        b += 'Z';
        return;
    }
    int zone = offset / 60;
    int absOffset = offset;
    if (zone < 0) {
        b += '-';
        zone = -zone;
        absOffset = -absOffset;
    } else {
        b += '+';
    }
    appendInt(b, zone / 60, 2);
    if (std == ISO8601ColonTZ || std == NumColonTZ || std == ISO8601ColonSecondsTZ || std == NumColonSecondsTZ)
        b += ':';
    if (std != NumShortTZ && std != ISO8601ShortTZ)
        appendInt(b, zone % 60, 2);
    if (std == ISO8601SecondsTZ || std == NumSecondsTz || std == NumColonSecondsTZ || std == ISO8601ColonSecondsTZ) {
        if (std == NumColonSecondsTZ || std == ISO8601ColonSecondsTZ)
            b += ':';
        appendInt(b, absOffset % 60, 2);
    }
}

void appendNano(std::string& b, int nanos, const Chunk& c)
{
    char buf[9];
    for (int i = 8; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + nanos % 10);
        nanos /= 10;
    }
    int n = c.digits > 9 ? 9 : c.digits;
    if (c.std == FracSecond9) {
        while (n > 0 && buf[n - 1] == '0')
            --n;
        if (n == 0)
            return;
    }
    b += c.separator;
    b.append(buf, static_cast<std::size_t>(n));
}

} // namespace

std::string formatTime(const GoTime& t, const std::string& layoutIn)
{
    std::string b;
    b.reserve(layoutIn.size() + 16);
    std::string_view layout = layoutIn; // what is left of it
    const CivilTime c = civil(t);
    while (!layout.empty()) {
        const Chunk chunk = nextStdChunk(layout);
        b.append(layout.substr(0, chunk.prefixEnd));
        if (chunk.std == None)
            break;
        switch (chunk.std) {
        case Year:
            appendInt(b, std::llabs(c.year) % 100, 2);
            break;
        case LongYear:
            appendInt(b, c.year, 4);
            break;
        case Month:
            b += monthName(c.month).substr(0, 3);
            break;
        case LongMonth:
            b += monthName(c.month);
            break;
        case NumMonth:
            appendInt(b, c.month, 0);
            break;
        case ZeroMonth:
            appendInt(b, c.month, 2);
            break;
        case WeekDay:
            b += weekdayName(c.weekday).substr(0, 3);
            break;
        case LongWeekDay:
            b += weekdayName(c.weekday);
            break;
        case Day:
            appendInt(b, c.day, 0);
            break;
        case UnderDay:
            if (c.day < 10)
                b += ' ';
            appendInt(b, c.day, 0);
            break;
        case ZeroDay:
            appendInt(b, c.day, 2);
            break;
        case UnderYearDay:
            if (c.yday < 100)
                b += c.yday < 10 ? "  " : " ";
            appendInt(b, c.yday, 0);
            break;
        case ZeroYearDay:
            appendInt(b, c.yday, 3);
            break;
        case Hour:
            appendInt(b, c.hour, 2);
            break;
        case Hour12:
        case ZeroHour12:
            appendInt(b, c.hour % 12 == 0 ? 12 : c.hour % 12, chunk.std == Hour12 ? 0 : 2);
            break;
        case Minute:
            appendInt(b, c.minute, 0);
            break;
        case ZeroMinute:
            appendInt(b, c.minute, 2);
            break;
        case Second:
            appendInt(b, c.second, 0);
            break;
        case ZeroSecond:
            appendInt(b, c.second, 2);
            break;
        case PM:
            b += c.hour >= 12 ? "PM" : "AM";
            break;
        case pm:
            b += c.hour >= 12 ? "pm" : "am";
            break;
        case TZ:
            if (t.utc) {
                b += "UTC";
            } else if (!t.zone.empty()) {
                b += t.zone;
            } else {
                int zone = t.offset / 60;
                b += zone < 0 ? '-' : '+';
                zone = zone < 0 ? -zone : zone;
                appendInt(b, zone / 60, 2);
                appendInt(b, zone % 60, 2);
            }
            break;
        case FracSecond0:
        case FracSecond9:
            appendNano(b, t.nsec, chunk);
            break;
        default:
            appendZone(b, chunk.std, t.offset);
            break;
        }
        layout.remove_prefix(chunk.suffixStart);
    }
    return b;
}

std::string timeString(const GoTime& t)
{
    return formatTime(t, "2006-01-02 15:04:05.999999999 -0700 MST");
}

} // namespace alertdesk::gotmpl
