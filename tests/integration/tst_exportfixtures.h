// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Workspaces the export tests share: varied on purpose (no policies, Chinese names, all six operators with nasty
// values, windows past midnight, disabled policies, groups, signing and keyword robots, several robots per policy),
// filled through the real repositories and Workspace::addRobot (secrets to the MemorySecretStore).
#pragma once

#include "export/exporter.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QTest>
#include <functional>

namespace alertdesk::test::exportfixtures {

inline Robot addRobot(TempWorkspace& ws, const QString& name, const QString& token, const QString& signSecret = {},
                      const QStringList& keywords = {QStringLiteral("Alarm")})
{
    Robot robot;
    robot.name = name;
    robot.keywords = keywords;
    robot.signing = !signSecret.isEmpty();
    robot.termsAcceptedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    std::optional<Result<Robot>> added;
    ws->addRobot(robot, RobotSecrets{token, signSecret}, &ws.workspace(), [&](Result<Robot> r) { added.emplace(r); });
    if (!QTest::qWaitFor([&] { return added.has_value(); }, 5000) || !added->ok())
        qFatal("could not add robot %s: %s", qPrintable(name),
               added ? qPrintable(added->error().message) : "no answer");
    return added->value();
}

inline Contact addContact(TempWorkspace& ws, const QString& name, const QString& phone, const QString& robotUuid)
{
    Contact contact;
    contact.name = name;
    contact.phone = phone;
    contact.robotUuid = robotUuid;
    auto added = ws->contacts().add(contact);
    if (!added)
        qFatal("could not add contact %s: %s", qPrintable(name), qPrintable(added.error().message));
    return added.value();
}

inline ContactGroup addGroup(TempWorkspace& ws, const QString& name, const QStringList& members)
{
    ContactGroup group;
    group.name = name;
    group.memberUuids = members;
    auto added = ws->groups().add(group);
    if (!added)
        qFatal("could not add group %s: %s", qPrintable(name), qPrintable(added.error().message));
    return added.value();
}

inline NotificationPolicy addPolicy(TempWorkspace& ws, NotificationPolicy policy)
{
    auto added = ws->policies().add(policy);
    if (!added)
        qFatal("could not add policy %s: %s", qPrintable(policy.name), qPrintable(added.error().message));
    return added.value();
}

inline MatchCondition condition(const QString& label, MatchOperator op, const QStringList& values)
{
    return MatchCondition{label, op, values};
}

inline NotificationPolicy policy(const QString& name, const QList<MatchRule>& rules, const QList<Recipient>& recipients)
{
    NotificationPolicy p;
    p.name = name;
    p.rules = rules;
    p.recipients = recipients;
    return p;
}

inline Recipient robotRecipient(const Robot& robot)
{
    return {Recipient::Kind::Robot, robot.uuid};
}

/// Runs the export the way the CLI and the dialog do (snapshot, secrets from the store) and waits for it.
inline Result<ExportResult> exportOf(TempWorkspace& ws, const ExportOptions& options = {})
{
    std::optional<Result<ExportResult>> result;
    QObject context;
    Exporter::run(ws.workspace(), options, &context, [&](Result<ExportResult> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return Error::storage(QStringLiteral("the export did not answer"));
    return std::move(*result);
}

// --- the varied workspaces -------------------------------------------------------------------------------------

inline void fillEmpty(TempWorkspace&) {}

inline void fillChinese(TempWorkspace& ws)
{
    const Robot ops = addRobot(ws, QStringLiteral("运维告警机器人"), QStringLiteral("tok-ops-0001"),
                               QStringLiteral("SEC") + QString(64, QLatin1Char('a')));
    const Robot db =
        addRobot(ws, QStringLiteral("数据库"), QStringLiteral("tok-db-0002"), {}, {QStringLiteral("告警")});
    const Contact zhang = addContact(ws, QStringLiteral("张三"), QStringLiteral("13800138000"), ops.uuid);
    const Contact li = addContact(ws, QStringLiteral("李四"), QStringLiteral("+852-12345678"), db.uuid);
    const ContactGroup oncall = addGroup(ws, QStringLiteral("值班组"), {zhang.uuid, li.uuid});
    NotificationPolicy core =
        policy(QStringLiteral("核心服务告警"),
               {MatchRule{{condition(QStringLiteral("service"), MatchOperator::Eq, {QStringLiteral("订单服务")})}}},
               {{Recipient::Kind::Group, oncall.uuid}});
    core.mention = Mention::Recipients;
    addPolicy(ws, core);
    NotificationPolicy dbPolicy =
        policy(QStringLiteral("数据库告警"),
               {MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QStringLiteral("数据库")})}}},
               {{Recipient::Kind::Contact, li.uuid}});
    dbPolicy.mention = Mention::All;
    addPolicy(ws, dbPolicy);
}

