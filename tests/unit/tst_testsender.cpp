// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// TestSender against FakeDingTalkServer on 127.0.0.1: the rate budget before sending, the throttle marker after
// DingTalk's "too fast", the history row, and no token or signature anywhere in the workspace file.
#include "dingtalk/ratebudget.h"
#include "dingtalk/testalert.h"
#include "dingtalk/testsender.h"
#include "fakedingtalkserver.h"
#include "storage/settingsrepository.h"
#include "storage/testsendrepository.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;

namespace {

const QString kToken = QStringLiteral("d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2");
const QString kSecret = QStringLiteral("SEC4f6a2c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e");

template <typename T, typename Start> T await(Start start)
{
    std::optional<T> answer;
    QObject context;
    start(&context, [&](T value) { answer.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        qFatal("no answer");
    return std::move(*answer);
}

} // namespace

class TestTestSender : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<test::FakeDingTalkServer> m_server;
    Robot m_robot;

    TestSendResult send(const DingTalkMessage& message)
    {
        TestSendRequest request;
        request.robot = m_robot;
        request.message = message;
        request.policyName = QStringLiteral("critical");
        request.timeoutMs = 5000;
        return await<TestSendResult>(
            [&](QObject* context, auto done) { TestSender::send(m_ws->workspace(), request, context, done); });
    }

    DingTalkMessage testAlert() const
    {
        return TestAlert::build(MessageType::Markdown, m_robot.name, QString(), {}, {},
                                QDateTime::currentDateTimeUtc());
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        m_server = std::make_unique<test::FakeDingTalkServer>();
        QVERIFY(m_server->listen());
        m_server->addRobot({kToken, armsKeywords(), kSecret, {}, true});
        Robot robot;
        robot.name = QStringLiteral("ops");
        robot.endpoint = m_server->endpoint();
        robot.keywords = armsKeywords();
        robot.signing = true;
        robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
        auto added = await<Result<Robot>>([&](QObject* context, auto done) {
            m_ws->workspace().addRobot(robot, {kToken, kSecret}, context, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        m_robot = added.value();
    }

    void cleanup()
    {
        m_server.reset();
        m_ws.reset();
    }

    void deliversAndRecordsWithoutSecrets()
    {
        QSignalSpy recorded(&m_ws->workspace().testSends(), &TestSendRepository::recorded);
        const TestSendResult result = send(testAlert());
        QCOMPARE(result.stage, TestSendResult::Stage::Sent);
        QVERIFY2(result.outcome.delivered(), qPrintable(result.outcome.explanation() + result.outcome.detail));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(result.history);
        QCOMPARE(result.history->outcome, TestSend::Outcome::Delivered);
        QCOMPARE(result.history->errcode, std::optional<int>(0));
        QCOMPARE(result.history->policyName, QStringLiteral("critical"));
        QCOMPARE(result.history->msgtype, QStringLiteral("markdown"));
        const auto recent = m_ws->workspace().testSends().recent();
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first(), *result.history);
        QCOMPARE(m_ws->workspace().rateBudget().sendsLeft(m_robot.uuid).value(), 19);

        // Neither the token, the secret nor the signature reached the workspace file or its log.
        const QString sign = m_server->requests().first().queryValue("sign").value_or(QString());
        QVERIFY(!sign.isEmpty());
        QByteArray stored;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_ws->path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 4096);
        QVERIFY(stored.contains("keywords") || stored.contains("markdown")); // the check can see what was written
        for (const QString& secret : {kToken, kSecret, sign, QString::fromLatin1(QUrl::toPercentEncoding(sign))}) {
            QVERIFY2(!stored.contains(secret.toUtf8()), qPrintable(secret.left(6)));
            QVERIFY(!stored.contains(secret.toUtf8().toBase64()));
        }
    }

    void dingTalkErrorsAreRecordedWithTheirCode()
    {
        const TestSendResult result =
            send(DingTalkMessage::markdown(QStringLiteral("disk"), QStringLiteral("full"))); // no keyword
        QCOMPARE(result.stage, TestSendResult::Stage::Sent);
        QCOMPARE(result.outcome.kind, SendOutcome::Kind::DingTalkError);
        QCOMPARE(result.outcome.errcode, 310000);
        QCOMPARE(result.history->outcome, TestSend::Outcome::DingTalkError);
        QCOMPARE(result.history->errcode, std::optional<int>(310000));
        QCOMPARE(result.history->errmsg, QStringLiteral("keywords not in content"));
    }

    void the21stIsHeldBackAndNeverReachesDingTalk()
    {
        for (int i = 0; i < 20; ++i)
            QVERIFY(send(testAlert()).outcome.delivered());
        const TestSendResult held = send(testAlert());
        QCOMPARE(held.stage, TestSendResult::Stage::HeldBack);
        QCOMPARE(held.rate.verdict, RateDecision::Verdict::Full);
        QVERIFY(held.rate.waitSeconds() >= 1 && held.rate.waitSeconds() <= 60);
        QCOMPARE(m_server->requests().size(), 20);
        QCOMPARE(held.history->outcome, TestSend::Outcome::HeldBack);
        QVERIFY(held.history->errmsg.contains(QStringLiteral("next free slot")));
        QCOMPARE(m_ws->workspace().testSends().recent(100)->size(), 21);
    }

    void tooFastThrottlesTheRobotForTenMinutes()
    {
        m_server->forceAnswer(QPair<int, QString>(410100, QStringLiteral("send too fast")));
        const TestSendResult first = send(testAlert());
        QCOMPARE(first.outcome.errcode, 410100);
        QVERIFY(first.outcome.throttled());
        const TestSendResult second = send(testAlert());
        QCOMPARE(second.stage, TestSendResult::Stage::HeldBack);
        QCOMPARE(second.rate.verdict, RateDecision::Verdict::Throttled);
        QVERIFY(second.rate.waitSeconds() > 590 && second.rate.waitSeconds() <= 600);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void missingSecretsAreNotSentAndTakeNoSlot()
    {
        m_ws->secrets().setUnavailable(true);
        const TestSendResult result = send(testAlert());
        QCOMPARE(result.stage, TestSendResult::Stage::NotSent);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, Error::Kind::Keychain);
        QCOMPARE(m_ws->workspace().rateBudget().sendsLeft(m_robot.uuid).value(), 20);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void aBadProxySettingIsSaid()
    {
        QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("proxy"), QStringLiteral("gopher://x")).ok());
        const TestSendResult result = send(testAlert());
        QCOMPARE(result.stage, TestSendResult::Stage::NotSent);
        QCOMPARE(result.error->field, QStringLiteral("proxy"));
        QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("proxy"), QStringLiteral("direct")).ok());
        QVERIFY(send(testAlert()).outcome.delivered());
        QCOMPARE(m_ws->workspace().settings().value(QStringLiteral("proxy")).value(),
                 std::optional<QString>(QStringLiteral("direct")));
    }
};

QTEST_GUILESS_MAIN(TestTestSender)
#include "tst_testsender.moc"
