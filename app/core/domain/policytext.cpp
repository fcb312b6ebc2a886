// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Durations, notification windows and enum spellings. Matching rules are in matchruletext.cpp.
#include "domain/policytext.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <array>

namespace alertdesk {

namespace {

struct DurationUnit {
    char16_t letter;
    qint64 seconds;
};
// Largest first: the order they must be written in, and the order they are printed in.
constexpr std::array<DurationUnit, 5> durationUnits{{
    {u'w', 7 * 24 * 60 * 60},
    {u'd', 24 * 60 * 60},
    {u'h', 60 * 60},
    {u'm', 60},
    {u's', 1},
}};
constexpr qint64 maxDurationSeconds = qint64(10) * 365 * 24 * 60 * 60; // ten years is "never" for any policy

Error durationError(const QString& message)
{
    return Error::invalid(QString(), message);
}

Error windowError(const QString& message)
{
    return Error::invalid(QStringLiteral("window"), message);
}

constexpr std::array<const char16_t*, 7> dayNames{u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
constexpr std::array<const char16_t*, 7> fullDayNames{u"monday", u"tuesday",  u"wednesday", u"thursday",
                                                      u"friday", u"saturday", u"sunday"};

std::optional<Qt::DayOfWeek> dayFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (std::size_t i = 0; i < dayNames.size(); ++i) {
        if (lower == QStringView(dayNames[i]) || lower == QStringView(fullDayNames[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

QString dayName(Qt::DayOfWeek day)
{
    return QString::fromUtf16(dayNames[std::size_t(day) - 1]);
}

Result<QList<Qt::DayOfWeek>> parseDays(const QString& text)
{
    if (text.compare(QStringLiteral("daily"), Qt::CaseInsensitive) == 0)
        return QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                                    Qt::Friday, Qt::Saturday, Qt::Sunday};
    QList<bool> chosen(7, false);
    const QStringList items = text.split(u',');
    for (const QString& item : items) {
        const QStringList ends = item.split(u'-');
        if (item.isEmpty() || ends.size() > 2) {
            return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                           "\"%1\" is not a list of days; write days like mon-fri, "
                                                           "mon,wed,fri or daily.")
                                   .arg(text));
        }
        QList<Qt::DayOfWeek> bounds;
        for (const QString& end : ends) {
            const std::optional<Qt::DayOfWeek> day = dayFromName(end);
            if (!day) {
                return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                               "\"%1\" is not a day; use mon, tue, wed, thu, fri, sat "
                                                               "or sun.")
                                       .arg(end));
            }
            bounds.append(*day);
        }
        if (bounds.constLast() < bounds.constFirst()) {
            const QString toSunday =
                bounds.constFirst() == Qt::Sunday ? dayName(Qt::Sunday) : dayName(bounds.constFirst()) + u"-sun";
            const QString fromMonday =
                bounds.constLast() == Qt::Monday ? dayName(Qt::Monday) : u"mon-" + dayName(bounds.constLast());
            return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                           "The days \"%1\" run backwards; ranges go from Monday "
                                                           "towards Sunday, so write it as %2.")
                                   .arg(item, toSunday + u',' + fromMonday));
        }
        for (int day = bounds.constFirst(); day <= bounds.constLast(); ++day) {
            if (chosen[day - 1]) {
                return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                               "The days \"%1\" name %2 twice; list each day once.")
                                       .arg(text, dayName(Qt::DayOfWeek(day))));
            }
            chosen[day - 1] = true;
        }
    }
    QList<Qt::DayOfWeek> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (chosen[day - 1])
            days.append(Qt::DayOfWeek(day));
    }
    return days;
}

Result<QTime> parseClock(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (match.hasMatch()) {
        const int hour = match.captured(1).toInt();
        const int minute = match.captured(2).toInt();
        if (hour == 24 && minute == 0) {
            return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                           "24:00 is not a time of day; use 00:00 (a window whose end "
                                                           "is before its start runs past midnight, e.g. "
                                                           "18:00-00:00)."));
        }
        if (hour < 24 && minute < 60)
            return QTime(hour, minute);
    }
    return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                   "\"%1\" is not a time of day; write it as HH:MM from 00:00 to "
                                                   "23:59, such as 09:00.")
                           .arg(text));
}

} // namespace

