// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// AlertDesk's default templates: the copies the Go oracle renders (tests/data/templates/default-*.tmpl, in the
// corpus of tst_template_oracle, both dialects x every shipped payload) are these very bytes; over every payload they
// render, carry the ARMS keywords, stay within DingTalk's size and show on mobile; policies with empty templates
// send them.
#include "dingtalk/policymessage.h"
#include "lint/messagelint.h"
#include "templating/defaulttemplates.h"
#include "templating/gotemplate.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace alertdesk;

namespace {

QString dataFile(const QString& name)
{
    QFile file(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing %1>").arg(name);
    return QString::fromUtf8(file.readAll());
}

QStringList payloadFiles()
{
    const QDir dir(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/../../resources/payloads"));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDefaultTemplates : public QObject {
    Q_OBJECT

private slots:
    void theOracleRendersTheseBytes()
    {
        QCOMPARE(defaultTitleTemplate(MessageType::Markdown), dataFile(QStringLiteral("default-title.tmpl")));
        QCOMPARE(defaultTextTemplate(MessageType::Markdown), dataFile(QStringLiteral("default-markdown-text.tmpl")));
        QCOMPARE(defaultTextTemplate(MessageType::ActionCard), defaultTextTemplate(MessageType::Markdown));
        QCOMPARE(defaultTextTemplate(MessageType::Text), dataFile(QStringLiteral("default-plain-text.tmpl")));
        const QString manifest = dataFile(QStringLiteral("MANIFEST"));
        for (const char* entry :
             {"default-title.tmpl both", "default-markdown-text.tmpl both", "default-plain-text.tmpl both"})
            QVERIFY2(manifest.contains(QLatin1String(entry)), entry);
    }

    void emptyTemplatesBecomeTheDefaults()
    {
        NotificationPolicy policy;
        policy.message.type = MessageType::Text;
        policy.message.dialect = TemplateDialect::Alertmanager;
        MessageSettings effective = effectiveMessageSettings(policy);
        QCOMPARE(effective.titleTemplate, defaultTitleTemplate(MessageType::Text));
        QCOMPARE(effective.textTemplate, defaultTextTemplate(MessageType::Text));
        QCOMPARE(effective.dialect, defaultTemplateDialect);
        QCOMPARE(effective.type, MessageType::Text);

        // A policy's own template stays, in its own dialect; only the empty one is filled in.
        policy.message.textTemplate = QStringLiteral("{{ .Status | toUpper }}");
        effective = effectiveMessageSettings(policy);
        QCOMPARE(effective.textTemplate, policy.message.textTemplate);
        QCOMPARE(effective.titleTemplate, defaultTitleTemplate(MessageType::Text));
        QCOMPARE(effective.dialect, TemplateDialect::Alertmanager);
    }

    void renderOverEveryPayload_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("dialect");
        for (const QString& file : payloadFiles())
            for (MessageType type : {MessageType::Markdown, MessageType::Text, MessageType::ActionCard})
                for (TemplateDialect dialect : {TemplateDialect::DingTalkBridge, TemplateDialect::Alertmanager})
                    QTest::addRow("%s/%d/%d", qPrintable(QFileInfo(file).fileName()), int(type), int(dialect))
                        << file << int(type) << int(dialect);
    }

    void renderOverEveryPayload()
    {
        QFETCH(QString, payload);
        QFETCH(int, type);
        QFETCH(int, dialect);
        NotificationPolicy policy;
        policy.message.type = MessageType(type);
        // Beside a policy's own title, the default text runs in the policy's dialect: both must work.
        policy.message.titleTemplate = QStringLiteral("Alarm {{ .Status }}");
        policy.message.dialect = TemplateDialect(dialect);
        const QByteArray json = readAll(payload);
        auto message = renderPolicyMessage(policy, json, {}, {});
        QVERIFY2(message.ok(), message.ok() ? "" : qPrintable(message.error().message));

        policy.message.titleTemplate.clear();
        message = renderPolicyMessage(policy, json, {}, {});
        QVERIFY2(message.ok(), message.ok() ? "" : qPrintable(message.error().message));
        const QString text = message->text();
        const QString checked = message->textForKeywordCheck();
        // The keyword presets (arms, arms-api, generic) are in the body itself, as dingtalk.md advises.
        for (const char* keyword : {"Alarm", "Dispatch", "告警", "alert"})
            QVERIFY2(text.contains(QString::fromUtf8(keyword)), keyword);
        QCOMPARE(MessageLint::checkKeywords(*message, armsKeywords()).first().kind, LintFinding::Kind::KeywordPresent);
        QVERIFY(checked.contains(QStringLiteral("Alarm")));
        QCOMPARE(MessageLint::checkSize(*message).first().kind, LintFinding::Kind::BodySize); // well under 20000
        if (MessageType(type) != MessageType::Text) {
            QVERIFY(message->title().startsWith(QStringLiteral("[Alarm 告警] ")));
            const QList<LintFinding> markdown = MessageLint::checkMarkdown(*message);
            QVERIFY2(markdown.isEmpty(), qPrintable(markdown.isEmpty() ? QString() : markdown.first().message));
            QVERIFY(!text.contains(QStringLiteral("\n\n\n")));
        }
        for (const QString& line : text.split(QLatin1Char('\n')))
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }

    void showsWhatAnOperatorNeeds()
    {
        NotificationPolicy policy;
        const QByteArray json = readAll(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/../../resources/payloads/"
                                                                               "mixed-several.json"));
        auto message = renderPolicyMessage(policy, json, {}, {});
        QVERIFY(message.ok());
        QCOMPARE(message->title(), QStringLiteral("[Alarm 告警] FIRING 3: KubePodCrashLooping"));
        const QString text = message->text();
        QVERIFY2(text.startsWith(QStringLiteral("### [Alarm 告警] FIRING: KubePodCrashLooping\n\n**Dispatch** from "
                                                "AlertDesk · alerts: 3 firing, 1 resolved · receiver dingtalk-k8s\n\n"
                                                "#### 1. FIRING: KubePodCrashLooping\n\n- **Severity:** warning\n")),
                 qPrintable(text));
        for (const char* part :
             {"#### 3. RESOLVED: KubePodCrashLooping", "- **Summary:** Pod payments/ledger-5c4b3a2d1-9zz8y is crash",
              "- **Description:** Container checkout restarted 7 times", "- **Labels:** cluster=prod-sh, container=",
              "- **Starts at:** 2024-03-18 17:05:00 +08:00", "- **Ends at:** 2024-03-18 09:10:45 +00:00",
              "- [Open in Prometheus](http://prometheus.example.internal:9090/graph?",
              "[Open Alertmanager](http://alertmanager.example.internal:9093)"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);

        // The plain-text default: lines, no markdown.
        policy.message.type = MessageType::Text;
        message = renderPolicyMessage(policy, json, {}, {});
        QVERIFY(message.ok());
        QVERIFY(message->text().contains(QStringLiteral("\n3. RESOLVED: KubePodCrashLooping\nSeverity: warning\n")));
        QVERIFY(!message->text().contains(QStringLiteral("**")));
    }

    void twentyAlertsFitDingTalksLimit()
    {
        NotificationPolicy policy;
        const QByteArray json = readAll(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/../../resources/payloads/"
                                                                               "twenty-alerts.json"));
        auto message = renderPolicyMessage(policy, json, {}, {});
        QVERIFY(message.ok());
        QVERIFY(message->text().contains(QStringLiteral("#### 20. ")));
        QVERIFY(message->toJson().size() < MessageLint::nearLimitBytes);
    }
};

QTEST_GUILESS_MAIN(TestDefaultTemplates)
#include "tst_defaulttemplates.moc"
