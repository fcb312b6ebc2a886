// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace alertdesk::gotmpl {

class GoLocation;

/// Go's time.Time as Alertmanager templates see it: an instant plus the location it was given in. Locations are UTC
/// ("UTC"), a fixed offset (what time.Parse makes of "+08:00" when Local is elsewhere: no name), or a zone with rules
/// (`loc`: Go's Local, the servers' time zone, or a zone sprig's dateInZone loads), whose offset and abbreviation
/// follow the instant. Local is per render (gozone.h, localLocation()): the servers' time zone of the TemplateData.
struct GoTime {
    std::int64_t sec = -62135596800; ///< seconds since the Unix epoch; the default is Go's zero time (year 1, UTC)
    std::int32_t nsec = 0;
    std::int32_t offset = 0;         ///< seconds east of UTC (at this instant, for `loc`)
    bool utc = true;                 ///< UTC location (named "UTC"), else a zone named `zone` (often unnamed)
    std::string zone;                ///< abbreviation ("CST"), "" for an unnamed fixed zone
    const GoLocation* loc = nullptr; ///< the zone with rules this time is in; nullptr for UTC and fixed zones

    bool isZero() const { return sec == -62135596800 && nsec == 0; }
    bool operator==(const GoTime& o) const
    {
        return sec == o.sec && nsec == o.nsec && offset == o.offset && utc == o.utc && zone == o.zone && loc == o.loc;
    }
};

/// Layout-driven formatting, every element of Go's reference time ("Mon Jan 2 15:04:05 MST 2006").
std::string formatTime(const GoTime& t, const std::string& layout);
/// t.String(): "2006-01-02 15:04:05.999999999 -0700 MST".
std::string timeString(const GoTime& t);
/// time.Parse(time.RFC3339Nano, text) in a process whose Local is `local` (nullptr: UTC): "Z" is UTC; an offset that
/// equals Local's offset at that instant gives Local (named, e.g. "CST"), any other a fixed zone without a name.
/// std::nullopt and Go's message on failure.
std::optional<GoTime> parseRfc3339(const std::string& text, std::string* error, const GoLocation* local = nullptr);
GoTime addDuration(const GoTime& t, std::int64_t nanos);
std::int64_t subTimes(const GoTime& a, const GoTime& b); ///< a.Sub(b), saturating like Go
int compareInstants(const GoTime& a, const GoTime& b);
GoTime toUtc(const GoTime& t);
/// t.In(loc); nullptr is UTC.
GoTime inLocation(const GoTime& t, const GoLocation* loc);
/// t.In(time.LoadLocation(zone)) as sprig's dateInZone does it: "Local" is this render's Local (localLocation()),
/// "" and "UTC" are UTC, unknown zones give UTC (sprig falls back).
GoTime inZone(const GoTime& t, const std::string& zone);

struct CivilTime {
    std::int64_t year;
    int month;     ///< 1..12
    int day, yday; ///< yday 1..366
    int hour, minute, second;
    int weekday; ///< 0 = Sunday
};
CivilTime civil(const GoTime& t);
/// Unix seconds for a civil date-time in UTC (days may overflow, like time.Date normalises).
std::int64_t unixFromCivil(std::int64_t year, int month, int day, int hour, int minute, int second);

/// time.Duration.String(): "1h30m15.5s", "0s", "1.5µs".
std::string durationString(std::int64_t nanos);
std::string monthName(int month);
std::string weekdayName(int weekday);

} // namespace alertdesk::gotmpl
