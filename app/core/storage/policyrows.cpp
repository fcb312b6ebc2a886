// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/policyrows.h"

#include "domain/policytext.h"
#include "domain/validation.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <iterator>

namespace alertdesk::sql {

namespace {

// Qt::Monday (1) .. Qt::Sunday (7)
constexpr QLatin1String dayNames[] = {QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"),
                                      QLatin1String("thu"), QLatin1String("fri"), QLatin1String("sat"),
                                      QLatin1String("sun")};

Error unknownText(const QString& policy, const QString& what, const QString& text)
{
    return Error::storage(QCoreApplication::translate("alertdesk::PolicyRepository",
                                                      "Policy \"%1\" has an unknown %2 \"%3\" in the workspace; it "
                                                      "was probably written by a newer AlertDesk. Update AlertDesk.")
                              .arg(policy, what, text));
}

QString daysText(const QList<Qt::DayOfWeek>& days)
{
    QStringList names;
    for (const Qt::DayOfWeek day : days)
        names.append(day >= Qt::Monday && day <= Qt::Sunday ? QString(dayNames[day - 1]) : QString::number(int(day)));
    return names.join(u',');
}

Result<QList<Qt::DayOfWeek>> daysFrom(const QString& policy, const QString& text)
{
    QList<Qt::DayOfWeek> days;
    for (const QString& name : text.split(u',', Qt::SkipEmptyParts)) {
        const auto found = std::find(std::begin(dayNames), std::end(dayNames), name);
        if (found == std::end(dayNames))
            return unknownText(policy, QCoreApplication::translate("alertdesk::PolicyRepository", "day"), name);
        days.append(Qt::DayOfWeek(found - std::begin(dayNames) + 1));
    }
    return days;
}

// Reads the main row; the child tables are filled in by loadChildren().
Result<NotificationPolicy> fromRow(const QSqlQuery& row)
{
    NotificationPolicy policy;
    policy.uuid = row.value(0).toString();
    policy.name = row.value(1).toString();
    policy.enabled = row.value(2).toInt() != 0;
    policy.description = row.value(3).toString();
    policy.groupWait = std::chrono::seconds(row.value(4).toLongLong());
    policy.groupInterval = std::chrono::seconds(row.value(5).toLongLong());
    policy.repeatInterval = std::chrono::seconds(row.value(6).toLongLong());
    policy.sendResolved = row.value(7).toInt() != 0;
    if (!row.value(8).isNull()) {
        auto days = daysFrom(policy.name, row.value(8).toString());
        if (!days)
            return days.error();
        policy.window = NotificationWindow{days.value(), clockFrom(row.value(9)), clockFrom(row.value(10)),
                                           row.value(11).toString()};
    }
    const auto type = messageTypeFromName(row.value(12).toString());
    const auto dialect = dialectFromName(row.value(15).toString());
    const auto mention = mentionFromName(row.value(16).toString());
    if (!type)
        return unknownText(policy.name, QCoreApplication::translate("alertdesk::PolicyRepository", "message type"),
                           row.value(12).toString());
    if (!dialect)
        return unknownText(policy.name, QCoreApplication::translate("alertdesk::PolicyRepository", "template dialect"),
                           row.value(15).toString());
    if (!mention)
        return unknownText(policy.name, QCoreApplication::translate("alertdesk::PolicyRepository", "mention"),
                           row.value(16).toString());
    policy.message = MessageSettings{*type, row.value(13).toString(), row.value(14).toString(), *dialect};
    policy.mention = *mention;
    policy.createdAt = timeFrom(row.value(17));
    policy.updatedAt = timeFrom(row.value(18));
    return policy;
}

// Where the child rows of the loaded policies go: the policy, and its rules and conditions by position.
struct Loaded {
    QList<NotificationPolicy>& policies;
    QHash<QString, qsizetype> policyAt;                               // uuid -> index in policies
    QHash<QString, QMap<int, qsizetype>> ruleAt;                      // uuid -> rule position -> index
    QHash<QString, QMap<std::pair<int, int>, qsizetype>> conditionAt; // uuid -> (rule, condition) -> index

