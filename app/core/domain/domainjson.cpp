// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/domainjson.h"

#include "domain/policytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace alertdesk {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject times(QJsonObject object, const QDateTime& created, const QDateTime& updated)
{
    object.insert(QStringLiteral("createdAt"), optionalTime(created));
    object.insert(QStringLiteral("updatedAt"), optionalTime(updated));
    return object;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QString dayName(Qt::DayOfWeek day)
{
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return QString::fromLatin1(names[int(day) - 1]);
}

} // namespace

QJsonObject toJson(const Robot& robot)
{
    QJsonObject object{
        {QStringLiteral("uuid"), robot.uuid},
        {QStringLiteral("name"), robot.name},
        {QStringLiteral("endpoint"), robot.endpoint.toString()},
        {QStringLiteral("keywords"), toArray(robot.keywords)},
        {QStringLiteral("signing"), robot.signing},
        {QStringLiteral("ipRanges"), toArray(robot.ipRanges)},
        {QStringLiteral("hasAvatar"), !robot.avatar.isEmpty()},
        {QStringLiteral("termsAcceptedAt"), optionalTime(robot.termsAcceptedAt)},
        {QStringLiteral("enabled"), robot.enabled},
        {QStringLiteral("notes"), robot.notes},
    };
    return times(object, robot.createdAt, robot.updatedAt);
}

QJsonObject toJson(const Contact& contact)
{
    QJsonObject object{
        {QStringLiteral("uuid"), contact.uuid},
        {QStringLiteral("name"), contact.name},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("userId"), contact.userId},
        {QStringLiteral("robotUuid"),
         contact.robotUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(contact.robotUuid)},
        {QStringLiteral("notes"), contact.notes},
    };
    return times(object, contact.createdAt, contact.updatedAt);
}

QJsonObject toJson(const ContactGroup& group)
{
    QJsonObject object{
        {QStringLiteral("uuid"), group.uuid},
        {QStringLiteral("name"), group.name},
        {QStringLiteral("description"), group.description},
        {QStringLiteral("memberUuids"), toArray(group.memberUuids)},
    };
    return times(object, group.createdAt, group.updatedAt);
}

QJsonObject toJson(const NotificationPolicy& policy)
{
    QJsonArray rules;
    for (const MatchRule& rule : policy.rules) {
        QJsonArray conditions;
        for (const MatchCondition& condition : rule.conditions)
            conditions.append(QJsonObject{{QStringLiteral("label"), condition.label},
                                          {QStringLiteral("operator"), operatorName(condition.op)},
                                          {QStringLiteral("values"), toArray(condition.values)}});
        rules.append(
            QJsonObject{{QStringLiteral("conditions"), conditions}, {QStringLiteral("text"), formatMatchRule(rule)}});
    }
    QJsonArray recipients;
    for (const Recipient& recipient : policy.recipients)
        recipients.append(QJsonObject{{QStringLiteral("kind"), recipientKindName(recipient.kind)},
                                      {QStringLiteral("uuid"), recipient.uuid}});
    QJsonValue window(QJsonValue::Null);
    if (policy.window) {
        QStringList days;
        for (Qt::DayOfWeek day : policy.window->days)
            days.append(dayName(day));
        window = QJsonObject{{QStringLiteral("days"), toArray(days)},
                             {QStringLiteral("start"), policy.window->start.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("end"), policy.window->end.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("timeZone"), policy.window->timeZone},
                             {QStringLiteral("text"), formatNotificationWindow(*policy.window)}};
    }
    QJsonObject object{
        {QStringLiteral("uuid"), policy.uuid},
        {QStringLiteral("name"), policy.name},
        {QStringLiteral("enabled"), policy.enabled},
        {QStringLiteral("description"), policy.description},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("method"), QStringLiteral("dingtalk")},
        {QStringLiteral("groupBy"), toArray(policy.groupBy)},
        {QStringLiteral("groupWait"), formatDuration(policy.groupWait)},
        {QStringLiteral("groupInterval"), formatDuration(policy.groupInterval)},
        {QStringLiteral("repeatInterval"), formatDuration(policy.repeatInterval)},
        {QStringLiteral("window"), window},
        {QStringLiteral("sendResolved"), policy.sendResolved},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("type"), messageTypeName(policy.message.type)},
                                                {QStringLiteral("titleTemplate"), policy.message.titleTemplate},
                                                {QStringLiteral("textTemplate"), policy.message.textTemplate},
                                                {QStringLiteral("dialect"), dialectName(policy.message.dialect)}}},
        {QStringLiteral("mention"), mentionName(policy.mention)},
    };
    return times(object, policy.createdAt, policy.updatedAt);
}

