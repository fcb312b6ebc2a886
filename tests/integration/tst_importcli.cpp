// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// `alertdeskctl import` end to end: the real binary, real SQLite files, and the real keychain of the private D-Bus
// session `./packaging/dev.sh test` runs the suite in (tokens go there; copy-webhook reads them back).
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace alertdesk::test;

namespace {

QString data(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEST_DATA_DIR "/import/") + name;
}

QStringList armsImport()
{
    return {QStringLiteral("import"), QStringLiteral("--alertmanager"), data(QStringLiteral("arms/alertmanager.yml")),
            QStringLiteral("--bridge-config"), data(QStringLiteral("arms/config.yml"))};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString listNames(const QString& entity)
    {
        const CliRun run = runCtl(m_db, {QStringLiteral("--json"), entity, QStringLiteral("list")});
        QStringList names;
        for (const QJsonValue& record : run.json().toArray())
            names.append(record[QLatin1String("name")].toString());
        return names.join(u',');
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_db = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++counter));
        // A workspace with something in it already.
        QVERIFY(runCtl(m_db, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("王五"), QStringLiteral("--phone"), QStringLiteral("13700137000")})
                    .ok());
    }

    void dryRunWritesNothing()
    {
        const QByteArray before = fileBytes(m_db);
        const CliRun run =
            runCtl(m_db, armsImport() + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--accept-terms")});
        QVERIFY2(run.ok(), qPrintable(run.err));
        QVERIFY(
            run.out.startsWith(QLatin1String("Would import 4 robots, 2 contacts, 0 contact groups and 5 policies")));
        QVERIFY2(run.out.contains(QStringLiteral("  policy 生产-严重 (matching rules: 1)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("alertmanager.yml:75: inhibit_rules: Inhibit rules are not imported")));
        QVERIFY(!run.out.contains(QLatin1String("5f3e8c1a")));
        QCOMPARE(listNames(QStringLiteral("robot")), QString());
        QCOMPARE(fileBytes(m_db), before);
    }

    void importStoresTokensInTheKeychain()
    {
        const CliRun refused = runCtl(m_db, armsImport());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(QLatin1String("error: --accept-terms: ")), qPrintable(refused.err));

        const CliRun run = runCtl(m_db, QStringList{QStringLiteral("--json")} + armsImport() +
                                            QStringList{QStringLiteral("--accept-terms")});
        QVERIFY2(run.ok(), qPrintable(run.err));
        const QJsonObject report = run.json().toObject();
        QCOMPARE(report[QLatin1String("robots")].toArray().size(), 4);
        QCOMPARE(report[QLatin1String("policies")].toArray().size(), 5);
        QVERIFY(report[QLatin1String("report")].toArray().first()[QLatin1String("line")].toInt() > 0);
        QCOMPARE(listNames(QStringLiteral("robot")), QStringLiteral("dba,frontend,ops_critical,sre"));
        QCOMPARE(listNames(QStringLiteral("contact")), QStringLiteral("+86-13900139000,13800138000,王五"));

        const CliRun webhook =
            runCtl(m_db, {QStringLiteral("robot"), QStringLiteral("copy-webhook"), QStringLiteral("ops_critical")});
        QVERIFY2(webhook.ok(), qPrintable(webhook.err));
        QCOMPARE(webhook.out.trimmed(),
                 QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token="
                                "5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f"));
        QVERIFY(!fileBytes(m_db).contains("5f3e8c1a9b7d"));

        // Importing the same again: every name is taken; nothing changes, unless --rename.
        const QByteArray before = fileBytes(m_db);
        const CliRun again = runCtl(m_db, armsImport() + QStringList{QStringLiteral("--accept-terms")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("The workspace already has a robot named \"ops_critical\"")),
                 qPrintable(again.err));
        QCOMPARE(fileBytes(m_db), before);
        const CliRun renamed =
            runCtl(m_db, armsImport() + QStringList{QStringLiteral("--accept-terms"), QStringLiteral("--rename")});
        QVERIFY2(renamed.ok(), qPrintable(renamed.err));
        QVERIFY(listNames(QStringLiteral("policy")).contains(QLatin1String("database (imported)")));
    }

    void brokenFilesNameTheLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed yaml") << QStringList{QStringLiteral("--alertmanager"),
                                                       data(QStringLiteral("broken/malformed.yml"))}
                                        << QStringLiteral("error: malformed.yml:6: This is not valid YAML");
        QTest::newRow("missing target")
            << QStringList{QStringLiteral("--alertmanager"), data(QStringLiteral("broken/missing-target.yml")),
                           QStringLiteral("--bridge-config"), data(QStringLiteral("broken/bridge-ops.yml"))}
            << QStringLiteral("error: missing-target.yml:12: receivers[1].webhook_configs[0]: The webhook goes to "
                              "bridge target \"dba\"");
        QTest::newRow("truncated bundle")
            << QStringList{QStringLiteral("--bundle"), data(QStringLiteral("broken/truncated-bundle.json"))}
            << QStringLiteral("error: truncated-bundle.json:4: This is not valid JSON");
        QTest::newRow("both sources") << QStringList{QStringLiteral("--bundle"), QStringLiteral("a.json"),
                                                     QStringLiteral("--alertmanager"), QStringLiteral("b.yml")}
                                      << QStringLiteral("error: import needs either --alertmanager FILE");
    }

    void brokenFilesNameTheLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QByteArray before = fileBytes(m_db);
        const CliRun run = runCtl(m_db, QStringList{QStringLiteral("import")} + arguments +
                                            QStringList{QStringLiteral("--accept-terms")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
        QCOMPARE(fileBytes(m_db), before);
    }

    void bundleRestoresAWorkspace()
    {
        QVERIFY(runCtl(m_db, armsImport() + QStringList{QStringLiteral("--accept-terms")}).ok());
        const QString out = m_dir.filePath(QStringLiteral("export-%1").arg(QFileInfo(m_db).baseName()));
        const CliRun exported = runCtl(m_db, {QStringLiteral("export"), QStringLiteral("--out"), out,
                                              QStringLiteral("--only"), QStringLiteral("bundle")});
        QVERIFY2(exported.ok(), qPrintable(exported.err));
        const QString copy = m_db + QStringLiteral(".copy.sqlite");
        const CliRun restored = runCtl(copy, {QStringLiteral("import"), QStringLiteral("--bundle"),
                                              QDir(out).filePath(QStringLiteral("alertdesk-bundle.json"))});
        QVERIFY2(restored.ok(), qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("The bundle holds no access token for robot \"ops_critical\"")));
        const QString db = m_db;
        m_db = copy;
        const QString robots = listNames(QStringLiteral("robot"));
        const QString policies = listNames(QStringLiteral("policy"));
        const QString contacts = listNames(QStringLiteral("contact"));
        m_db = db;
        QCOMPARE(robots, listNames(QStringLiteral("robot")));
        QCOMPARE(policies, listNames(QStringLiteral("policy")));
        QCOMPARE(contacts, listNames(QStringLiteral("contact")));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
