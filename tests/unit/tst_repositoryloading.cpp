// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The repositories read the child rows (keywords, IP ranges, members, group-by labels, recipients, rules,
// conditions, values) of many records in one query per table and hand them out in memory: every record must get
// exactly its own rows, in order, whether all records are read or one is found by id or name.
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QTest>

using namespace alertdesk;

namespace {

template <typename T> T byUuid(const QList<T>& list, const QString& uuid)
{
    for (const T& item : list) {
        if (item.uuid == uuid)
            return item;
    }
    return {};
}

} // namespace

class TestRepositoryLoading : public QObject {
    Q_OBJECT

private slots:
    void everyRecordGetsItsOwnChildRows()
    {
        test::TempWorkspace ws;
        QList<Robot> robots;
        for (int i = 0; i < 4; ++i) {
            Robot robot;
            robot.name = QStringLiteral("robot %1").arg(i);
            robot.termsAcceptedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
            robot.signing = i == 2; // its one security setting: it has no keywords and no IP ranges
            // Robot 2 has none: it must not pick up its neighbours' rows.
            for (int k = 0; i != 2 && k <= i; ++k)
                robot.keywords.append(QStringLiteral("kw%1-%2").arg(i).arg(3 - k)); // not in text order
            if (i % 2)
                robot.ipRanges = {QStringLiteral("10.0.%1.0/24").arg(i), QStringLiteral("192.168.0.%1").arg(i)};
            auto added = ws->robots().add(robot);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
            robots.append(added.value());
        }
        QStringList contacts;
        for (const char* name : {"Zoe", "adam", "Mia"}) {
            Contact contact;
            contact.name = QString::fromLatin1(name);
            auto added = ws->contacts().add(contact);
            QVERIFY(added.ok());
            contacts.append(added->uuid);
        }
        QList<ContactGroup> groups;
        for (int i = 0; i < 3; ++i) {
            ContactGroup group;
            group.name = QStringLiteral("group %1").arg(i);
            group.memberUuids = contacts.mid(0, i + 1);
            auto added = ws->groups().add(group);
            QVERIFY(added.ok());
            groups.append(added.value());
        }
        QList<NotificationPolicy> policies;
        for (int i = 0; i < 4; ++i) {
            NotificationPolicy policy;
            policy.name = QStringLiteral("policy %1").arg(i);
            policy.groupBy = i == 1 ? QStringList() : QStringList{QStringLiteral("team"), QStringLiteral("l%1").arg(i)};
            for (int r = 0; r < i; ++r) {
                MatchRule rule;
                for (int c = 0; c <= r; ++c)
                    rule.conditions.append(
                        {QStringLiteral("label%1").arg(c), c % 2 ? MatchOperator::In : MatchOperator::Eq,
                         c % 2 ? QStringList{QStringLiteral("b%1").arg(i), QStringLiteral("a%1").arg(r)}
                               : QStringList{QStringLiteral("v%1-%2-%3").arg(i).arg(r).arg(c)}});
                policy.rules.append(rule);
            }
            policy.recipients = {{Recipient::Kind::Robot, robots[i].uuid},
                                 {Recipient::Kind::Group, groups[i % 3].uuid},
                                 {Recipient::Kind::Contact, contacts[i % 3]}};
            auto added = ws->policies().add(policy);
            QVERIFY(added.ok());
            policies.append(added.value());
        }

        auto allRobots = ws->robots().all();
        QVERIFY(allRobots.ok());
        QCOMPARE(allRobots->size(), robots.size());
        for (const Robot& robot : robots) {
            QCOMPARE(byUuid(allRobots.value(), robot.uuid), robot);
            QCOMPARE(ws->robots().find(robot.uuid).value(), robot);
            QCOMPARE(ws->robots().findByName(robot.name.toUpper()).value(), robot);
        }

        auto allGroups = ws->groups().all();
        QVERIFY(allGroups.ok());
        for (const ContactGroup& group : groups) {
            QCOMPARE(byUuid(allGroups.value(), group.uuid).memberUuids, group.memberUuids);
            QCOMPARE(ws->groups().find(group.uuid)->memberUuids, group.memberUuids);
            QCOMPARE(ws->groups().findByName(group.name)->memberUuids, group.memberUuids);
        }
        // Members come ordered by name, ignoring case.
        QCOMPARE(ws->groups().find(groups[2].uuid)->memberUuids, (QStringList{contacts[1], contacts[2], contacts[0]}));

        auto allPolicies = ws->policies().all();
        QVERIFY(allPolicies.ok());
        QCOMPARE(allPolicies->size(), policies.size());
        for (const NotificationPolicy& policy : policies) {
            QCOMPARE(byUuid(allPolicies.value(), policy.uuid), policy);
            QCOMPARE(ws->policies().find(policy.uuid).value(), policy);
            QCOMPARE(ws->policies().findByName(policy.name).value(), policy);
        }
        QVERIFY(ws->policies().find(policies[1].uuid)->groupBy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepositoryLoading)
#include "tst_repositoryloading.moc"