/// The six operators, each in a policy of its own, with values full of quotes, backslashes, regex metacharacters,
/// commas, braces and newlines.
inline QList<MatchCondition> nastyConditions()
{
    return {
        condition(QStringLiteral("quote"), MatchOperator::Eq, {QStringLiteral("say \"hi\", then {leave}")}),
        condition(QStringLiteral("slash"), MatchOperator::Neq, {QStringLiteral("C:\\temp\\ ends\\")}),
        condition(QStringLiteral("regex"), MatchOperator::Re, {QStringLiteral("db-[0-9]+\\.prod|\"quoted\"")}),
        condition(QStringLiteral("multi"), MatchOperator::Nre, {QStringLiteral("line1\nline2.*")}),
        condition(QStringLiteral("pick"), MatchOperator::In,
                  {QStringLiteral("a.b"), QStringLiteral("(x)|y"), QStringLiteral("q\"u\\o,te"),
                   QStringLiteral("new\nline"), QStringLiteral("$^*+?{}[]")}),
        condition(QStringLiteral("skip"), MatchOperator::Nin,
                  {QStringLiteral("x,y"), QStringLiteral("}"), QStringLiteral("{")}),
    };
}

inline void fillOperators(TempWorkspace& ws)
{
    const Robot robot = addRobot(ws, QStringLiteral("ops"), QStringLiteral("tok-operators-9"));
    const QStringList names = {QStringLiteral("op eq"),  QStringLiteral("op neq"), QStringLiteral("op re"),
                               QStringLiteral("op nre"), QStringLiteral("op in"),  QStringLiteral("op nin")};
    const QList<MatchCondition> conditions = nastyConditions();
    for (int i = 0; i < conditions.size(); ++i)
        addPolicy(ws, policy(names[i], {MatchRule{{conditions[i]}}}, {robotRecipient(robot)}));
}

inline void fillWindows(TempWorkspace& ws)
{
    const Robot robot = addRobot(ws, QStringLiteral("night"), QStringLiteral("tok-night-7"));
    NotificationPolicy night = policy(QStringLiteral("night shift"), {}, {robotRecipient(robot)});
    night.window = NotificationWindow{
        {Qt::Friday, Qt::Saturday, Qt::Sunday}, QTime(22, 30), QTime(6, 15), QStringLiteral("Asia/Shanghai")};
    addPolicy(ws, night);
    NotificationPolicy toMidnight = policy(QStringLiteral("evening"), {}, {robotRecipient(robot)});
    toMidnight.window = NotificationWindow{{Qt::Monday}, QTime(18, 0), QTime(0, 0), QStringLiteral("Europe/Berlin")};
    addPolicy(ws, toMidnight);
    NotificationPolicy office = policy(QStringLiteral("office hours"), {}, {robotRecipient(robot)});
    office.window = NotificationWindow{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                                       QTime(9, 0),
                                       QTime(18, 0),
                                       QStringLiteral("UTC")};
    addPolicy(ws, office);
}

/// Groups, disabled policies, signing and keyword robots, several robots per policy, a policy reaching no robot.
inline void fillMixed(TempWorkspace& ws)
{
    const Robot signing = addRobot(ws, QStringLiteral("signing robot"), QStringLiteral("tok-signing-1"),
                                   QStringLiteral("SEC") + QString(64, QLatin1Char('b')));
    const Robot keywords = addRobot(ws, QStringLiteral("keyword robot"), QStringLiteral("tok-keyword-2"), {},
                                    {QStringLiteral("Alarm"), QStringLiteral("Dispatch")});
    const Robot third = addRobot(ws, QStringLiteral("3rd robot"), QStringLiteral("tok-third-3"));
    const Contact a = addContact(ws, QStringLiteral("Alice"), QStringLiteral("13900000001"), signing.uuid);
    const Contact b = addContact(ws, QStringLiteral("Bob"), QStringLiteral("13900000002"), keywords.uuid);
    const Contact nobody = addContact(ws, QStringLiteral("No Robot"), QStringLiteral("13900000003"), {});
    const ContactGroup team = addGroup(ws, QStringLiteral("team"), {a.uuid, b.uuid});

    NotificationPolicy several =
        policy(QStringLiteral("several robots"),
               {MatchRule{{condition(QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("critical")})}},
                MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QStringLiteral("db")}),
                           condition(QStringLiteral("env"), MatchOperator::Neq, {QStringLiteral("dev")})}}},
               {{Recipient::Kind::Group, team.uuid}, robotRecipient(third), {Recipient::Kind::Contact, a.uuid}});
    several.mention = Mention::Recipients;
    several.sendResolved = false;
    several.groupBy = {QStringLiteral("alertname"), QStringLiteral("team")};
    several.groupWait = std::chrono::seconds(10);
    several.groupInterval = std::chrono::seconds(90);
    several.repeatInterval = std::chrono::hours(12);
    addPolicy(ws, several);

    NotificationPolicy disabled = policy(QStringLiteral("disabled one"), {}, {robotRecipient(keywords)});
    disabled.enabled = false;
    addPolicy(ws, disabled);
    addPolicy(ws, policy(QStringLiteral("nobody reached"), {}, {{Recipient::Kind::Contact, nobody.uuid}}));
    NotificationPolicy everything = policy(QStringLiteral("everything"), {}, {robotRecipient(keywords)});
    everything.groupBy = {QStringLiteral("...")};
    addPolicy(ws, everything);
}

struct Fixture {
    const char* name;
    std::function<void(TempWorkspace&)> fill;
};

inline QList<Fixture> variedWorkspaces()
{
    return {{"empty", fillEmpty},
            {"chinese", fillChinese},
            {"operators", fillOperators},
            {"windows", fillWindows},
            {"mixed", fillMixed}};
}

} // namespace alertdesk::test::exportfixtures
