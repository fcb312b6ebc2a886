// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importtimeinterval.h"

#include "domain/validation.h"

namespace alertdesk {

using namespace importyaml;

namespace {

std::optional<int> weekdayOf(const QString& name)
{
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
        if (name.trimmed().compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

// "09:00" -> 540; "24:00" -> 1440.
std::optional<int> minutesOf(const QString& text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).size() != 2)
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = parts.at(0).toInt(&hoursOk);
    const int minutes = parts.at(1).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 24 * 60)
        return std::nullopt;
    return hours * 60 + minutes;
}

QTime timeOf(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

struct Entry {
    QList<Qt::DayOfWeek> days; ///< sorted; all seven when the entry names none
    QList<std::pair<int, int>> ranges;
    QString location = QStringLiteral("UTC"); // Alertmanager's default
    QStringList unsupported;
};

// The days after `days` (Monday -> Tuesday, Sunday -> Monday), sorted.
QList<Qt::DayOfWeek> nextDays(const QList<Qt::DayOfWeek>& days)
{
    QList<Qt::DayOfWeek> next;
    for (Qt::DayOfWeek day : days)
        next.append(Qt::DayOfWeek(day == Qt::Sunday ? Qt::Monday : day + 1));
    std::sort(next.begin(), next.end());
    return next;
}

// Empty when the entries are one notification window: one entry with one time range, or the two entries a window
// past midnight is exported as (days D start-24:00, the days after D 00:00-end).
QString whyNoWindow(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return Words::tr("It has no time ranges.");
    for (const Entry& entry : entries) {
        if (!entry.unsupported.isEmpty())
            return Words::tr("It uses %1; a notification window has only weekdays, a time range and a time zone.")
                .arg(entry.unsupported.join(QStringLiteral(", ")));
        if (entry.ranges.size() != 1)
            return entry.ranges.isEmpty()
                       ? Words::tr("It has no time range (whole days); a notification window needs one.")
                       : Words::tr("It has %1 time ranges; a notification window has one.").arg(entry.ranges.size());
    }
    const Entry& first = entries.first();
    const bool pastMidnight = entries.size() == 2 && first.ranges.first().second == 24 * 60 &&
                              entries.at(1).ranges.first().first == 0 && entries.at(1).days == nextDays(first.days) &&
                              entries.at(1).location == first.location;
    if (entries.size() != 1 && !pastMidnight)
        return Words::tr("It has %1 entries; a notification window is one set of days with one time range.")
            .arg(entries.size());
    if (first.ranges.first() == std::pair{0, 24 * 60})
        return Words::tr("It covers whole days; a notification window needs a start and an end time.");
    if (first.location == QLatin1String("Local"))
        return Words::tr("It uses the Alertmanager server's local time zone, which AlertDesk cannot know.");
    if (const auto problem = checkTimeZone(first.location))
        return problem->message;
    return {};
}

} // namespace

void readTimeInterval(Reader& yaml, const YAML::Node& list, const QString& path,
                      AlertmanagerSource::TimeInterval& interval)
{
    if (!list.IsDefined() || list.IsNull() || !list.IsSequence()) {
        yaml.fail(list, path, Words::tr("Expected a list of time ranges."));
        return;
    }
    QList<Entry> entries;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node node = list[i];
        const QString at = item(path, i);
        if (!yaml.checkKeys(node, at,
                            {QStringLiteral("times"), QStringLiteral("weekdays"), QStringLiteral("days_of_month"),
                             QStringLiteral("months"), QStringLiteral("years"), QStringLiteral("location")}))
            return;
        Entry entry;
        for (const char* key : {"days_of_month", "months", "years"}) {
            if (node[key].IsDefined())
                entry.unsupported.append(QString::fromLatin1(key));
        }
        const YAML::Node times = node["times"];
        if (times.IsDefined() && !times.IsSequence())
            return yaml.fail(times, child(at, QStringLiteral("times")), Words::tr("Expected a list of times."));
        for (std::size_t t = 0; times.IsDefined() && t < times.size(); ++t) {
            const QString timePath = item(child(at, QStringLiteral("times")), t);
            if (!yaml.checkKeys(times[t], timePath, {QStringLiteral("start_time"), QStringLiteral("end_time")}))
                return;
            const auto start =
                minutesOf(yaml.string(times[t]["start_time"], child(timePath, QStringLiteral("start_time"))));
            const auto end = minutesOf(yaml.string(times[t]["end_time"], child(timePath, QStringLiteral("end_time"))));
            if (!start || !end || *start >= *end)
                return yaml.fail(times[t], timePath,
                                 Words::tr("Expected start_time and end_time such as 09:00 and 18:00, the start "
                                           "before the end."));
            entry.ranges.append({*start, *end});
        }
        const QString weekdaysPath = child(at, QStringLiteral("weekdays"));
        for (const QString& spec : yaml.strings(node["weekdays"], weekdaysPath)) {
            const QStringList bounds = spec.split(u':');
            const auto first = weekdayOf(bounds.value(0));
            const auto last = weekdayOf(bounds.value(bounds.size() - 1));
            if (bounds.size() > 2 || !first || !last || *first > *last)
                return yaml.fail(
                    node["weekdays"], weekdaysPath,
                    Words::tr("\"%1\" is not a weekday or a range of weekdays such as monday:friday.").arg(spec));
            for (int day = *first; day <= *last; ++day) {
                if (!entry.days.contains(Qt::DayOfWeek(day)))
                    entry.days.append(Qt::DayOfWeek(day));
            }
        }
        std::sort(entry.days.begin(), entry.days.end());
        if (entry.days.isEmpty())
            entry.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday};
        if (node["location"].IsDefined())
            entry.location = yaml.string(node["location"], child(at, QStringLiteral("location")));
        entries.append(entry);
    }
    if (yaml.problem())
        return;
    interval.whyNoWindow = whyNoWindow(entries);
    if (interval.whyNoWindow.isEmpty()) {
        const Entry& first = entries.first();
        const int end = entries.size() == 2 ? entries.at(1).ranges.first().second : first.ranges.first().second;
        interval.window =
            NotificationWindow{first.days, timeOf(first.ranges.first().first), timeOf(end), first.location};
    }
}

} // namespace alertdesk
