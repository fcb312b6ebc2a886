// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gozone.h"

#include <QFile>

#include <limits>
#include <map>
#include <memory>
#include <mutex>

namespace alertdesk::gotmpl {

namespace {

thread_local const GoLocation* t_local = nullptr;

// Big-endian reader that remembers running out of data (Go's dataIO).
struct Reader {
    const std::string& data;
    std::size_t pos = 0;
    bool error = false;

    const char* read(std::size_t n)
    {
        if (error || data.size() - pos < n) {
            error = true;
            pos = data.size();
            return nullptr;
        }
        const char* p = data.data() + pos;
        pos += n;
        return p;
    }
    std::uint64_t big(std::size_t n)
    {
        const char* p = read(n);
        std::uint64_t v = 0;
        for (std::size_t i = 0; p && i < n; ++i)
            v = (v << 8) | static_cast<unsigned char>(p[i]);
        return v;
    }
};

// Go's platformZoneSources on Unix (ZONEINFO and Go's embedded zip are not consulted: the servers run on systems with
// tzdata, and so does AlertDesk).
const char* const kZoneDirs[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"};

} // namespace

bool GoLocation::fromTzif(const std::string& name, const std::string& data, GoLocation* out)
{
    Reader d{data};
    const char* magic = d.read(4);
    if (!magic || std::string(magic, 4) != "TZif")
        return false;
    const char* header = d.read(16);
    if (!header || (header[0] != 0 && header[0] != '2' && header[0] != '3'))
        return false;
    const int version = header[0] == 0 ? 1 : header[0] - '0';
    enum { NUTCLocal, NStdWall, NLeap, NTime, NZone, NChar };
    std::uint64_t n[6];
    for (auto& count : n)
        count = d.big(4);
    std::size_t size = 4;
    if (version > 1) { // skip the 32-bit data and the second header; read the 64-bit data
        d.read(n[NTime] * 4 + n[NTime] + n[NZone] * 6 + n[NChar] + n[NLeap] * 8 + n[NStdWall] + n[NUTCLocal] + 20);
        for (auto& count : n)
            count = d.big(4);
        size = 8;
    }
    if (d.error)
        return false;
    const std::size_t txTimesAt = d.pos;
    d.read(n[NTime] * size);
    const char* txZones = d.read(n[NTime]);
    const std::size_t zonesAt = d.pos;
    d.read(n[NZone] * 6);
    const char* abbrev = d.read(n[NChar]);
    d.read(n[NLeap] * (size + 4));
    d.read(n[NStdWall]);
    d.read(n[NUTCLocal]);
    if (d.error)
        return false;
    const std::string rest = data.substr(d.pos);
    GoLocation l;
    l.m_name = name;
    if (rest.size() > 2 && rest.front() == '\n' && rest.back() == '\n')
        l.m_extend = rest.substr(1, rest.size() - 2);
    if (n[NZone] == 0)
        return false;
    Reader zones{data, zonesAt};
    for (std::uint64_t i = 0; i < n[NZone]; ++i) {
        ZoneAt z;
        z.offset = static_cast<std::int32_t>(static_cast<std::uint32_t>(zones.big(4)));
        z.isDst = zones.big(1) != 0;
        const std::uint64_t at = zones.big(1);
        if (at >= n[NChar])
            return false;
        const std::string tail(abbrev + at, n[NChar] - at);
        z.name = tail.substr(0, tail.find('\0'));
        l.m_zones.push_back(std::move(z));
    }
    Reader times{data, txTimesAt};
    for (std::uint64_t i = 0; i < n[NTime]; ++i) {
        std::int64_t when = size == 4 ? static_cast<std::int32_t>(static_cast<std::uint32_t>(times.big(4)))
                                      : static_cast<std::int64_t>(times.big(8));
        const auto index = static_cast<std::uint8_t>(txZones[i]);
        if (index >= l.m_zones.size())
            return false;
        l.m_tx.push_back({when, index});
    }
    if (l.m_tx.empty()) // a fixed zone such as Etc/GMT-8: one transition at the beginning of time
        l.m_tx.push_back({std::numeric_limits<std::int64_t>::min(), 0});
    *out = std::move(l);
    return true;
}

// lookupFirstZone: the zone of instants before the first transition.
std::size_t GoLocation::firstZone() const
{
    bool firstUsed = false;
    for (const Transition& t : m_tx)
        firstUsed = firstUsed || t.index == 0;
    if (!firstUsed)
        return 0;
    if (!m_tx.empty() && m_zones[m_tx.front().index].isDst) {
        for (int zi = static_cast<int>(m_tx.front().index) - 1; zi >= 0; --zi) {
            if (!m_zones[static_cast<std::size_t>(zi)].isDst)
                return static_cast<std::size_t>(zi);
        }
    }
    for (std::size_t zi = 0; zi < m_zones.size(); ++zi) {
        if (!m_zones[zi].isDst)
            return zi;
    }
    return 0;
}

ZoneAt GoLocation::lookup(std::int64_t sec) const
{
    if (m_tx.empty() || sec < m_tx.front().when)
        return m_zones[firstZone()];
    std::size_t lo = 0;
    std::size_t hi = m_tx.size();
    while (hi - lo > 1) { // the last transition at or before sec
        const std::size_t m = lo + (hi - lo) / 2;
        if (sec < m_tx[m].when)
            hi = m;
        else
            lo = m;
    }
    if (lo == m_tx.size() - 1 && !m_extend.empty()) {
        ZoneAt fromRule;
        if (zoneFromTzString(m_extend, sec, &fromRule))
            return fromRule;
    }
    return m_zones[m_tx[lo].index];
}

const GoLocation* GoLocation::load(const std::string& name)
{
    if (name.empty() || name.find("..") != std::string::npos || name[0] == '/' || name[0] == '\\' ||
        name.find('\0') != std::string::npos)
        return nullptr;
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const GoLocation>> loaded; // successes only, kept for good
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = loaded.find(name); it != loaded.end())
        return it->second.get();
    for (const char* dir : kZoneDirs) {
        QFile file(QString::fromUtf8(dir) + QString::fromStdString(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto location = std::make_unique<GoLocation>();
        if (!fromTzif(name, file.readAll().toStdString(), location.get()))
            continue; // Go tries the next source
        return (loaded[name] = std::move(location)).get();
    }
    return nullptr;
}

bool loadLocation(const std::string& name, const GoLocation** out)
{
    if (name.empty() || name == "UTC") {
        *out = nullptr;
        return true;
    }
    *out = GoLocation::load(name);
    return *out != nullptr;
}

const GoLocation* localLocation()
{
    return t_local;
}

LocalLocationScope::LocalLocationScope(const GoLocation* local)
    : m_previous(t_local)
{
    t_local = local;
}

LocalLocationScope::~LocalLocationScope()
{
    t_local = m_previous;
}

} // namespace alertdesk::gotmpl
