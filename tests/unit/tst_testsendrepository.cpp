// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// TestSendRepository: the history of test sends, newest first, with a signal for views.
#include "storage/robotrepository.h"
#include "storage/testsendrepository.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;

namespace {

const QDateTime kAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);

TestSend sample(const QString& robotUuid, int minutes, TestSend::Outcome outcome = TestSend::Outcome::Delivered)
{
    TestSend send;
    send.sentAt = kAt.addSecs(minutes * 60);
    send.robotUuid = robotUuid;
    send.robotName = QStringLiteral("ops");
    send.msgtype = QStringLiteral("markdown");
    send.outcome = outcome;
    send.errcode = outcome == TestSend::Outcome::Delivered ? 0 : 310000;
    send.errmsg =
        outcome == TestSend::Outcome::Delivered ? QStringLiteral("ok") : QStringLiteral("keywords not in content");
    send.httpStatus = 200;
    send.latencyMs = 42 + minutes;
    return send;
}

Robot addRobot(Workspace& workspace, const QString& name)
{
    Robot robot;
    robot.name = name;
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = kAt;
    auto added = workspace.robots().add(robot);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    return added.value();
}

} // namespace

class TestTestSendRepository : public QObject {
    Q_OBJECT

private slots:
    void recordsAndListsNewestFirst()
    {
        test::TempWorkspace ws;
        const Robot robot = addRobot(ws.workspace(), QStringLiteral("ops"));
        TestSendRepository& history = ws->testSends();
        QSignalSpy recorded(&history, &TestSendRepository::recorded);

        TestSend withPolicy = sample(robot.uuid, 2, TestSend::Outcome::DingTalkError);
        withPolicy.policyUuid = QStringLiteral("5e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968");
        withPolicy.policyName = QStringLiteral("critical");
        QList<TestSend> stored;
        for (const TestSend& send : {sample(robot.uuid, 1), withPolicy, sample(robot.uuid, 0)}) {
            auto done = history.record(send);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            QVERIFY(done->id > 0);
            stored.append(done.value());
        }
        QCOMPARE(recorded.count(), 3);
        QCOMPARE(recorded.at(1).first().value<TestSend>(), stored.at(1));

        auto recent = history.recent(10);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0), stored.at(1)); // 08:02
        QCOMPARE(recent->at(1), stored.at(0)); // 08:01
        QCOMPARE(recent->at(2), stored.at(2)); // 08:00
        QCOMPARE(recent->at(0).policyName, QStringLiteral("critical"));
        QCOMPARE(recent->at(0).errcode, std::optional<int>(310000));
        QCOMPARE(recent->at(0).latencyMs, 44);
        QCOMPARE(recent->at(0).outcome, TestSend::Outcome::DingTalkError);

        QCOMPARE(history.recent(2)->size(), 2);
        QCOMPARE(history.recent(2)->at(1), stored.at(0));
    }

    void listsOneRobot()
    {
        test::TempWorkspace ws;
        const Robot ops = addRobot(ws.workspace(), QStringLiteral("ops"));
        const Robot db = addRobot(ws.workspace(), QStringLiteral("db"));
        QVERIFY(ws->testSends().record(sample(ops.uuid, 0)).ok());
        QVERIFY(ws->testSends().record(sample(db.uuid, 1)).ok());
        QVERIFY(ws->testSends().record(sample(ops.uuid, 2, TestSend::Outcome::HeldBack)).ok());
        auto opsOnly = ws->testSends().recent(10, ops.uuid);
        QCOMPARE(opsOnly->size(), 2);
        QCOMPARE(opsOnly->at(0).outcome, TestSend::Outcome::HeldBack);
        QCOMPARE(ws->testSends().recent(10, db.uuid)->size(), 1);
    }

    void aRemovedRobotKeepsItsName()
    {
        test::TempWorkspace ws;
        const Robot robot = addRobot(ws.workspace(), QStringLiteral("ops"));
        QVERIFY(ws->testSends().record(sample(robot.uuid, 0)).ok());
        QVERIFY(ws->robots().remove(robot.uuid).ok());
        auto recent = ws->testSends().recent();
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().robotUuid, QString());
        QCOMPARE(recent->first().robotName, QStringLiteral("ops"));
        // A send to a robot that is gone (or never saved) is still recorded, by name.
        auto orphan = ws->testSends().record(sample(robot.uuid, 1));
        QVERIFY(orphan.ok());
        QCOMPARE(orphan->robotUuid, QString());
    }

    void outcomeNamesRoundTrip()
    {
        for (int i = 0; i <= int(TestSend::Outcome::HeldBack); ++i) {
            const auto outcome = TestSend::Outcome(i);
            QCOMPARE(TestSend::outcomeFromName(TestSend::outcomeName(outcome)), std::optional(outcome));
        }
        QCOMPARE(TestSend::outcomeName(TestSend::Outcome::HeldBack), QStringLiteral("held-back"));
        QCOMPARE(TestSend::outcomeFromName(QStringLiteral("nonsense")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTestSendRepository)
#include "tst_testsendrepository.moc"
