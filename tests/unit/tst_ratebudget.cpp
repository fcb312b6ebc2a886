// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// RateBudget: 20 sends a minute per robot, kept in the workspace file so every program shares it; 10 minutes held
// back after DingTalk's "too fast". Fixed clocks, no waiting.
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/ratebudget.h"
#include "storage/database.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;

namespace {

const qint64 kStart = 1'790'000'000'000; // a fixed moment in 2026
const QString kRobot = QStringLiteral("0f5c3a52-8d4e-4a51-9f0e-2b1f3c4d5e6f");
const QString kOther = QStringLiteral("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

// A clock the test moves by hand.
struct Clock {
    qint64 now = kStart;
    MsClock fn()
    {
        return [this] { return now; };
    }
};

RateDecision reserve(RateBudget& budget, const QString& robot = kRobot)
{
    auto decision = budget.reserve(robot);
    if (!decision)
        qFatal("reserve: %s", qPrintable(decision.error().message));
    return decision.value();
}

SendOutcome dingTalkAnswer(int errcode, const QString& errmsg)
{
    SendOutcome outcome;
    outcome.kind = SendOutcome::Kind::DingTalkError;
    outcome.httpStatus = 200;
    outcome.errcode = errcode;
    outcome.errmsg = errmsg;
    return outcome;
}

} // namespace

class TestRateBudget : public QObject {
    Q_OBJECT

private slots:
    void twentyFitInAMinuteThe21stIsHeldBackWithItsWait()
    {
        test::TempWorkspace ws;
        Clock clock;
        RateBudget& budget = ws->rateBudget();
        budget.setClock(clock.fn());
        for (int i = 0; i < 20; ++i) {
            const RateDecision decision = reserve(budget);
            QVERIFY2(decision.granted(), qPrintable(QString::number(i)));
            QCOMPARE(decision.used, i);
            clock.now += 1000; // one a second
        }
        // 20 s after the first: the first frees up 60 s after it was taken.
        const RateDecision held = reserve(budget);
        QCOMPARE(held.verdict, RateDecision::Verdict::Full);
        QCOMPARE(held.used, 20);
        QCOMPARE(held.waitMs, 40000);
        QCOMPARE(held.waitSeconds(), 40);
        QVERIFY2(held.explanation().contains(QStringLiteral("next free slot is in 40 s")),
                 qPrintable(held.explanation()));
        // A held-back send takes no slot: still exactly 20, and still held back a moment later.
        QCOMPARE(budget.sendsLeft(kRobot).value(), 0);
        clock.now += 500;
        QCOMPARE(reserve(budget).waitMs, 39500);
        QCOMPARE(reserve(budget).waitSeconds(), 40); // rounded up: never "0 s" while held back
        // Other robots have their own budget.
        QVERIFY(reserve(budget, kOther).granted());
    }

    void theWindowSlides_data()
    {
        QTest::addColumn<qint64>("at"); // ms after the first of 20 sends taken one a second
        QTest::addColumn<bool>("granted");
        QTest::addColumn<qint64>("waitMs");
        QTest::addRow("just before the first leaves") << qint64(59999) << false << qint64(1);
        QTest::addRow("when the first leaves") << qint64(60000) << true << qint64(0);
        QTest::addRow("half-way") << qint64(30000) << false << qint64(30000);
        QTest::addRow("a minute after the last") << qint64(79000) << true << qint64(0);
        QTest::addRow("long after") << qint64(3600000) << true << qint64(0);
    }

    void theWindowSlides()
    {
        QFETCH(qint64, at);
        QFETCH(bool, granted);
        QFETCH(qint64, waitMs);
        test::TempWorkspace ws;
        Clock clock;
        RateBudget& budget = ws->rateBudget();
        budget.setClock(clock.fn());
        for (int i = 0; i < 20; ++i) {
            clock.now = kStart + i * 1000;
            QVERIFY(reserve(budget).granted());
        }
        clock.now = kStart + at;
        const RateDecision decision = reserve(budget);
        QCOMPARE(decision.granted(), granted);
        QCOMPARE(decision.waitMs, waitMs);
    }

    void aFreedSlotIsTakenOnlyOnce()
    {
        test::TempWorkspace ws;
        Clock clock;
        RateBudget& budget = ws->rateBudget();
        budget.setClock(clock.fn());
        for (int i = 0; i < 20; ++i) {
            clock.now = kStart + i * 1000;
            QVERIFY(reserve(budget).granted());
        }
        clock.now = kStart + 60000;
        QVERIFY(reserve(budget).granted()); // the first slot's place
        const RateDecision next = reserve(budget);
        QVERIFY(!next.granted());
        QCOMPARE(next.waitMs, 1000); // the second slot (taken at +1 s) frees up at +61 s
    }

    void tooFastMarksTheRobotThrottledForTenMinutes_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addRow("130101") << 130101;
        QTest::addRow("410100") << 410100;
    }