namespace {

// Reads the fields of one object, remembering the first problem; later reads after a problem return defaults, so
// the callers read straight through and check once at the end.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    const std::optional<Error>& problem() const { return m_problem; }
    void fail(const QString& key, const QString& expected)
    {
        if (m_problem)
            return;
        const QString field = pathOf(key);
        m_problem = Error::invalid(
            field, m_object.contains(key)
                       ? QCoreApplication::translate("alertdesk::DomainJson", "%1 must be %2.").arg(field, expected)
                       : QCoreApplication::translate("alertdesk::DomainJson", "%1 is missing; it must be %2.")
                             .arg(field, expected));
    }

    QString string(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(key, QCoreApplication::translate("alertdesk::DomainJson", "a string"));
        return value.toString();
    }
    /// A string that may be missing or null (empty then).
    QString optionalString(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        return string(key);
    }
    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(key, QCoreApplication::translate("alertdesk::DomainJson", "true or false"));
        return value.toBool(fallback);
    }
    QStringList strings(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        QStringList list;
        if (value.isUndefined())
            return list;
        bool allStrings = value.isArray();
        for (const QJsonValue& item : value.toArray()) {
            allStrings = allStrings && item.isString();
            list.append(item.toString());
        }
        if (!allStrings)
            fail(key, QCoreApplication::translate("alertdesk::DomainJson", "a list of strings"));
        return list;
    }
    QDateTime time(const QString& key)
    {
        const QString text = optionalString(key);
        if (text.isEmpty())
            return {};
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            fail(key, QCoreApplication::translate("alertdesk::DomainJson", "an ISO 8601 time such as %1")
                          .arg(QStringLiteral("2026-01-31T09:00:00.000Z")));
        return time.toUTC();
    }
    std::chrono::seconds duration(const QString& key, std::chrono::seconds fallback)
    {
        if (!m_object.contains(key))
            return fallback;
        auto parsed = parseDuration(string(key));
        if (!parsed.ok())
            fail(key, QCoreApplication::translate("alertdesk::DomainJson", "a duration such as 30s, 5m or 4h"));
        return parsed.ok() ? parsed.value() : fallback;
    }
    template <typename T>
    T name(const QString& key, std::optional<T> (*from)(const QString&), T fallback, const QString& expected)
    {
        if (!m_object.contains(key))
            return fallback;
        const std::optional<T> parsed = from(string(key));
        if (!parsed)
            fail(key, expected);
        return parsed.value_or(fallback);
    }
    /// An array of objects, each handed to `read` with its own path ("rules[1]").
    template <typename Read> void objects(const QString& key, Read read)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isArray())
            return fail(key, QCoreApplication::translate("alertdesk::DomainJson", "a list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !m_problem; ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            if (!array.at(i).isObject()) {
                m_problem = Error::invalid(
                    itemPath,
                    QCoreApplication::translate("alertdesk::DomainJson", "%1 must be an object.").arg(itemPath));
                return;
            }
            if (std::optional<Error> problem = read(array.at(i).toObject(), itemPath))
                m_problem = problem;
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_problem;
};

