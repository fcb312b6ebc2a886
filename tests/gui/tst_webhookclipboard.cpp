// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/webhookclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace alertdesk;
using namespace std::chrono_literals;

namespace {
const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString fullUrl = QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + token;
} // namespace

class TestWebhookClipboard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void copiesTheFullUrlAndClearsItAfterTheDelay();
    void leavesSomethingElseAlone();
    void keychainErrorIsReported();
    void defaultDelayIsThirtySeconds();

private:
    std::optional<Result<void>> copy(WebhookClipboard& clipboard);
    std::unique_ptr<test::TempWorkspace> m_workspace;
    QString m_robotUuid;
};

void TestWebhookClipboard::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    QGuiApplication::clipboard()->clear();
    Robot robot;
    robot.name = QStringLiteral("ops");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    QSignalSpy spy(this, &QObject::objectNameChanged); // a place to wait for the asynchronous save
    m_workspace->workspace().addRobot(robot, RobotSecrets{token, {}}, this, [this](Result<Robot> saved) {
        QVERIFY(saved.ok());
        m_robotUuid = saved->uuid;
        setObjectName(m_robotUuid);
    });
    QVERIFY(spy.wait());
}

void TestWebhookClipboard::cleanup()
{
    m_workspace.reset();
}

std::optional<Result<void>> TestWebhookClipboard::copy(WebhookClipboard& clipboard)
{
    std::optional<Result<void>> outcome;
    clipboard.copy(m_robotUuid, [&outcome](Result<void> result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }))
        return std::nullopt;
    return outcome;
}

void TestWebhookClipboard::copiesTheFullUrlAndClearsItAfterTheDelay()
{
    WebhookClipboard clipboard(m_workspace->workspace(), nullptr);
    clipboard.setClearAfter(50ms);
    QSignalSpy cleared(&clipboard, &WebhookClipboard::cleared);
    auto outcome = copy(clipboard);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(QGuiApplication::clipboard()->text(), fullUrl);
    QVERIFY(cleared.wait());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestWebhookClipboard::leavesSomethingElseAlone()
{
    WebhookClipboard clipboard(m_workspace->workspace(), nullptr);
    clipboard.setClearAfter(50ms);
    QSignalSpy cleared(&clipboard, &WebhookClipboard::cleared);
    auto outcome = copy(clipboard);
    QVERIFY(outcome && outcome->ok());
    QGuiApplication::clipboard()->setText(QStringLiteral("kubectl get pods"));
    // Wait until the clearing has run (its timer stopped), then see that it left the new text alone.
    const QTimer* timer = clipboard.findChild<QTimer*>(QStringLiteral("clearTimer"));
    QVERIFY(timer);
    QTRY_VERIFY(!timer->isActive());
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl get pods"));
}

void TestWebhookClipboard::keychainErrorIsReported()
{
    WebhookClipboard clipboard(m_workspace->workspace(), nullptr);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    m_workspace->secrets().setUnavailable(true);
    auto outcome = copy(clipboard);
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().kind, Error::Kind::Keychain);
    QVERIFY(!outcome->error().message.isEmpty());
    QVERIFY(!outcome->error().message.contains(token));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
}

void TestWebhookClipboard::defaultDelayIsThirtySeconds()
{
    WebhookClipboard clipboard(m_workspace->workspace(), nullptr);
    const QTimer* timer = clipboard.findChild<QTimer*>(QStringLiteral("clearTimer"));
    QVERIFY(timer);
    QCOMPARE(timer->intervalAsDuration(), 30000ms);
    QVERIFY(!timer->isActive()); // nothing copied, nothing to clear
}

QTEST_MAIN(TestWebhookClipboard)
#include "tst_webhookclipboard.moc"