    void tooFastMarksTheRobotThrottledForTenMinutes()
    {
        QFETCH(int, errcode);
        test::TempWorkspace ws;
        Clock clock;
        RateBudget& budget = ws->rateBudget();
        budget.setClock(clock.fn());
        QVERIFY(reserve(budget).granted());
        QSignalSpy changed(&budget, &RateBudget::changed);
        QVERIFY(budget.recordAnswer(kRobot, dingTalkAnswer(errcode, QStringLiteral("send too fast"))).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), kRobot);

        clock.now += 1000;
        const RateDecision held = reserve(budget);
        QCOMPARE(held.verdict, RateDecision::Verdict::Throttled);
        QCOMPARE(held.waitMs, 599000);
        QCOMPARE(held.waitSeconds(), 599);
        QCOMPARE(held.throttledUntilMs, kStart + 600000);
        QVERIFY2(held.explanation().contains(QStringLiteral("next free slot is in 599 s")),
                 qPrintable(held.explanation()));
        QCOMPARE(budget.sendsLeft(kRobot).value(), 0);
        QVERIFY(reserve(budget, kOther).granted()); // only that robot

        clock.now = kStart + 600000 - 1;
        QVERIFY(!reserve(budget).granted());
        clock.now = kStart + 600000;
        QVERIFY(reserve(budget).granted());
    }

    void otherAnswersDoNotThrottle_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("errcode");
        QTest::addRow("delivered") << int(SendOutcome::Kind::Delivered) << 0;
        QTest::addRow("keywords not in content") << int(SendOutcome::Kind::DingTalkError) << 310000;
        QTest::addRow("too long") << int(SendOutcome::Kind::DingTalkError) << 460101;
        QTest::addRow("timeout") << int(SendOutcome::Kind::Timeout) << 0;
        QTest::addRow("HTTP 500") << int(SendOutcome::Kind::HttpError) << 0;
    }

    void otherAnswersDoNotThrottle()
    {
        QFETCH(int, kind);
        QFETCH(int, errcode);
        test::TempWorkspace ws;
        Clock clock;
        ws->rateBudget().setClock(clock.fn());
        SendOutcome outcome = dingTalkAnswer(errcode, QStringLiteral("whatever"));
        outcome.kind = SendOutcome::Kind(kind);
        QVERIFY(ws->rateBudget().recordAnswer(kRobot, outcome).ok());
        QVERIFY(reserve(ws->rateBudget()).granted());
    }

    void peekAndSendsLeftTakeNothing()
    {
        test::TempWorkspace ws;
        Clock clock;
        RateBudget& budget = ws->rateBudget();
        budget.setClock(clock.fn());
        QCOMPARE(budget.sendsLeft(kRobot).value(), 20);
        QSignalSpy changed(&budget, &RateBudget::changed);
        for (int i = 0; i < 5; ++i)
            QVERIFY(reserve(budget).granted());
        QCOMPARE(changed.count(), 5);
        QCOMPARE(budget.sendsLeft(kRobot).value(), 15);
        QCOMPARE(budget.sendsLeft(kRobot).value(), 15);
        const RateDecision peeked = budget.peek(kRobot).value();
        QVERIFY(peeked.granted());
        QCOMPARE(peeked.used, 5);
        QCOMPARE(peeked.left(), 15);
        QCOMPARE(changed.count(), 5);
        clock.now += 60000;
        QCOMPARE(budget.sendsLeft(kRobot).value(), 20);
    }

    // Two programs on one workspace (here: two connections to the same file, as the GUI and alertdeskctl have)
    // share one budget and one throttle marker.
    void programsSharingTheWorkspaceShareTheBudget()
    {
        test::TempWorkspace gui;
        auto opened = Workspace::open(gui.path(), std::make_unique<MemorySecretStore>(), Database::scriptLockWait);
        QVERIFY(opened.ok());
        std::unique_ptr<Workspace> cli = std::move(opened).value();
        Clock clock;
        gui->rateBudget().setClock(clock.fn());
        cli->rateBudget().setClock(clock.fn());

        for (int i = 0; i < 20; ++i) {
            Workspace& which = i % 3 == 0 ? *cli : gui.workspace();
            QVERIFY2(reserve(which.rateBudget()).granted(), qPrintable(QString::number(i)));
            clock.now += 100;
        }
        QCOMPARE(gui->rateBudget().sendsLeft(kRobot).value(), 0);
        QCOMPARE(cli->rateBudget().sendsLeft(kRobot).value(), 0);
        QVERIFY(!reserve(cli->rateBudget()).granted());
        QVERIFY(!reserve(gui->rateBudget()).granted());

        // A throttle seen by one is respected by the other.
        QVERIFY(reserve(gui->rateBudget(), kOther).granted());
        QVERIFY(cli->rateBudget().markThrottled(kOther, 130101).ok());
        QCOMPARE(reserve(gui->rateBudget(), kOther).verdict, RateDecision::Verdict::Throttled);
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