std::optional<Qt::DayOfWeek> dayFromName(const QString& name)
{
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(names[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

std::optional<Error> readCondition(const QJsonObject& object, const QString& path, MatchCondition& condition)
{
    FieldReader fields(object, path);
    condition.label = fields.string(QStringLiteral("label"));
    condition.op = fields.name<MatchOperator>(QStringLiteral("operator"), operatorFromName, MatchOperator::Eq,
                                              QStringLiteral("eq, neq, re, nre, in or nin"));
    condition.values = fields.strings(QStringLiteral("values"));
    return fields.problem();
}

std::optional<Error> readWindow(const QJsonObject& object, const QString& path, NotificationWindow& window)
{
    FieldReader fields(object, path);
    for (const QString& day : fields.strings(QStringLiteral("days"))) {
        if (const auto parsed = dayFromName(day))
            window.days.append(*parsed);
        else
            fields.fail(QStringLiteral("days"),
                        QCoreApplication::translate("alertdesk::DomainJson", "a list of mon, tue, wed, thu, fri, sat "
                                                                             "and sun"));
    }
    for (auto [key, time] : {std::pair{QStringLiteral("start"), &window.start}, {QStringLiteral("end"), &window.end}}) {
        *time = QTime::fromString(fields.string(key), QStringLiteral("HH:mm"));
        if (!time->isValid())
            fields.fail(key, QCoreApplication::translate("alertdesk::DomainJson", "a time such as 09:00"));
    }
    window.timeZone = fields.string(QStringLiteral("timeZone"));
    return fields.problem();
}

} // namespace

Result<Robot> robotFromJson(const QJsonObject& object, const QString& path)
{
    FieldReader fields(object, path);
    Robot robot;
    robot.uuid = fields.optionalString(QStringLiteral("uuid"));
    robot.name = fields.string(QStringLiteral("name"));
    if (object.contains(QStringLiteral("endpoint"))) {
        robot.endpoint = QUrl(fields.string(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!robot.endpoint.isValid())
            fields.fail(QStringLiteral("endpoint"), QCoreApplication::translate("alertdesk::DomainJson", "a URL"));
    }
    robot.keywords = fields.strings(QStringLiteral("keywords"));
    robot.signing = fields.boolean(QStringLiteral("signing"), false);
    robot.ipRanges = fields.strings(QStringLiteral("ipRanges"));
    const QString avatar = fields.optionalString(QStringLiteral("avatar"));
    robot.avatar = QByteArray::fromBase64(avatar.toLatin1());
    robot.termsAcceptedAt = fields.time(QStringLiteral("termsAcceptedAt"));
    robot.enabled = fields.boolean(QStringLiteral("enabled"), true);
    robot.notes = fields.optionalString(QStringLiteral("notes"));
    robot.createdAt = fields.time(QStringLiteral("createdAt"));
    robot.updatedAt = fields.time(QStringLiteral("updatedAt"));
    if (fields.problem())
        return *fields.problem();
    return robot;
}

Result<Contact> contactFromJson(const QJsonObject& object, const QString& path)
{
    FieldReader fields(object, path);
    Contact contact;
    contact.uuid = fields.optionalString(QStringLiteral("uuid"));
    contact.name = fields.string(QStringLiteral("name"));
    contact.phone = fields.optionalString(QStringLiteral("phone"));
    contact.email = fields.optionalString(QStringLiteral("email"));
    contact.userId = fields.optionalString(QStringLiteral("userId"));
    contact.robotUuid = fields.optionalString(QStringLiteral("robotUuid"));
    contact.notes = fields.optionalString(QStringLiteral("notes"));
    contact.createdAt = fields.time(QStringLiteral("createdAt"));
    contact.updatedAt = fields.time(QStringLiteral("updatedAt"));
    if (fields.problem())
        return *fields.problem();
    return contact;
}

Result<ContactGroup> contactGroupFromJson(const QJsonObject& object, const QString& path)
{
    FieldReader fields(object, path);
    ContactGroup group;
    group.uuid = fields.optionalString(QStringLiteral("uuid"));
    group.name = fields.string(QStringLiteral("name"));
    group.description = fields.optionalString(QStringLiteral("description"));
    group.memberUuids = fields.strings(QStringLiteral("memberUuids"));
    group.createdAt = fields.time(QStringLiteral("createdAt"));
    group.updatedAt = fields.time(QStringLiteral("updatedAt"));
    if (fields.problem())
        return *fields.problem();
    return group;
}

Result<NotificationPolicy> policyFromJson(const QJsonObject& object, const QString& path)
{
    FieldReader fields(object, path);
    NotificationPolicy policy;
    policy.uuid = fields.optionalString(QStringLiteral("uuid"));
    policy.name = fields.string(QStringLiteral("name"));
    policy.enabled = fields.boolean(QStringLiteral("enabled"), true);
    policy.description = fields.optionalString(QStringLiteral("description"));
    fields.objects(QStringLiteral("rules"), [&](const QJsonObject& ruleObject, const QString& rulePath) {
        MatchRule rule;
        FieldReader ruleFields(ruleObject, rulePath);
        ruleFields.objects(
            QStringLiteral("conditions"), [&](const QJsonObject& conditionObject, const QString& conditionPath) {
                MatchCondition condition;
                const std::optional<Error> problem = readCondition(conditionObject, conditionPath, condition);
                rule.conditions.append(condition);
                return problem;
            });
        policy.rules.append(rule);
        return ruleFields.problem();
    });
    fields.objects(QStringLiteral("recipients"), [&](const QJsonObject& recipientObject, const QString& recipientPath) {
        FieldReader recipientFields(recipientObject, recipientPath);
        Recipient recipient;
        recipient.kind =
            recipientFields.name<Recipient::Kind>(QStringLiteral("kind"), recipientKindFromName,
                                                  Recipient::Kind::Contact, QStringLiteral("contact, group or robot"));
        recipient.uuid = recipientFields.string(QStringLiteral("uuid"));
        policy.recipients.append(recipient);
        return recipientFields.problem();
    });
    if (object.contains(QStringLiteral("groupBy")))
        policy.groupBy = fields.strings(QStringLiteral("groupBy"));
    policy.groupWait = fields.duration(QStringLiteral("groupWait"), policy.groupWait);
    policy.groupInterval = fields.duration(QStringLiteral("groupInterval"), policy.groupInterval);
    policy.repeatInterval = fields.duration(QStringLiteral("repeatInterval"), policy.repeatInterval);
    const QJsonValue window = object.value(QStringLiteral("window"));
    if (window.isObject()) {
        NotificationWindow value;
        if (const auto problem = readWindow(window.toObject(), fields.pathOf(QStringLiteral("window")), value);
            problem && !fields.problem())
            return *problem;
        policy.window = value;
    } else if (!window.isUndefined() && !window.isNull()) {
        fields.fail(QStringLiteral("window"),
                    QCoreApplication::translate("alertdesk::DomainJson", "an object or null"));
    }
    policy.sendResolved = fields.boolean(QStringLiteral("sendResolved"), true);
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (message.isObject()) {
        FieldReader messageFields(message.toObject(), fields.pathOf(QStringLiteral("message")));
        policy.message.type =
            messageFields.name<MessageType>(QStringLiteral("type"), messageTypeFromName, MessageType::Markdown,
                                            QStringLiteral("markdown, text or actionCard"));
        policy.message.titleTemplate = messageFields.optionalString(QStringLiteral("titleTemplate"));
        policy.message.textTemplate = messageFields.optionalString(QStringLiteral("textTemplate"));
        policy.message.dialect = messageFields.name<TemplateDialect>(QStringLiteral("dialect"), dialectFromName,
                                                                     TemplateDialect::DingTalkBridge,
                                                                     QStringLiteral("dingtalk-bridge or alertmanager"));
        if (messageFields.problem() && !fields.problem())
            return *messageFields.problem();
    } else if (!message.isUndefined()) {
        fields.fail(QStringLiteral("message"), QCoreApplication::translate("alertdesk::DomainJson", "an object"));
    }
    policy.mention = fields.name<Mention>(QStringLiteral("mention"), mentionFromName, Mention::None,
                                          QStringLiteral("none, all or recipients"));
    policy.createdAt = fields.time(QStringLiteral("createdAt"));
    policy.updatedAt = fields.time(QStringLiteral("updatedAt"));
    if (fields.problem())
        return *fields.problem();
    return policy;
}

} // namespace alertdesk
