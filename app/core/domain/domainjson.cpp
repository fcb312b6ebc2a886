// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/domainjson.h"

#include "domain/policytext.h"

#include <QJsonArray>

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

} // namespace alertdesk
