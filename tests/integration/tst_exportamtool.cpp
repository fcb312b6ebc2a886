// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Every export of a set of varied workspaces passes the real `amtool check-config` (Debian's prometheus-alertmanager),
// and `amtool config routes test --verify.receivers` confirms the routing export.md promises: an alert matching two
// rules of one policy reaches that policy once, one matching two policies reaches both, one matching none reaches
// only the blackhole.
#include "tst_exportfixtures.h"

#include "export/alertmanagerwriter.h"
#include "export/exportdirectory.h"
#include "export/exportplan.h"
#include "export/matcherformat.h"
#include "export/workspacesnapshot.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

namespace {

const QString amtool = QStringLiteral("/usr/bin/amtool");

struct Run {
    int exitCode = -1;
    QString out;
};

Run runAmtool(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(amtool, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// A workspace for routing: policy "a" with two rules, policy "b" with one, policy "c" disabled.
void fillRouting(TempWorkspace& ws)
{
    const Robot robot = addRobot(ws, QStringLiteral("r"), QStringLiteral("tok-routing"));
    addPolicy(
        ws, policy(QStringLiteral("a"),
                   {MatchRule{{condition(QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("critical")})}},
                    MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QStringLiteral("db")})}}},
                   {robotRecipient(robot)}));
    addPolicy(
        ws, policy(QStringLiteral("b"),
                   {MatchRule{{condition(QStringLiteral("service"), MatchOperator::Re, {QStringLiteral("api|web")})}}},
                   {robotRecipient(robot)}));
    NotificationPolicy c = policy(QStringLiteral("c"), {}, {robotRecipient(robot)});
    c.enabled = false;
    addPolicy(ws, c);
}

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

} // namespace

