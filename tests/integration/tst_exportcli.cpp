// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl export: the files, the --json report, the options, and errors that name the option at fault.
#include "tst_exportfixtures.h"

#include "clirun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void exportsWithJsonReport()
    {
        TempWorkspace ws;
        fillMixed(ws);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliRun run =
            runCtl(ws.path(), {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY2(run.ok(), qPrintable(run.err));
        const QJsonObject report = run.json().toObject();
        QCOMPARE(report.value(QStringLiteral("policies")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("targets")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("robots")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("policiesWithoutRobots")).toArray(),
                 QJsonArray{QStringLiteral("nobody reached")});
        QCOMPARE(report.value(QStringLiteral("files")).toArray().size(), 5);
        QVERIFY(run.err.contains(QLatin1String("warning: Policy \"nobody reached\" reaches no enabled robot")));

        // The same bytes as the export in this process: one code path, deterministic.
        const auto here = exportOf(ws);
        QVERIFY(here.ok());
        for (const ExportFile& file : here->files) {
            QFile written(QDir(out).filePath(file.path));
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file.path));
            QCOMPARE(written.readAll(), file.bytes);
        }
    }

    void textReportAndOnly()
    {
        TempWorkspace ws;
        fillChinese(ws);
        QTemporaryDir dir;
        const CliRun run = runCtl(ws.path(), {QStringLiteral("export"), QStringLiteral("--out"), dir.path(),
                                              QStringLiteral("--only"), QStringLiteral("bundle")});
        QVERIFY2(run.ok(), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("alertdesk-bundle.json")));
        QVERIFY(!run.out.contains(QLatin1String("alertmanager.yml")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("alertdesk-bundle.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("alertmanager.yml"))));
    }

    // The robots' secrets are in this test's memory store, not in the keychain alertdeskctl asks: an inline export
    // cannot read them, fails with the keychain's exit status, and writes nothing.
    void inlineWithoutSecretsWritesNothing()
    {
        TempWorkspace ws;
        fillMixed(ws);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliRun run = runCtl(ws.path(), {QStringLiteral("export"), QStringLiteral("--out"), out,
                                              QStringLiteral("--secrets"), QStringLiteral("inline")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.startsWith(QLatin1String("error: ")));
        QVERIFY(!QFileInfo::exists(out));
    }

    void errorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        const QString out = QStringLiteral("--out=%1").arg(QDir::tempPath() + QStringLiteral("/alertdesk-never"));
        QTest::addRow("no --out") << QStringList{} << QStringLiteral("--out");
        QTest::addRow("version") << QStringList{out, QStringLiteral("--alertmanager-version=0.3")}
                                 << QStringLiteral("--alertmanager-version");
        QTest::addRow("secrets") << QStringList{out, QStringLiteral("--secrets=plain")} << QStringLiteral("--secrets");
        QTest::addRow("only") << QStringList{out, QStringLiteral("--only=grafana")} << QStringLiteral("--only");
        QTest::addRow("bridge") << QStringList{out, QStringLiteral("--bridge-url=ftp://bridge")}
                                << QStringLiteral("--bridge-url");
        QTest::addRow("with-secrets without bundle")
            << QStringList{out, QStringLiteral("--only=alertmanager"), QStringLiteral("--with-secrets")}
            << QStringLiteral("--with-secrets");
    }
    void errorsNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        TempWorkspace ws;
        const CliRun run = runCtl(ws.path(), QStringList{QStringLiteral("export")} + arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("error: ") + option + QLatin1Char(':')), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/alertdesk-never")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
