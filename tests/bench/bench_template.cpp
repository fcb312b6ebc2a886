// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Typical DingTalk templates over a 20-alert payload: AlertDesk's engine rendering the parsed template in a loop, then
// the Go oracle doing the same (`oracle --repeat N --stats`), in the same run, so the two figures come from the same
// machine under the same load. Figures, not assertions: `./packaging/dev.sh bench` runs it in a Release build.
#include "templating/gotemplate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

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
        QTest::addColumn<QString>("key");
        QTest::addRow("markdown default, bridge")
            << QStringLiteral("both-markdown-default.tmpl") << TemplateDialect::DingTalkBridge
            << QStringLiteral("markdown-default");
        QTest::addRow("chinese card, alertmanager") << QStringLiteral("both-chinese-card.tmpl")
                                                    << TemplateDialect::Alertmanager << QStringLiteral("chinese-card");
        QTest::addRow("printf table, alertmanager") << QStringLiteral("both-printf-table.tmpl")
                                                    << TemplateDialect::Alertmanager << QStringLiteral("printf-table");
    }

    /// The same parsed template rendered `renders` times by our engine and by the Go oracle (which parses once and
    /// executes in a loop, and must print the bytes our engine printed). Prints "FIGURE template.ours.<key> <ms>" and
    /// "FIGURE template.go.<key> <ms>" per render, for ./packaging/dev.sh bench.
    void render()
    {
        QFETCH(QString, file);
        QFETCH(TemplateDialect, dialect);
        QFETCH(QString, key);
        constexpr int renders = 2000;
        auto data = TemplateData::fromWebhookJson(readFile(payloadPath()), dialect);
        QVERIFY(data.ok());
        auto compiled = CompiledTemplate::compile(file, QString::fromUtf8(readFile(templatePath(file))), dialect);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : qPrintable(compiled.error().message));
        std::string ours;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < renders; ++i)
            ours = compiled.value()->renderUtf8(data.value()).value();
        const double oursMs = double(timer.nsecsElapsed()) / 1e6 / renders;

        QProcess oracle;
        oracle.start(QStringLiteral(ALERTDESK_ORACLE_PATH),
                     {QStringLiteral("--template"), templatePath(file), QStringLiteral("--alerts"), payloadPath(),
                      QStringLiteral("--dialect"),
                      dialect == TemplateDialect::Alertmanager ? QStringLiteral("alertmanager")
                                                               : QStringLiteral("dingtalk-bridge"),
                      QStringLiteral("--repeat"), QString::number(renders), QStringLiteral("--stats")});
        QVERIFY(oracle.waitForFinished(120000));
        const QString stats = QString::fromUtf8(oracle.readAllStandardError().trimmed());
        QCOMPARE(oracle.readAllStandardOutput().toStdString(), ours); // the same bytes, or the figures mean nothing
        // "Go oracle: parse 370 µs; 2000 renders in 2561.246 ms, 1280.6 µs per render, 5724 bytes"
        const QRegularExpression total(QStringLiteral("renders in ([0-9.]+) ms"));
        const auto match = total.match(stats);
        QVERIFY2(match.hasMatch(), qPrintable(stats));
        const double goMs = match.captured(1).toDouble() / renders;
        std::printf("%s: %zu bytes; ours %.4f ms, Go %.4f ms per render: %.2fx\n", qPrintable(file), ours.size(),
                    oursMs, goMs, goMs / oursMs);
        std::printf("FIGURE template.ours.%s %.4f ms\nFIGURE template.go.%s %.4f ms\n", qPrintable(key), oursMs,
                    qPrintable(key), goMs);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchTemplate)
#include "bench_template.moc"
