// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Workspace keeps a robot's SQLite row and its keychain entries in step.
#include "secrets/robotkeychain.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;

namespace {

const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("SECfedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");

Robot signedRobot(const QString& name = QStringLiteral("ops"))
{
    Robot robot;
    robot.name = name;
    robot.keywords = armsKeywords();
    robot.signing = true;
    robot.termsAcceptedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return robot;
}

// Waits for an asynchronous Workspace call; the answer always comes from the event loop, never synchronously.
template <typename T, typename Start> T await(Start start)
{
    std::optional<T> answer;
    QObject context;
    start(&context, [&](T value) { answer.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        qFatal("no answer");
    return std::move(*answer);
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void addStoresSecretsInTheKeychainOnly()
    {
        test::TempWorkspace ws;
        auto added = await<Result<Robot>>([&](QObject* c, auto done) {
            ws->addRobot(signedRobot(), {kToken, kSecret}, c, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::tokenKey(added->uuid)), kToken);
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::secretKey(added->uuid)), kSecret);
        QVERIFY(ws->robots().find(added->uuid).ok());

        auto url = await<Result<QUrl>>([&](QObject* c, auto done) { ws->robotWebhook(added->uuid, c, done); });
        QVERIFY(url.ok());
        QCOMPARE(url->toString(), QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + kToken);
    }

    void unsignedRobotHasNoSecretEntry()
    {
        test::TempWorkspace ws;
        Robot robot = signedRobot();
        robot.signing = false;
        auto added = await<Result<Robot>>([&](QObject* c, auto done) { ws->addRobot(robot, {kToken, {}}, c, done); });
        QVERIFY(added.ok());
        QCOMPARE(ws.secrets().contents().size(), 1);
        auto secrets =
            await<Result<RobotSecrets>>([&](QObject* c, auto done) { ws->robotSecrets(added->uuid, c, done); });
        QVERIFY(secrets.ok());
        QCOMPARE(secrets->accessToken, kToken);
        QVERIFY(secrets->signSecret.isEmpty());
    }

    void noKeychainMeansNothingIsSaved()
    {
        test::TempWorkspace ws;
        ws.secrets().setUnavailable(true);
        QSignalSpy added(&ws->robots(), &RobotRepository::added);
        auto result = await<Result<Robot>>([&](QObject* c, auto done) {
            ws->addRobot(signedRobot(), {kToken, kSecret}, c, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Keychain);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(ws->robots().all()->size(), 0);
        QCOMPARE(added.count(), 0);
    }

    void invalidRobotTouchesNeitherStore()
    {
        test::TempWorkspace ws;
        Robot robot = signedRobot();
        robot.keywords.clear();
        robot.signing = false; // no security option at all
        auto result = await<Result<Robot>>([&](QObject* c, auto done) { ws->addRobot(robot, {kToken, {}}, c, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY(ws.secrets().contents().isEmpty());
        QCOMPARE(ws->robots().all()->size(), 0);
    }

    void duplicateNameLeavesNoOrphanSecrets()
    {
        test::TempWorkspace ws;
        QVERIFY(await<Result<Robot>>([&](QObject* c, auto done) {
                    ws->addRobot(signedRobot(), {kToken, kSecret}, c, done);
                }).ok());
        auto second = await<Result<Robot>>([&](QObject* c, auto done) {
            ws->addRobot(signedRobot(QStringLiteral("OPS")), {kToken, kSecret}, c, done);
        });
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QCOMPARE(ws.secrets().contents().size(), 2); // only the first robot's
    }

    void turningSigningOffRemovesTheSecret()
    {
        test::TempWorkspace ws;
        auto added = await<Result<Robot>>([&](QObject* c, auto done) {
            ws->addRobot(signedRobot(), {kToken, kSecret}, c, done);
        });
        QVERIFY(added.ok());
        Robot robot = *added;
        robot.signing = false;
        auto updated = await<Result<Robot>>([&](QObject* c, auto done) { ws->updateRobot(robot, {}, c, done); });
        QVERIFY(updated.ok());
        QVERIFY(!ws.secrets().contents().contains(RobotKeychain::secretKey(robot.uuid)));
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::tokenKey(robot.uuid)), kToken);

        // Turning it back on needs a secret.
        robot.signing = true;
        auto refused = await<Result<Robot>>([&](QObject* c, auto done) { ws->updateRobot(robot, {}, c, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("secret"));
        Workspace::SecretsChange change;
        change.signSecret = kSecret;
        change.accessToken = QStringLiteral("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        QVERIFY(await<Result<Robot>>([&](QObject* c, auto done) { ws->updateRobot(robot, change, c, done); }).ok());
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::secretKey(robot.uuid)), kSecret);
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::tokenKey(robot.uuid)), *change.accessToken);
    }

    void removeDeletesKeychainEntries()
    {
        test::TempWorkspace ws;
        auto added = await<Result<Robot>>([&](QObject* c, auto done) {
            ws->addRobot(signedRobot(), {kToken, kSecret}, c, done);
        });
        QVERIFY(added.ok());
        auto removed = await<Result<void>>([&](QObject* c, auto done) { ws->removeRobot(added->uuid, c, done); });
        QVERIFY(removed.ok());
        QVERIFY(ws.secrets().contents().isEmpty());
        QCOMPARE(ws->robots().find(added->uuid).error().kind, Error::Kind::NotFound);
    }

    void defaultPathFollowsTheEnvironment()
    {
        qputenv("ALERTDESK_DB", "/tmp/somewhere/else.sqlite");
        QCOMPARE(Workspace::defaultDatabasePath(), QStringLiteral("/tmp/somewhere/else.sqlite"));
        qunsetenv("ALERTDESK_DB");
        QVERIFY(Workspace::defaultDatabasePath().endsWith(QStringLiteral("/alertdesk.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
