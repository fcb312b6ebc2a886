// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Applying an import plan to a workspace: all or nothing. Rows in one transaction, secrets in the SecretStore only,
// and every failure (names taken, terms, keychain refusing at the first or a later secret, a row the database
// refuses) leaves the workspace and the keychain exactly as they were.
#include "domain/domainjson.h"
#include "export/importer.h"
#include "secrets/memorysecretstore.h"
#include "secrets/robotkeychain.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;

namespace {

QString data(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEST_DATA_DIR "/import/") + name;
}

ImportPlan armsPlan()
{
    auto plan = Importer::readAlertmanager(data(QStringLiteral("arms/alertmanager.yml")),
                                           data(QStringLiteral("arms/config.yml")));
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message));
    return plan.value();
}

/// A SecretStore that stores like MemorySecretStore but refuses the write number `failAt` (1-based), the way a
/// keychain that gets locked half way through would.
class FlakySecretStore final : public SecretStore {
public:
    explicit FlakySecretStore(int failAt)
        : m_failAt(failAt)
    {}
    void read(const QString& key, QObject* context, Callback done) override { m_store.read(key, context, done); }
    void write(const QString& key, const QString& value, QObject* context, Callback done) override
    {
        if (++m_writes == m_failAt)
            return m_store.checkAvailable(context, [done](const Outcome&) {
                done({Status::AccessDenied, {}, QStringLiteral("The keychain is locked.")});
            });
        m_store.write(key, value, context, done);
    }
    void remove(const QString& key, QObject* context, Callback done) override { m_store.remove(key, context, done); }
    void checkAvailable(QObject* context, Callback done) override { m_store.checkAvailable(context, done); }
    QString backendName() const override { return QStringLiteral("flaky (tests)"); }
    const QHash<QString, QString>& contents() const { return m_store.contents(); }

private:
    MemorySecretStore m_store;
    int m_failAt;
    int m_writes = 0;
};

/// Everything the workspace holds, as text: the four repositories and the secrets.
QByteArray fingerprint(Workspace& workspace, const QHash<QString, QString>& secrets)
{
    QJsonArray all;
    for (const Robot& robot : workspace.robots().all().value())
        all.append(toJson(robot));
    for (const Contact& contact : workspace.contacts().all().value())
        all.append(toJson(contact));
    for (const ContactGroup& group : workspace.groups().all().value())
        all.append(toJson(group));
    for (const NotificationPolicy& policy : workspace.policies().all().value())
        all.append(toJson(policy));
    QStringList keys = secrets.keys();
    keys.sort();
    for (const QString& key : keys)
        all.append(QString(key + u'=' + secrets.value(key)));
    return QJsonDocument(all).toJson();
}