Result<std::chrono::seconds> parseDuration(const QString& text)
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                         "The duration is empty; enter one such as 30s, 5m, 4h or "
                                                         "1h30m."));
    }
    if (input.startsWith(u'-')) {
        return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                         "The duration \"%1\" is negative; enter a positive one such "
                                                         "as 30s, 5m or 4h.")
                                 .arg(input));
    }
    qint64 total = 0;
    int previousUnit = -1;
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype numberStart = at;
        while (at < input.size() && input.at(at) >= u'0' && input.at(at) <= u'9')
            ++at;
        const QString number = input.mid(numberStart, at - numberStart);
        if (number.isEmpty()) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "\"%1\" is not a duration; write whole numbers followed "
                                                             "by a unit (s, m, h, d or w), such as 30s, 5m or 1h30m.")
                                     .arg(input));
        }
        if (at < input.size() && (input.at(at) == u'.' || input.at(at) == u',')) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" has a fraction; write whole numbers "
                                                             "of smaller units instead, such as 1h30m for 1.5h.")
                                     .arg(input));
        }
        const qsizetype unitStart = at;
        while (at < input.size() && input.at(at).isLetter())
            ++at;
        const QString unit = input.mid(unitStart, at - unitStart);
        if (unit.isEmpty()) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" has a number without a unit; add s, "
                                                             "m, h, d or w, such as %2m.")
                                     .arg(input, number));
        }
        if (unit == QStringLiteral("ms")) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" uses milliseconds; AlertDesk works "
                                                             "in whole seconds, so use s, m, h, d or w.")
                                     .arg(input));
        }
        int unitIndex = -1;
        for (std::size_t i = 0; i < durationUnits.size(); ++i) {
            if (unit.size() == 1 && unit.at(0) == QChar(durationUnits[i].letter))
                unitIndex = int(i);
        }
        if (unitIndex < 0) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" uses the unknown unit \"%2\"; use s "
                                                             "(seconds), m (minutes), h (hours), d (days) or w "
                                                             "(weeks).")
                                     .arg(input, unit));
        }
        if (unitIndex <= previousUnit) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" lists its units out of order; write "
                                                             "each unit once, largest first, such as 1h30m.")
                                     .arg(input));
        }
        previousUnit = unitIndex;
        const qint64 unitSeconds = durationUnits[std::size_t(unitIndex)].seconds;
        bool ok = false;
        const qint64 value = number.toLongLong(&ok);
        if (!ok || number.size() > 12 || value > (maxDurationSeconds - total) / unitSeconds) {
            return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                             "The duration \"%1\" is longer than ten years; enter a "
                                                             "shorter one.")
                                     .arg(input));
        }
        total += value * unitSeconds;
    }
    if (total == 0) {
        return durationError(QCoreApplication::translate("alertdesk::PolicyText",
                                                         "The duration \"%1\" is zero; enter one longer than zero, "
                                                         "such as 30s.")
                                 .arg(input));
    }
    return std::chrono::seconds(total);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 remaining = duration.count();
    if (remaining <= 0)
        return QStringLiteral("0s");
    QString text;
    for (const DurationUnit& unit : durationUnits) {
        const qint64 count = remaining / unit.seconds;
        remaining %= unit.seconds;
        if (count > 0)
            text += QString::number(count) + QChar(unit.letter);
    }
    return text;
}

Result<NotificationWindow> parseNotificationWindow(const QString& text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3) {
        return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                       "\"%1\" is not a notification window; write days, times and "
                                                       "optionally a time zone, such as \"mon-fri 09:00-18:00 "
                                                       "Asia/Shanghai\".")
                               .arg(text.simplified()));
    }
    NotificationWindow window;
    Result<QList<Qt::DayOfWeek>> days = parseDays(parts.at(0));
    if (!days)
        return days.error();
    window.days = std::move(days).value();

    const QStringList times = parts.at(1).split(u'-');
    if (times.size() != 2) {
        return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                       "\"%1\" is not a time range; write start and end as "
                                                       "HH:MM-HH:MM, such as 09:00-18:00.")
                               .arg(parts.at(1)));
    }
    const Result<QTime> start = parseClock(times.at(0));
    if (!start)
        return start.error();
    const Result<QTime> end = parseClock(times.at(1));
    if (!end)
        return end.error();
    if (*start == *end) {
        return windowError(QCoreApplication::translate("alertdesk::PolicyText",
                                                       "The window starts and ends at %1; for notifications around "
                                                       "the clock leave the window out.")
                               .arg(start->toString(QStringLiteral("HH:mm"))));
    }
    window.start = *start;
    window.end = *end;

    if (parts.size() == 3) {
        window.timeZone = parts.at(2);
    } else {
        window.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (!QTimeZone::isTimeZoneIdAvailable(window.timeZone.toUtf8()))
            window.timeZone = QStringLiteral("UTC");
    }
    if (std::optional<Error> problem = checkTimeZone(window.timeZone))
        return *problem;
    return window;
}

