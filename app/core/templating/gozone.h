// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace alertdesk::gotmpl {

/// The zone in effect at an instant: abbreviation ("CST", "LMT"), seconds east of UTC, daylight saving or not.
struct ZoneAt {
    std::string name;
    int offset = 0;
    bool isDst = false;
};

/// Go's *time.Location for a named IANA zone, read from the system's TZif file the way Go 1.19 reads it
/// (time.LoadLocationFromTZData: the 64-bit data of version 2+ files, the POSIX TZ "extend" footer after the last
/// transition, lookupFirstZone before the first one). Not QTimeZone: Qt answers differently before the first
/// transition (Go gives the zone's local mean time, e.g. Asia/Shanghai's LMT +08:05:43).
class GoLocation {
public:
    /// The location for an IANA name, loaded once and kept for the process (the pointer stays valid); nullptr when
    /// the name is not a zone Go's LoadLocation would find in /usr/share/zoneinfo. "" and "UTC" are not locations
    /// here: callers treat them as UTC before asking (see loadLocation).
    static const GoLocation* load(const std::string& name);
    /// Parses TZif bytes (tests, and load()); false when Go would reject them.
    static bool fromTzif(const std::string& name, const std::string& data, GoLocation* out);

    const std::string& name() const { return m_name; }
    /// Go's Location.lookup(sec): the zone in effect at `sec` (seconds since the Unix epoch).
    ZoneAt lookup(std::int64_t sec) const;

private:
    struct Transition {
        std::int64_t when;
        std::uint8_t index;
    };
    std::size_t firstZone() const;
    std::string m_name;
    std::vector<ZoneAt> m_zones;
    std::vector<Transition> m_tx;
    std::string m_extend; ///< POSIX TZ string for instants after the last transition ("EST5EDT,M3.2.0,M11.1.0")
};

/// Go's time.LoadLocation(name) without "Local": true and *out = nullptr for "" and "UTC" (UTC); true and the
/// location for a known zone; false for anything else.
bool loadLocation(const std::string& name, const GoLocation** out);

/// The rule of a POSIX TZ string (Go's tzset) at `sec`; false when the string does not parse.
bool zoneFromTzString(const std::string& tz, std::int64_t sec, ZoneAt* out);

/// Go's time.Local while a template executes on this thread: nullptr is UTC (a server started with TZ=UTC).
const GoLocation* localLocation();

/// Makes `local` this thread's Local for its lifetime (TemplateData's servers' time zone during a render).
class LocalLocationScope {
public:
    explicit LocalLocationScope(const GoLocation* local);
    ~LocalLocationScope();
    LocalLocationScope(const LocalLocationScope&) = delete;
    LocalLocationScope& operator=(const LocalLocationScope&) = delete;

private:
    const GoLocation* m_previous;
};

} // namespace alertdesk::gotmpl