Result<ImportPlan> applyAndWait(Workspace& workspace, const ImportPlan& plan, const Importer::Options& options)
{
    std::optional<Result<ImportPlan>> answer;
    QObject context;
    Importer::apply(workspace, plan, options, &context, [&](Result<ImportPlan> result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return Error::storage(QStringLiteral("no answer"));
    return *answer;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Importer::Options accepting()
{
    Importer::Options options;
    options.acceptTerms = true;
    return options;
}

} // namespace

class TestImportApply : public QObject {
    Q_OBJECT

private slots:
    void armsSetupIsStoredWithSecretsInTheKeychainOnly()
    {
        test::TempWorkspace ws;
        auto applied = applyAndWait(ws.workspace(), armsPlan(), accepting());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));

        const QList<Robot> robots = ws->robots().all().value();
        QCOMPARE(robots.size(), 4);
        const Robot ops = ws->robots().findByName(QStringLiteral("ops_critical")).value();
        QVERIFY(ops.termsAcceptedAt.isValid());
        QCOMPARE(ws.secrets().contents().value(RobotKeychain::tokenKey(ops.uuid)),
                 QStringLiteral("5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f"));
        QVERIFY(ws.secrets().contents().value(RobotKeychain::secretKey(ops.uuid)).startsWith(QLatin1String("SEC8d4f")));
        const Robot frontend = ws->robots().findByName(QStringLiteral("frontend")).value();
        QVERIFY(!ws.secrets().contents().contains(RobotKeychain::tokenKey(frontend.uuid)));
        QCOMPARE(ws.secrets().contents().size(), 2 + 1 + 1); // ops token+secret, sre, dba

        QCOMPARE(ws->contacts().all().value().size(), 2);
        const QList<NotificationPolicy> policies = ws->policies().all().value();
        QCOMPARE(policies.size(), 5);
        const NotificationPolicy critical = ws->policies().findByName(QStringLiteral("生产-严重")).value();
        QCOMPARE(critical.recipients.size(), 2);
        QCOMPARE(critical.recipients.first().uuid, ops.uuid);

        // No secret in the workspace file (nor its WAL).
        const QByteArray file = fileBytes(ws.path()) + fileBytes(ws.path() + QStringLiteral("-wal"));
        QVERIFY(!file.contains("5f3e8c1a9b7d2e4f"));
        QVERIFY(!file.contains("SEC8d4f6a2c"));
    }

    void refusedImportsChangeNothing_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("terms not accepted") << QStringLiteral("terms");
        QTest::newRow("name taken") << QStringLiteral("conflict");
        QTest::newRow("keychain unavailable") << QStringLiteral("keychain");
    }

    void refusedImportsChangeNothing()
    {
        QFETCH(QString, why);
        test::TempWorkspace ws;
        // Something already there: a robot named like one of the bridge's targets, with its secret.
        auto existing = applyAndWait(
            ws.workspace(),
            [] {
                ImportPlan plan;
                Robot robot;
                robot.uuid = QStringLiteral("0b7e2a34-1111-4222-8333-444455556666");
                robot.name = QStringLiteral("SRE");
                robot.keywords = armsKeywords();
                plan.robots.append({robot, RobotSecrets{QStringLiteral("0123456789abcdef0123"), {}}, {}});
                return plan;
            }(),
            accepting());
        QVERIFY(existing.ok());
        const QByteArray before = fingerprint(ws.workspace(), ws.secrets().contents());
        const QByteArray fileBefore = fileBytes(ws.path());

        Importer::Options options = accepting();
        options.acceptTerms = why != QLatin1String("terms");
        ImportPlan plan = armsPlan();
        if (why != QLatin1String("conflict")) // "sre" clashes with "SRE" (names ignore case)
            plan.robots.removeIf([](const auto& planned) { return planned.robot.name == QLatin1String("sre"); });
        if (why == QLatin1String("keychain"))
            ws.secrets().setUnavailable(true);
        if (why != QLatin1String("conflict")) {
            for (NotificationPolicy& policy : plan.policies)
                policy.recipients.removeIf([&](const Recipient& recipient) {
                    return std::none_of(plan.robots.cbegin(), plan.robots.cend(),
                                        [&](const auto& planned) { return planned.robot.uuid == recipient.uuid; }) &&
                           recipient.kind == Recipient::Kind::Robot;
                });
        }

        auto applied = applyAndWait(ws.workspace(), plan, options);
        QVERIFY(!applied.ok());
        if (why == QLatin1String("terms"))
            QCOMPARE(applied.error().field, QStringLiteral("terms"));
        if (why == QLatin1String("conflict")) {
            QCOMPARE(applied.error().kind, Error::Kind::Conflict);
            QVERIFY2(applied.error().message.contains(QLatin1String("robot named \"sre\"")),
                     qPrintable(applied.error().message));
        }
        if (why == QLatin1String("keychain"))
            QCOMPARE(applied.error().kind, Error::Kind::Keychain);
        ws.secrets().setUnavailable(false);
        QCOMPARE(fingerprint(ws.workspace(), ws.secrets().contents()), before);
        QCOMPARE(fileBytes(ws.path()), fileBefore);
    }

    void renameInsteadOfRefusing()
    {
        test::TempWorkspace ws;
        QVERIFY(applyAndWait(ws.workspace(), armsPlan(), accepting()).ok());
        Importer::Options options = accepting();
        options.renameConflicts = true;
        auto again = applyAndWait(ws.workspace(), armsPlan(), options);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(ws->robots().findByName(QStringLiteral("sre (imported)")).ok());
        QVERIFY(ws->policies().findByName(QStringLiteral("database (imported)")).ok());
        QVERIFY(again->report.text().contains(QLatin1String("the imported one is named \"sre (imported)\"")));
        QCOMPARE(ws->robots().all().value().size(), 8);
    }

    void keychainFailingHalfWayRemovesWhatItStored()
    {
        QTemporaryDir dir;
        for (int failAt : {1, 2, 4}) {
            auto store = std::make_unique<FlakySecretStore>(failAt);
            FlakySecretStore* secrets = store.get();
            auto opened = Workspace::open(dir.filePath(QStringLiteral("ws%1.sqlite").arg(failAt)), std::move(store),
                                          Database::scriptLockWait);
            QVERIFY(opened.ok());
            Workspace& workspace = *opened.value();
            const QByteArray before = fingerprint(workspace, secrets->contents());
            auto applied = applyAndWait(workspace, armsPlan(), accepting());
            QVERIFY(!applied.ok());
            QCOMPARE(applied.error().kind, Error::Kind::Keychain);
            QVERIFY(applied.error().message.contains(QLatin1String("Nothing was imported")));
            QCOMPARE(fingerprint(workspace, secrets->contents()), before);
            QVERIFY(secrets->contents().isEmpty());
        }
    }

    void rowRefusedByTheDatabaseRollsEverythingBack()
    {
        test::TempWorkspace ws;
        const QByteArray before = fingerprint(ws.workspace(), ws.secrets().contents());
        QSignalSpy robotsAdded(&ws->robots(), &RobotRepository::added);
        ImportPlan plan = armsPlan();
        // The last policy names a robot that exists nowhere: the repository refuses it inside the transaction,
        // after the robots, contacts and four policies were written.
        plan.policies.last().recipients = {
            {Recipient::Kind::Robot, QStringLiteral("9f0e0000-0000-4000-8000-0000deadbeef")}};
        auto applied = applyAndWait(ws.workspace(), plan, accepting());
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, Error::Kind::Conflict);
        QCOMPARE(fingerprint(ws.workspace(), ws.secrets().contents()), before);
        QVERIFY(ws.secrets().contents().isEmpty());
    }

    void dryRunPreparesWithoutWriting()
    {
        test::TempWorkspace ws;
        const QByteArray fileBefore = fileBytes(ws.path());
        ImportPlan plan = armsPlan();
        QVERIFY(Importer::prepare(ws.workspace(), plan, accepting()).ok());
        QVERIFY(plan.robots.first().robot.termsAcceptedAt.isValid());
        QVERIFY(ws->robots().all().value().isEmpty());
        QCOMPARE(fileBytes(ws.path()), fileBefore);
    }
};

QTEST_GUILESS_MAIN(TestImportApply)
#include "tst_importapply.moc"
