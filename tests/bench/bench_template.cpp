// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// One render of typical DingTalk templates over a 20-alert payload: AlertDesk's engine (QBENCHMARK), then the Go
// oracle rendering the same already-parsed template in a loop (`oracle --repeat N --stats`), in the same run, so the
// two figures come from the same machine under the same load. Figures, not assertions: run it by hand, in a Release
// build for figures worth quoting:
//   cmake --build build-release --target bench_template template_oracle && build-release/tests/bench/bench_template
#include "templating/gotemplate.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace alertdesk;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString templatePath(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEMPLATES_DIR "/") + name;
}

QString payloadPath()
{
    return QStringLiteral(ALERTDESK_PAYLOADS_DIR "/twenty-alerts.json");
}

} // namespace

class BenchTemplate : public QObject {
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TemplateDialect>("dialect");
        QTest::addRow("markdown default, bridge")
            << QStringLiteral("both-markdown-default.tmpl") << TemplateDialect::DingTalkBridge;
        QTest::addRow("chinese card, alertmanager")
            << QStringLiteral("both-chinese-card.tmpl") << TemplateDialect::Alertmanager;
        QTest::addRow("printf table, alertmanager")
            << QStringLiteral("both-printf-table.tmpl") << TemplateDialect::Alertmanager;
    }

    void render()
    {
        QFETCH(QString, file);
        QFETCH(TemplateDialect, dialect);
        auto data = TemplateData::fromWebhookJson(readFile(payloadPath()), dialect);
        QVERIFY(data.ok());
        auto compiled = CompiledTemplate::compile(file, QString::fromUtf8(readFile(templatePath(file))), dialect);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : qPrintable(compiled.error().message));
        std::string out;
        QBENCHMARK
        {
            out = compiled.value()->renderUtf8(data.value()).value();
        }
        qInfo("%s: %zu bytes", qPrintable(file), out.size());
    }

    void goOracle_data() { render_data(); }

    /// The Go baseline, apart from QBENCHMARK (which reruns its test function): the oracle parses once and executes
    /// the same template 2000 times, and must print the bytes our engine printed.
    void goOracle()
    {
        QFETCH(QString, file);
        QFETCH(TemplateDialect, dialect);
        auto data = TemplateData::fromWebhookJson(readFile(payloadPath()), dialect);
        auto compiled = CompiledTemplate::compile(file, QString::fromUtf8(readFile(templatePath(file))), dialect);
        QVERIFY(data.ok() && compiled.ok());
        const std::string ours = compiled.value()->renderUtf8(data.value()).value();
        QProcess oracle;
        oracle.start(QStringLiteral(ALERTDESK_ORACLE_PATH),
                     {QStringLiteral("--template"), templatePath(file), QStringLiteral("--alerts"), payloadPath(),
                      QStringLiteral("--dialect"),
                      dialect == TemplateDialect::Alertmanager ? QStringLiteral("alertmanager")
                                                               : QStringLiteral("dingtalk-bridge"),
                      QStringLiteral("--repeat"), QStringLiteral("2000"), QStringLiteral("--stats")});
        QVERIFY(oracle.waitForFinished(120000));
        qInfo("Go %s", oracle.readAllStandardError().trimmed().constData());
        QCOMPARE(oracle.readAllStandardOutput().toStdString(), ours); // the same bytes, or the figures mean nothing
    }
};

QTEST_GUILESS_MAIN(BenchTemplate)
#include "bench_template.moc"