QString formatNotificationWindow(const NotificationWindow& window)
{
    QList<bool> chosen(7, false);
    for (const Qt::DayOfWeek day : window.days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            chosen[day - 1] = true;
    }
    QStringList items;
    if (!chosen.contains(false)) {
        items.append(QStringLiteral("daily"));
    } else {
        // Runs of three or more days read best as a range (mon-fri), shorter ones as a list (sat,sun).
        int day = 0;
        while (day < 7) {
            if (!chosen[day]) {
                ++day;
                continue;
            }
            int last = day;
            while (last + 1 < 7 && chosen[last + 1])
                ++last;
            if (last - day >= 2) {
                items.append(dayName(Qt::DayOfWeek(day + 1)) + u'-' + dayName(Qt::DayOfWeek(last + 1)));
            } else {
                for (int d = day; d <= last; ++d)
                    items.append(dayName(Qt::DayOfWeek(d + 1)));
            }
            day = last + 1;
        }
    }
    QString text = items.join(u',') + u' ' + window.start.toString(QStringLiteral("HH:mm")) + u'-' +
                   window.end.toString(QStringLiteral("HH:mm"));
    if (!window.timeZone.isEmpty())
        text += u' ' + window.timeZone;
    return text;
}

QString operatorName(MatchOperator op)
{
    switch (op) {
    case MatchOperator::Eq:
        return QStringLiteral("eq");
    case MatchOperator::Neq:
        return QStringLiteral("neq");
    case MatchOperator::Re:
        return QStringLiteral("re");
    case MatchOperator::Nre:
        return QStringLiteral("nre");
    case MatchOperator::In:
        return QStringLiteral("in");
    case MatchOperator::Nin:
        return QStringLiteral("nin");
    }
    return {};
}

std::optional<MatchOperator> operatorFromName(const QString& name)
{
    for (const MatchOperator op : {MatchOperator::Eq, MatchOperator::Neq, MatchOperator::Re, MatchOperator::Nre,
                                   MatchOperator::In, MatchOperator::Nin}) {
        if (name.compare(operatorName(op), Qt::CaseInsensitive) == 0)
            return op;
    }
    return std::nullopt;
}

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Markdown:
        return QStringLiteral("markdown");
    case MessageType::Text:
        return QStringLiteral("text");
    case MessageType::ActionCard:
        return QStringLiteral("actionCard");
    }
    return {};
}

std::optional<MessageType> messageTypeFromName(const QString& name)
{
    for (const MessageType type : {MessageType::Markdown, MessageType::Text, MessageType::ActionCard}) {
        if (name.compare(messageTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString dialectName(TemplateDialect dialect)
{
    switch (dialect) {
    case TemplateDialect::DingTalkBridge:
        return QStringLiteral("dingtalk-bridge");
    case TemplateDialect::Alertmanager:
        return QStringLiteral("alertmanager");
    }
    return {};
}

std::optional<TemplateDialect> dialectFromName(const QString& name)
{
    for (const TemplateDialect dialect : {TemplateDialect::DingTalkBridge, TemplateDialect::Alertmanager}) {
        if (name.compare(dialectName(dialect), Qt::CaseInsensitive) == 0)
            return dialect;
    }
    return std::nullopt;
}

QString mentionName(Mention mention)
{
    switch (mention) {
    case Mention::None:
        return QStringLiteral("none");
    case Mention::All:
        return QStringLiteral("all");
    case Mention::Recipients:
        return QStringLiteral("recipients");
    }
    return {};
}

std::optional<Mention> mentionFromName(const QString& name)
{
    for (const Mention mention : {Mention::None, Mention::All, Mention::Recipients}) {
        if (name.compare(mentionName(mention), Qt::CaseInsensitive) == 0)
            return mention;
    }
    return std::nullopt;
}

QString recipientKindName(Recipient::Kind kind)
{
    switch (kind) {
    case Recipient::Kind::Contact:
        return QStringLiteral("contact");
    case Recipient::Kind::Group:
        return QStringLiteral("group");
    case Recipient::Kind::Robot:
        return QStringLiteral("robot");
    }
    return {};
}

std::optional<Recipient::Kind> recipientKindFromName(const QString& name)
{
    for (const Recipient::Kind kind : {Recipient::Kind::Contact, Recipient::Kind::Group, Recipient::Kind::Robot}) {
        if (name.compare(recipientKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace alertdesk