    NotificationPolicy* policy(const QVariant& uuid)
    {
        const auto at = policyAt.constFind(uuid.toString());
        return at == policyAt.constEnd() ? nullptr : &policies[*at];
    }
};

// The child rows of every loaded policy come in one query per table (not one per policy), ordered by policy and
// position, and are handed out here. `filter` limits them to the policies the main query read.
Result<void> loadChildren(const QSqlDatabase& db, Loaded& loaded, const QString& filter, const QVariantList& values,
                          const QString& doing)
{
    auto groupBy = run(db,
                       QStringLiteral("SELECT policy_uuid, label FROM policy_group_by") + filter +
                           QStringLiteral(" ORDER BY policy_uuid, position"),
                       values, doing);
    if (!groupBy)
        return groupBy.error();
    while (groupBy.value().next()) {
        if (NotificationPolicy* policy = loaded.policy(groupBy.value().value(0)))
            policy->groupBy.append(groupBy.value().value(1).toString());
    }
    if (auto done = finished(groupBy.value(), doing); !done)
        return done.error();

    auto recipients = run(db,
                          QStringLiteral("SELECT policy_uuid, kind, contact_uuid, group_uuid, robot_uuid FROM "
                                         "policy_recipients") +
                              filter + QStringLiteral(" ORDER BY policy_uuid, position"),
                          values, doing);
    if (!recipients)
        return recipients.error();
    while (recipients.value().next()) {
        const QSqlQuery& row = recipients.value();
        NotificationPolicy* policy = loaded.policy(row.value(0));
        if (!policy)
            continue;
        const auto kind = recipientKindFromName(row.value(1).toString());
        if (!kind)
            return unknownText(policy->name,
                               QCoreApplication::translate("alertdesk::PolicyRepository", "recipient kind"),
                               row.value(1).toString());
        const int column = *kind == Recipient::Kind::Contact ? 2 : *kind == Recipient::Kind::Group ? 3 : 4;
        policy->recipients.append(Recipient{*kind, row.value(column).toString()});
    }
    if (auto done = finished(recipients.value(), doing); !done)
        return done.error();

    auto rules = run(db,
                     QStringLiteral("SELECT policy_uuid, position FROM match_rules") + filter +
                         QStringLiteral(" ORDER BY policy_uuid, position"),
                     values, doing);
    if (!rules)
        return rules.error();
    while (rules.value().next()) {
        const QSqlQuery& row = rules.value();
        NotificationPolicy* policy = loaded.policy(row.value(0));
        if (!policy)
            continue;
        loaded.ruleAt[policy->uuid].insert(row.value(1).toInt(), policy->rules.size());
        policy->rules.append(MatchRule{});
    }
    if (auto done = finished(rules.value(), doing); !done)
        return done.error();

    auto conditions = run(db,
                          QStringLiteral("SELECT policy_uuid, rule_position, position, label, operator FROM "
                                         "match_conditions") +
                              filter + QStringLiteral(" ORDER BY policy_uuid, rule_position, position"),
                          values, doing);
    if (!conditions)
        return conditions.error();
    while (conditions.value().next()) {
        const QSqlQuery& row = conditions.value();
        NotificationPolicy* policy = loaded.policy(row.value(0));
        if (!policy)
            continue;
        const auto op = operatorFromName(row.value(4).toString());
        if (!op)
            return unknownText(policy->name, QCoreApplication::translate("alertdesk::PolicyRepository", "operator"),
                               row.value(4).toString());
        const qsizetype rule = loaded.ruleAt.value(policy->uuid).value(row.value(1).toInt(), -1);
        if (rule < 0)
            continue; // cannot happen: a foreign key ties every condition to its rule
        QList<MatchCondition>& ruleConditions = policy->rules[rule].conditions;
        loaded.conditionAt[policy->uuid].insert({row.value(1).toInt(), row.value(2).toInt()}, ruleConditions.size());
        ruleConditions.append(MatchCondition{row.value(3).toString(), *op, {}});
    }
    if (auto done = finished(conditions.value(), doing); !done)
        return done.error();

    auto conditionValues =
        run(db,
            QStringLiteral("SELECT policy_uuid, rule_position, condition_position, value FROM "
                           "match_condition_values") +
                filter + QStringLiteral(" ORDER BY policy_uuid, rule_position, condition_position, position"),
            values, doing);
    if (!conditionValues)
        return conditionValues.error();
    while (conditionValues.value().next()) {
        const QSqlQuery& row = conditionValues.value();
        NotificationPolicy* policy = loaded.policy(row.value(0));
        if (!policy)
            continue;
        const int rulePosition = row.value(1).toInt();
        const auto condition = loaded.conditionAt.value(policy->uuid).value({rulePosition, row.value(2).toInt()}, -1);
        if (condition < 0)
            continue; // cannot happen: a foreign key ties every value to its condition
        policy->rules[loaded.ruleAt.value(policy->uuid).value(rulePosition)].conditions[condition].values.append(
            row.value(3).toString());
    }
    if (auto done = finished(conditionValues.value(), doing); !done)
        return done.error();
    return {};
}

} // namespace

Result<QList<NotificationPolicy>> loadPolicies(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                                               const QString& doing)
{
    auto query = run(db,
                     QStringLiteral("SELECT uuid, name, enabled, description, group_wait_seconds, "
                                    "group_interval_seconds, repeat_interval_seconds, send_resolved, window_days, "
                                    "window_start, window_end, window_time_zone, message_type, title_template, "
                                    "text_template, dialect, mention, created_at, updated_at FROM policies ") +
                         where + QStringLiteral(" ORDER BY name_key"),
                     values, doing);
    if (!query)
        return query.error();
    QList<NotificationPolicy> policies;
    while (query.value().next()) {
        auto policy = fromRow(query.value());
        if (!policy)
            return policy.error();
        policies.append(policy.value());
    }
    if (auto done = finished(query.value(), doing); !done)
        return done.error();
    Loaded loaded{policies, {}, {}, {}};
    for (qsizetype i = 0; i < policies.size(); ++i) {
        policies[i].groupBy.clear(); // a new policy groups by alertname; a stored one by exactly its rows
        loaded.policyAt.insert(policies[i].uuid, i);
    }
    // All policies: every child row. Some: the child rows of the policies the same WHERE clause picks.
    const QString filter = where.isEmpty() ? QString()
                                           : QStringLiteral(" WHERE policy_uuid IN (SELECT uuid FROM policies ") +
                                                 where + QStringLiteral(")");
    if (!policies.isEmpty()) {
        Result<void> children = loadChildren(db, loaded, filter, values, doing);
        if (!children)
            return children.error();
    }
    return policies;
}

Result<void> writePolicy(const QSqlDatabase& db, const NotificationPolicy& policy, bool insert, const QString& doing)
{
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariantList fields = {
        policy.name,
        nameKey(policy.name),
        flag(policy.enabled),
        text(policy.description),
        qlonglong(policy.groupWait.count()),
        qlonglong(policy.groupInterval.count()),
        qlonglong(policy.repeatInterval.count()),
        flag(policy.sendResolved),
        policy.window ? QVariant(daysText(policy.window->days)) : noText,
        policy.window ? clockValue(policy.window->start) : noText,
        policy.window ? clockValue(policy.window->end) : noText,
        policy.window ? text(policy.window->timeZone) : noText,
        messageTypeName(policy.message.type),
        text(policy.message.titleTemplate),
        text(policy.message.textTemplate),
        dialectName(policy.message.dialect),
        mentionName(policy.mention),
        timeValue(policy.createdAt),
        timeValue(policy.updatedAt),
        policy.uuid,
    };
    Result<void> written =
        exec(db,
             insert ? QStringLiteral("INSERT INTO policies (name, name_key, enabled, description, group_wait_seconds, "
                                     "group_interval_seconds, repeat_interval_seconds, send_resolved, window_days, "
                                     "window_start, window_end, window_time_zone, message_type, title_template, "
                                     "text_template, dialect, mention, created_at, updated_at, uuid) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("UPDATE policies SET name = ?, name_key = ?, enabled = ?, description = ?, "
                                     "group_wait_seconds = ?, group_interval_seconds = ?, repeat_interval_seconds = ?, "
                                     "send_resolved = ?, window_days = ?, window_start = ?, window_end = ?, "
                                     "window_time_zone = ?, message_type = ?, title_template = ?, text_template = ?, "
                                     "dialect = ?, mention = ?, created_at = ?, updated_at = ? WHERE uuid = ?"),
             fields, doing);
    // Children first, so that no foreign key has to cascade for the rows to go.
    for (const char* table :
         {"match_condition_values", "match_conditions", "match_rules", "policy_recipients", "policy_group_by"}) {
        if (written)
            written = exec(db, QStringLiteral("DELETE FROM %1 WHERE policy_uuid = ?").arg(QLatin1String(table)),
                           {policy.uuid}, doing);
    }

    QList<QVariantList> groupBy, recipients, rules, conditions, values;
    for (qsizetype i = 0; i < policy.groupBy.size(); ++i)
        groupBy.append({policy.uuid, i, policy.groupBy.at(i)});
    for (qsizetype i = 0; i < policy.recipients.size(); ++i) {
        const Recipient& recipient = policy.recipients.at(i);
        const auto column = [&](Recipient::Kind kind) {
            return recipient.kind == kind ? QVariant(recipient.uuid) : noText;
        };
        recipients.append({policy.uuid, i, recipientKindName(recipient.kind), column(Recipient::Kind::Contact),
                           column(Recipient::Kind::Group), column(Recipient::Kind::Robot)});
    }
    for (qsizetype r = 0; r < policy.rules.size(); ++r) {
        rules.append({policy.uuid, r});
        const QList<MatchCondition>& ruleConditions = policy.rules.at(r).conditions;
        for (qsizetype c = 0; c < ruleConditions.size(); ++c) {
            const MatchCondition& condition = ruleConditions.at(c);
            conditions.append({policy.uuid, r, c, condition.label, operatorName(condition.op)});
            for (qsizetype v = 0; v < condition.values.size(); ++v)
                values.append({policy.uuid, r, c, v, condition.values.at(v)});
        }
    }
    const std::pair<const char*, const QList<QVariantList>*> inserts[] = {
        {"INSERT INTO policy_group_by (policy_uuid, position, label) VALUES (?, ?, ?)", &groupBy},
        {"INSERT INTO policy_recipients (policy_uuid, position, kind, contact_uuid, group_uuid, robot_uuid) "
         "VALUES (?, ?, ?, ?, ?, ?)",
         &recipients},
        {"INSERT INTO match_rules (policy_uuid, position) VALUES (?, ?)", &rules},
        {"INSERT INTO match_conditions (policy_uuid, rule_position, position, label, operator) "
         "VALUES (?, ?, ?, ?, ?)",
         &conditions},
        {"INSERT INTO match_condition_values (policy_uuid, rule_position, condition_position, position, value) "
         "VALUES (?, ?, ?, ?, ?)",
         &values},
    };
    for (const auto& [statement, rows] : inserts) {
        if (written)
            written = runEach(db, QString::fromLatin1(statement), *rows, doing);
    }
    return written;
}

} // namespace alertdesk::sql