class TestExportAmtool : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(amtool), "amtool is missing: apt-get install prometheus-alertmanager");
    }

    void checkConfig_data()
    {
        QTest::addColumn<int>("fixture");
        QTest::addColumn<int>("secrets");
        QTest::addColumn<int>("version");
        const QList<Fixture> fixtures = variedWorkspaces();
        for (int i = 0; i < fixtures.size(); ++i) {
            QTest::addRow("%s-placeholders", fixtures[i].name)
                << i << int(ExportOptions::SecretsMode::Placeholders) << 25;
            QTest::addRow("%s-inline", fixtures[i].name) << i << int(ExportOptions::SecretsMode::Inline) << 25;
        }
    }

    void checkConfig()
    {
        QFETCH(int, fixture);
        QFETCH(int, secrets);
        TempWorkspace ws;
        variedWorkspaces()[fixture].fill(ws);
        ExportOptions options;
        options.secrets = ExportOptions::SecretsMode(secrets);
        const auto result = exportOf(ws, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
        const Run run = runAmtool({QStringLiteral("check-config"), dir.filePath(QStringLiteral("alertmanager.yml"))});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("SUCCESS")), qPrintable(run.out));
    }

    void checkConfigWithBridgePassword()
    {
        TempWorkspace ws;
        fillMixed(ws);
        ExportOptions options;
        options.bridgeUrl = QUrl(QStringLiteral("https://alertmanager:s3cr%40t@bridge.example.com:8443/prefix/"));
        const auto result = exportOf(ws, options);
        QVERIFY(result.ok());
        const QString yml = QString::fromUtf8(result->file(QStringLiteral("alertmanager.yml"))->bytes);
        QVERIFY(yml.contains(QLatin1String("url: https://bridge.example.com:8443/prefix/dingtalk/everything_")));
        QVERIFY(yml.contains(QLatin1String("username: alertmanager")));
        QVERIFY(yml.contains(QLatin1String("password: ${ALERTDESK_BRIDGE_PASSWORD}")));
        QVERIFY(!yml.contains(QLatin1String("s3cr")));
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
        const Run run = runAmtool({QStringLiteral("check-config"), dir.filePath(QStringLiteral("alertmanager.yml"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    }

    void routes_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QStringList>("labels"); // label, value, label, value...
        QTest::addColumn<QString>("expected");   // the names of the policies the alert reaches
        QTest::addRow("two rules of one policy: once")
            << QStringLiteral("routing") << strings({"severity", "critical", "team", "db"}) << QStringLiteral("a");
        QTest::addRow("two policies: both")
            << QStringLiteral("routing") << strings({"severity", "critical", "service", "api"})
            << QStringLiteral("a,b");
        QTest::addRow("regex anchored") << QStringLiteral("routing") << strings({"service", "apis"}) << QString();
        QTest::addRow("none: nobody") << QStringLiteral("routing") << strings({"severity", "info"}) << QString();
        QTest::addRow("no labels: nobody") << QStringLiteral("routing") << strings({"x", "y"}) << QString();

        // The operators workspace: policies "op eq", "op in", "op neq", "op nin", "op nre", "op re" in that order.
        // Labels that keep the negative operators quiet unless a case wants them.
        const QStringList quiet = strings({"slash", "C:\\temp\\ ends\\", "multi", "line1\nline2 tail", "skip", "}"});
        QTest::addRow("eq with quotes, comma, braces")
            << QStringLiteral("operators") << strings({"quote", "say \"hi\", then {leave}"}) + quiet
            << QStringLiteral("op eq");
        QTest::addRow("in with quote, backslash, comma + re alternative")
            << QStringLiteral("operators") << strings({"pick", "q\"u\\o,te", "regex", "\"quoted\""}) + quiet
            << QStringLiteral("op in,op re");
        QTest::addRow("in value with regex metacharacters is literal")
            << QStringLiteral("operators") << strings({"pick", "(x)|y", "regex", "db-12xprod"}) + quiet
            << QStringLiteral("op in");
        QTest::addRow("in does not match what the unquoted regex would")
            << QStringLiteral("operators") << strings({"pick", "x"}) + quiet << QString();
        QTest::addRow("in with newline and metacharacters")
            << QStringLiteral("operators") << strings({"pick", "$^*+?{}[]", "regex", "db-12.prod"}) + quiet
            << QStringLiteral("op in,op re");
        QTest::addRow("in value with a newline")
            << QStringLiteral("operators") << strings({"pick", "new\nline"}) + quiet << QStringLiteral("op in");
        QTest::addRow("negative operators")
            << QStringLiteral("operators") << strings({"slash", "other", "multi", "m", "skip", "z"})
            << QStringLiteral("op neq,op nin,op nre");
        QTest::addRow("chinese values") << QStringLiteral("chinese") << strings({"service", "订单服务"})
                                        << QStringLiteral("核心服务告警");
    }

    void routes()
    {
        QFETCH(QString, workspace);
        QFETCH(QStringList, labels);
        QFETCH(QString, expected);
        TempWorkspace ws;
        if (workspace == QLatin1String("routing"))
            fillRouting(ws);
        else if (workspace == QLatin1String("operators"))
            fillOperators(ws);
        else
            fillChinese(ws);
        // Every enabled policy's node is matched (it has no matchers, and continues): the alert reaches the
        // receiver of the policies that match and falls to the blackhole in the others. `expected` names the
        // policies that match; Chinese names are looked up in the plan (they become hashed slugs).
        auto snapshot = WorkspaceSnapshot::read(ws.workspace());
        QVERIFY(snapshot.ok());
        const ExportPlan plan = ExportPlan::make(snapshot.value());
        const QStringList matching = expected.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList receivers;
        for (const ExportedPolicy& exported : plan.policies)
            receivers.append(matching.contains(exported.policy->name) ? exported.receiver()
                                                                      : AlertmanagerWriter::blackhole());
        expected = receivers.join(QLatin1Char(','));
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
        QStringList arguments{QStringLiteral("config"), QStringLiteral("routes"), QStringLiteral("test"),
                              QStringLiteral("--config.file=") + dir.filePath(QStringLiteral("alertmanager.yml")),
                              QStringLiteral("--verify.receivers=") + expected};
        for (int i = 0; i + 1 < labels.size(); i += 2)
            arguments.append(labels[i] + QLatin1Char('=') + matcherformat::quoteValue(labels[i + 1]));
        const Run run = runAmtool(arguments);
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("Warning")); });
        QCOMPARE(lines.value(0), expected);
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportAmtool)
#include "tst_exportamtool.moc"
