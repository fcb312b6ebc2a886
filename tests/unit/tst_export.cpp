// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The export's writers and mapping (docs/export.md): matcher quoting, names, windows, receivers and targets, secrets
// modes, the bundle, determinism, atomic writing, and that the bridge templates render what the preview shows.
#include "../integration/tst_exportfixtures.h"

#include "dingtalk/policymessage.h"
#include "domain/domainjson.h"
#include "export/bridgecheck.h"
#include "export/bridgewriter.h"
#include "export/bundlewriter.h"
#include "export/exportdirectory.h"
#include "export/exportnames.h"
#include "export/exportplan.h"
#include "export/linediff.h"
#include "export/matcherformat.h"
#include "export/secretmask.h"
#include "export/workspacesnapshot.h"
#include "templating/defaulttemplates.h"
#include "templating/gotemplate.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

namespace {

QString fileText(const ExportResult& result, const QString& path)
{
    const ExportFile* file = result.file(path);
    return file ? QString::fromUtf8(file->bytes) : QString();
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void quoteMeta_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << u8("abc 告警") << u8("abc 告警");
        QTest::addRow("all metacharacters")
            << u8("\\.+*?()|[]{}^$") << u8("\\\\\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$");
        QTest::addRow("not special in Go") << u8("-,\"'#&~") << u8("-,\"'#&~");
    }
    void quoteMeta()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(matcherformat::quoteMeta(text), quoted);
    }

    void matcher_data()
    {
        QTest::addColumn<MatchCondition>("condition");
        QTest::addColumn<QString>("matcher");
        QTest::addRow("eq") << condition(u8("a"), MatchOperator::Eq, {u8("v")}) << u8("a=\"v\"");
        QTest::addRow("neq quotes") << condition(u8("a"), MatchOperator::Neq, {u8("say \"hi\"")})
                                    << u8("a!=\"say \\\"hi\\\"\"");
        QTest::addRow("re backslash") << condition(u8("a"), MatchOperator::Re, {u8("\\d+")}) << u8("a=~\"\\\\d+\"");
        QTest::addRow("nre newline") << condition(u8("a"), MatchOperator::Nre, {u8("x\ny")}) << u8("a!~\"x\\ny\"");
        QTest::addRow("in quoted") << condition(u8("a"), MatchOperator::In, {u8("a.b"), u8("c|d")})
                                   << u8("a=~\"(a\\\\.b|c\\\\|d)\"");
        QTest::addRow("nin one") << condition(u8("a"), MatchOperator::Nin, {u8("x")}) << u8("a!~\"(x)\"");
        QTest::addRow("chinese") << condition(u8("team"), MatchOperator::Eq, {u8("数据库")}) << u8("team=\"数据库\"");
    }
    void matcher()
    {
        QFETCH(MatchCondition, condition);
        QFETCH(QString, matcher);
        QCOMPARE(matcherformat::matcher(condition), matcher);
    }

    void names()
    {
        QCOMPARE(exportnames::asciiSlug(u8("  Kafka critical / 生产 ")), u8("kafka-critical"));
        QCOMPARE(exportnames::asciiSlug(u8("数据库")), QString());
        const QList<std::pair<QString, QString>> records = {{u8("u1"), u8("数据库")},
                                                            {u8("u2"), u8("3rd")},
                                                            {u8("u3"), u8("Ops")},
                                                            {u8("u4"), u8("ops!")},
                                                            {u8("u5"), u8("web")}};
        const auto slugs = exportnames::uniqueSlugs(records, u8("robot"));
        QCOMPARE(slugs.value(u8("u1")), u8("robot-") + exportnames::shortHash(u8("u1")));
        QCOMPARE(slugs.value(u8("u2")), u8("robot-3rd"));
        QCOMPARE(slugs.value(u8("u3")), u8("ops-") + exportnames::shortHash(u8("u3")));
        QCOMPARE(slugs.value(u8("u4")), u8("ops-") + exportnames::shortHash(u8("u4")));
        QCOMPARE(slugs.value(u8("u5")), u8("web"));
        const QRegularExpression targetName(u8("^[a-zA-Z][a-zA-Z0-9_-]*$"));
        for (const QString& slug : slugs)
            QVERIFY2(targetName.match(slug).hasMatch(), qPrintable(slug));
        QCOMPARE(exportnames::environmentVariable(u8("robot-3rd"), u8("TOKEN")), u8("ALERTDESK_ROBOT_3RD_TOKEN"));
    }

    void emptyWorkspace()
    {
        TempWorkspace ws;
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        const QString yml = fileText(result.value(), u8("alertmanager.yml"));
        QVERIFY(yml.contains(u8("receiver: alertdesk-blackhole")));
        QVERIFY(!yml.contains(u8("routes:")));
        QCOMPARE(result->policies, 0);
        QVERIFY(result->file(u8("dingtalk/config.yml")));
    }

    void windows()
    {
        TempWorkspace ws;
        fillWindows(ws);
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        const QString yml = fileText(result.value(), u8("alertmanager.yml"));
        // Friday..Sunday 22:30-06:15: the evenings, then the mornings after (Saturday..Monday).
        QVERIFY2(yml.contains(u8("  - name: alertdesk-night-shift-window\n"
                                 "    time_intervals:\n"
                                 "      - weekdays: [friday, saturday, sunday]\n"
                                 "        times:\n"
                                 "          - start_time: \"22:30\"\n"
                                 "            end_time: \"24:00\"\n"
                                 "        location: Asia/Shanghai\n"
                                 "      - weekdays: [monday, saturday, sunday]\n"
                                 "        times:\n"
                                 "          - start_time: \"00:00\"\n"
                                 "            end_time: \"06:15\"\n")),
                 qPrintable(yml));
        // Ending at midnight: one range up to 24:00, nothing the day after.
        QVERIFY(yml.contains(u8("  - name: alertdesk-evening-window\n"
                                "    time_intervals:\n"
                                "      - weekdays: [monday]\n"
                                "        times:\n"
                                "          - start_time: \"18:00\"\n"
                                "            end_time: \"24:00\"\n"
                                "        location: Europe/Berlin\n"
                                "  - name")));
        QVERIFY(yml.contains(u8("active_time_intervals: [alertdesk-office-hours-window]")));
    }

    void mapping()
    {
        TempWorkspace ws;
        fillMixed(ws);
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        const QString yml = fileText(result.value(), u8("alertmanager.yml"));
        QVERIFY(!yml.contains(u8("disabled")));
        QCOMPARE(result->policiesWithoutRobots, QStringList{u8("nobody reached")});
        QCOMPARE(result->policies, 3);
        QVERIFY2(yml.contains(u8("    - receiver: alertdesk-blackhole  # policy \"several robots\"\n"
                                 "      continue: true\n"
                                 "      routes:\n"
                                 "        - receiver: alertdesk-several-robots\n"
                                 "          matchers:\n"
                                 "            - 'severity=\"critical\"'\n"
                                 "          group_by: [alertname, team]\n"
                                 "          group_wait: 10s\n"
                                 "          group_interval: 90s\n"
                                 "          repeat_interval: 12h\n"
                                 "          continue: false\n"
                                 "        - receiver: alertdesk-several-robots\n"
                                 "          matchers:\n"
                                 "            - 'team=\"db\"'\n"
                                 "            - 'env!=\"dev\"'\n")),
                 qPrintable(yml));
        // One webhook per robot reached (group members, a contact again, a robot directly), deduplicated.
        QVERIFY2(yml.contains(u8("  - name: alertdesk-several-robots\n"
                                 "    webhook_configs:\n"
                                 "      - url: http://127.0.0.1:8060/dingtalk/several-robots_robot-3rd-robot/send\n"
                                 "        send_resolved: false\n"
                                 "      - url: http://127.0.0.1:8060/dingtalk/several-robots_keyword-robot/send\n"
                                 "        send_resolved: false\n"
                                 "      - url: http://127.0.0.1:8060/dingtalk/several-robots_signing-robot/send\n"
                                 "        send_resolved: false\n")),
                 qPrintable(yml));
        QVERIFY(yml.contains(u8("  - name: alertdesk-nobody-reached\n  - name")));

        const QString bridge = fileText(result.value(), u8("dingtalk/config.yml"));
        QVERIFY2(bridge.contains(u8("  several-robots_signing-robot:\n"
                                    "    url: https://oapi.dingtalk.com/robot/send?access_token=${"
                                    "ALERTDESK_SIGNING_ROBOT_TOKEN}\n"
                                    "    secret: ${ALERTDESK_SIGNING_ROBOT_SECRET}\n"
                                    "    mention:\n"
                                    "      mobiles: [\"13900000001\", \"13900000002\"]\n"
                                    "    message:\n"
                                    "      title: '{{ template \"alertdesk.several-robots.title\" . }}'\n"
                                    "      text: '{{ template \"alertdesk.several-robots.text\" . }}'\n")),
                 qPrintable(bridge));
        QVERIFY(bridge.contains(u8("  everything_keyword-robot:\n"
                                   "    url: https://oapi.dingtalk.com/robot/send?access_token=${"
                                   "ALERTDESK_KEYWORD_ROBOT_TOKEN}\n"
                                   "    message:\n")));
        // By absolute path (the bridge resolves templates from its working directory), without its built-in set.
        QVERIFY(bridge.contains(u8("no_builtin_template: true\ntemplates:\n  - "
                                   "/etc/prometheus-webhook-dingtalk/templates/alertdesk.tmpl\n")));
        const QString env = fileText(result.value(), u8("secrets.env.example"));
        for (const char* variable : {"ALERTDESK_SIGNING_ROBOT_TOKEN=\n", "ALERTDESK_SIGNING_ROBOT_SECRET=\n",
                                     "ALERTDESK_KEYWORD_ROBOT_TOKEN=\n", "ALERTDESK_ROBOT_3RD_ROBOT_TOKEN=\n"})
            QVERIFY2(env.contains(u8(variable)), variable);
        QVERIFY(!env.contains(u8("ALERTDESK_KEYWORD_ROBOT_SECRET")));
    }

    void chineseNamesGetStableAsciiNames()
    {
        TempWorkspace ws;
        fillChinese(ws);
        const auto first = exportOf(ws);
        QVERIFY(first.ok());
        const QString bridge = fileText(first.value(), u8("dingtalk/config.yml"));
        const QRegularExpression target(u8("^  ([^ ].*):$"), QRegularExpression::MultilineOption);
        int targets = 0;
        for (auto it = target.globalMatch(bridge); it.hasNext(); ++targets) {
            const QString name = it.next().captured(1);
            QVERIFY2(QRegularExpression(u8("^policy-[0-9a-f]{8}_robot-[0-9a-f]{8}$")).match(name).hasMatch(),
                     qPrintable(name));
        }
        QCOMPARE(targets, 3); // core: both robots (group), db: one
        QVERIFY(bridge.contains(u8("mobiles: [\"13800138000\", \"+852-12345678\"]")));
        QVERIFY(bridge.contains(u8("all: true")));
        QVERIFY(fileText(first.value(), u8("alertmanager.yml")).contains(u8("# policy \"核心服务告警\"")));
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("fixture");
        const QList<Fixture> fixtures = variedWorkspaces();
        for (int i = 0; i < fixtures.size(); ++i)
            QTest::addRow("%s", fixtures[i].name) << i;
    }
    void deterministic()
    {
        QFETCH(int, fixture);
        TempWorkspace ws;
        variedWorkspaces()[fixture].fill(ws);
        ExportOptions options;
        options.bundleWithSecrets = true;
        const auto first = exportOf(ws, options);
        const auto second = exportOf(ws, options);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->files.size(), second->files.size());
        for (qsizetype i = 0; i < first->files.size(); ++i) {
            QCOMPARE(first->files[i].path, second->files[i].path);
            QCOMPARE(first->files[i].bytes, second->files[i].bytes);
        }
    }

    void placeholdersHoldNoSecret()
    {
        TempWorkspace ws;
        fillMixed(ws);
        fillChinese(ws);
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
        const QHash<QString, QString> secrets = ws.secrets().contents();
        QVERIFY(secrets.size() >= 7);
        int files = 0;
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); ++files) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString& secret : secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::ReadOther);
        }
        QCOMPARE(files, 5);
        const QJsonObject bundle = QJsonDocument::fromJson(result->file(u8("alertdesk-bundle.json"))->bytes).object();
        QCOMPARE(bundle.value(u8("withSecrets")), QJsonValue(false));
        QVERIFY(!bundle.contains(u8("secrets")));
        QVERIFY(!bundle.contains(u8("warning")));
    }

    void inlineSecretsAreOwnerOnly()
    {
        TempWorkspace ws;
        fillMixed(ws);
        ExportOptions options;
        options.secrets = ExportOptions::SecretsMode::Inline;
        options.bundleWithSecrets = true;
        const auto result = exportOf(ws, options);
        QVERIFY(result.ok());
        QVERIFY(!result->file(u8("secrets.env.example")));
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
        const auto permissions = [&](const char* path) {
            return QFile(dir.filePath(u8(path))).permissions() &
                   ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser); // the owner's bits, as Qt doubles them
        };
        const QFileDevice::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        QCOMPARE(permissions("dingtalk/config.yml"), ownerOnly);
        QCOMPARE(permissions("alertdesk-bundle.json"), ownerOnly);
        QCOMPARE(permissions("alertmanager.yml"), ownerOnly | QFile::ReadGroup | QFile::ReadOther);
        const QString bridge = fileText(result.value(), u8("dingtalk/config.yml"));
        QVERIFY(bridge.contains(u8("access_token=tok-signing-1\n    secret: SEC") + QString(64, QLatin1Char('b'))));
        QVERIFY(!bridge.contains(u8("${")));

        const QByteArray bundleBytes = result->file(u8("alertdesk-bundle.json"))->bytes;
        QVERIFY(bundleBytes.startsWith("{\n    \"warning\": \"This file contains DingTalk access tokens and signing "
                                       "secrets.\",\n    \"format\": \"alertdesk-bundle\","));
        const QJsonObject bundle = QJsonDocument::fromJson(bundleBytes).object();
        QCOMPARE(bundle.value(u8("withSecrets")), QJsonValue(true));
        const QJsonObject secrets = bundle.value(u8("secrets")).toObject();
        QCOMPARE(secrets.size(), 3);
        const Robot signing = ws->robots().findByName(u8("signing robot")).value();
        QCOMPARE(secrets.value(signing.uuid).toObject().value(u8("accessToken")).toString(), u8("tok-signing-1"));
        QVERIFY(secrets.value(signing.uuid).toObject().value(u8("signSecret")).toString().startsWith(u8("SEC")));
    }

    void bundle()
    {
        TempWorkspace ws;
        fillMixed(ws);
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        const QByteArray bytes = result->file(u8("alertdesk-bundle.json"))->bytes;
        QVERIFY(bytes.startsWith("{\n    \"format\": \"alertdesk-bundle\",\n    \"version\": 1,\n    \"withSecrets\": "
                                 "false,\n    \"robots\": ["));
        QJsonParseError error;
        const QJsonObject bundle = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto names = [&](const char* key) {
            QStringList list;
            for (const QJsonValue& value : bundle.value(u8(key)).toArray())
                list.append(value.toObject().value(u8("name")).toString());
            return list;
        };
        QCOMPARE(names("robots"), (QStringList{u8("3rd robot"), u8("keyword robot"), u8("signing robot")}));
        QCOMPARE(names("contacts"), (QStringList{u8("Alice"), u8("Bob"), u8("No Robot")}));
        QCOMPARE(names("groups"), QStringList{u8("team")});
        QCOMPARE(names("policies"),
                 (QStringList{u8("disabled one"), u8("everything"), u8("nobody reached"), u8("several robots")}));
        const Robot robot = ws->robots().findByName(u8("keyword robot")).value();
        QCOMPARE(bundle.value(u8("robots")).toArray().at(1).toObject(), toJson(robot));
    }

    void onlyOneStep()
    {
        TempWorkspace ws;
        fillMixed(ws);
        ExportOptions options;
        options.parts = ExportOptions::Bundle;
        const auto bundleOnly = exportOf(ws, options);
        QVERIFY(bundleOnly.ok());
        QCOMPARE(bundleOnly->files.size(), 1);
        options.parts = ExportOptions::Alertmanager;
        const auto alertmanagerOnly = exportOf(ws, options);
        QVERIFY(alertmanagerOnly.ok());
        QCOMPARE(alertmanagerOnly->files.size(), 1);
        QCOMPARE(alertmanagerOnly->files[0].path, u8("alertmanager.yml"));
        options.bridgeUrl = QUrl(u8("ftp://x"));
        const auto bad = exportOf(ws, options);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, u8("bridge-url"));
    }

    void urlFilesForNewerAlertmanager()
    {
        TempWorkspace ws;
        fillMixed(ws);
        ExportOptions options;
        options.alertmanagerVersion = ExportOptions::AlertmanagerVersion::V0_26;
        options.bridgeUrl = QUrl(u8("http://am:pw@127.0.0.1:8060"));
        const auto result = exportOf(ws, options);
        QVERIFY(result.ok());
        const QString yml = fileText(result.value(), u8("alertmanager.yml"));
        QVERIFY(yml.contains(u8("      - url_file: webhook-urls/everything_keyword-robot.url\n")));
        QVERIFY(!yml.contains(u8("pw")));
        QCOMPARE(fileText(result.value(), u8("webhook-urls/everything_keyword-robot.url")),
                 u8("http://am:${ALERTDESK_BRIDGE_PASSWORD}@127.0.0.1:8060/dingtalk/everything_keyword-robot/send\n"));
        QVERIFY(fileText(result.value(), u8("secrets.env.example")).contains(u8("ALERTDESK_BRIDGE_PASSWORD=\n")));
        // Without a password in the bridge URL there is nothing secret: plain URLs, as for 0.25.
        options.bridgeUrl = ExportOptions::defaultBridgeUrl();
        const auto plain = exportOf(ws, options);
        QVERIFY(fileText(plain.value(), u8("alertmanager.yml")).contains(u8("      - url: http://127.0.0.1:8060/")));
    }

    // The bridge renders message.title/text = {{ template "<define>" . }} over alertdesk.tmpl: with AlertDesk's
    // engine in the bridge dialect that must give exactly what renderPolicyMessage (the preview pane) gives.
    void bridgeTemplatesRenderThePreview()
    {
        TempWorkspace ws;
        fillMixed(ws);
        fillChinese(ws);
        const Robot robot = ws->robots().findByName(u8("keyword robot")).value();
        NotificationPolicy custom = policy(u8("custom templates"), {}, {robotRecipient(robot)});
        custom.message.titleTemplate = u8("{{ .CommonLabels.alertname }} {{ .Status | upper }}");
        custom.message.textTemplate =
            u8("{{ range .Alerts }}- {{ .Labels.severity | default \"none\" }} {{ (.StartsAt.Add 28800e9).Format "
               "\"2006-01-02 15:04:05\" }}\n{{ end }}Alarm Dispatch");
        custom.mention = Mention::Recipients;
        addPolicy(ws, custom);
        NotificationPolicy titleOnlyDefault = policy(u8("default title"), {}, {robotRecipient(robot)});
        titleOnlyDefault.message.textTemplate = u8("only {{ len .Alerts }} alert(s)");
        addPolicy(ws, titleOnlyDefault);

        auto snapshot = WorkspaceSnapshot::read(ws.workspace());
        QVERIFY(snapshot.ok());
        const ExportPlan plan = ExportPlan::make(snapshot.value());
        const QByteArray tmpl = BridgeWriter::templates(plan);
        const auto compiled =
            CompiledTemplate::compileUtf8("alertdesk.tmpl", tmpl.toStdString(), TemplateDialect::DingTalkBridge);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
        const QByteArray payload = builtInTestPayload(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        const auto data = TemplateData::fromWebhookJson(payload, TemplateDialect::DingTalkBridge);
        QVERIFY(data.ok());
        QVERIFY(plan.policies.size() >= 6);
        for (const ExportedPolicy& exported : plan.policies) {
            const auto title = compiled.value()->render(data.value(), exported.titleDefine());
            const auto text = compiled.value()->render(data.value(), exported.textDefine());
            QVERIFY2(title.ok() && text.ok(), qPrintable(exported.policy->name));
            NotificationPolicy previewed = *exported.policy;
            previewed.message = effectiveMessageSettings(*exported.policy);
            DingTalkMessage::At at;
            at.isAtAll = previewed.mention == Mention::All;
            if (previewed.mention == Mention::Recipients)
                at.atMobiles = exported.mobiles;
            const auto preview = renderPolicyMessage(previewed, payload, at, {});
            QVERIFY(preview.ok());
            QCOMPARE(title.value(), preview->title());
            QCOMPARE(text.value(), preview->text());
        }
    }

    // The bridge's set is its own: a policy in the alertmanager dialect that uses a function the bridge lacks, or one
    // the bridge renders otherwise, is refused by name (the bridge would not start, or send something else).
    void alertmanagerDialectIsRefusedWhereTheBridgeDiffers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        QTest::addRow("missing function")
            << u8("{{ reReplaceAll \"a\" \"b\" .Status }}") << u8("function \"reReplaceAll\" not defined");
        QTest::addRow("stringSlice") << u8("{{ stringSlice \"a\" | join \",\" }}")
                                     << u8("function \"stringSlice\" not defined");
        QTest::addRow("title differs") << u8("{{ \"hELLO\" | title }} Alarm")
                                       << u8("renders its text template otherwise");
    }

    void alertmanagerDialectIsRefusedWhereTheBridgeDiffers()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        TempWorkspace ws;
        const Robot robot = addRobot(ws, u8("ops"), u8("token0001"));
        NotificationPolicy am = policy(u8("am style"), {}, {robotRecipient(robot)});
        am.message.dialect = TemplateDialect::Alertmanager;
        am.message.textTemplate = text;
        NotificationPolicy saved = addPolicy(ws, am); // its own dialect parses it: saving is fine
        const auto result = exportOf(ws);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u8("\"am style\"")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(said), qPrintable(result.error().message));
        QCOMPARE(result.error().field, u8("bridge"));

        // The same dialect with functions both servers have alike exports.
        saved.message.textTemplate = u8("{{ .Status | toUpper }} Alarm");
        QVERIFY(ws->policies().update(saved).ok());
        QVERIFY(exportOf(ws).ok());
    }

    // A policy's own {{ define }}s are hoisted to the top level of the bridge's file (nested they would not parse),
    // written once when two policies share one word for word, and refused when two differ.
    void policyDefinesAreHoisted()
    {
        TempWorkspace ws;
        const Robot robot = addRobot(ws, u8("ops"), u8("token0001"));
        const QString rows = u8("{{- define \"row\" -}}\n- {{ .Labels.alertname }}\n{{- end -}}\n"
                                "Alarm {{ range .Alerts }}{{ template \"row\" . }}{{ end }}\n"
                                "{{ define \"unused\" }}x{{ end }}tail");
        NotificationPolicy first = policy(u8("first"), {}, {robotRecipient(robot)});
        first.message.textTemplate = rows;
        addPolicy(ws, first);
        NotificationPolicy second = policy(u8("second"), {}, {robotRecipient(robot)});
        second.message.textTemplate = rows;
        second.message.titleTemplate = u8("{{ define \"row\" -}}\n- {{ .Labels.alertname }}\n{{- end }}Alarm");
        NotificationPolicy added = addPolicy(ws, second);
        auto result = exportOf(ws);
        QVERIFY2(!result.ok(), "the title's \"row\" differs from the text's");
        QVERIFY2(result.error().message.contains(u8("\"row\"")), qPrintable(result.error().message));

        added.message.titleTemplate.clear();
        QVERIFY(ws->policies().update(added).ok());
        result = exportOf(ws);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QString file = fileText(result.value(), BridgeWriter::templatesPath());
        QCOMPARE(file.count(u8("{{- define \"row\" -}}")), 1);
        QVERIFY(!file.contains(u8("{{ define \"alertdesk.first.text\" }}{{- define")));
        for (const BridgeTargetCheck& check : result->bridgeChecks)
            QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(result->bridgeChecks.size(), 2);

        // What the bridge's set renders is what the preview renders (the hoisted rest keeps trims and lines).
        const auto compiled =
            CompiledTemplate::compileUtf8("alertdesk.tmpl", file.toStdString(), TemplateDialect::DingTalkBridge);
        QVERIFY(compiled.ok());
        const QByteArray payload = builtInTestPayload(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        const auto data = TemplateData::fromWebhookJson(payload, TemplateDialect::DingTalkBridge);
        const auto exported = compiled.value()->render(data.value(), u8("alertdesk.first.text"));
        QVERIFY(exported.ok());
        QCOMPARE(exported.value(), u8("Alarm - AlertDeskTest\ntail"));
        QCOMPARE(exported.value(), renderPolicyMessage(first, payload, {}, {})->text());

        // "alertdesk." names are the export's own: refused when the policy is saved.
        NotificationPolicy taken = policy(u8("taken"), {}, {robotRecipient(robot)});
        taken.message.textTemplate = u8("{{ define \"alertdesk.first.text\" }}x{{ end }}Alarm");
        const auto refused = ws->policies().add(taken);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u8("alertdesk.")), qPrintable(refused.error().message));
    }

    // One mention rule: a text ending in "-}}" keeps the blank line before the appended mentions on the bridge as in
    // the preview; a mention written only in a branch is not appended, in both, so a resolved group lacks it in both.
    void mentionsFollowOneRule()
    {
        TempWorkspace ws;
        const Robot robot = addRobot(ws, u8("ops"), u8("token0001"));
        const Contact li = addContact(ws, u8("Li"), u8("13800138000"), robot.uuid);
        NotificationPolicy trimmed = policy(u8("trimmed"), {}, {{Recipient::Kind::Contact, li.uuid}});
        trimmed.mention = Mention::Recipients;
        trimmed.message.textTemplate = u8("Alarm {{ .Status -}}\n");
        addPolicy(ws, trimmed);
        NotificationPolicy branch = policy(u8("branch"), {}, {{Recipient::Kind::Contact, li.uuid}});
        branch.mention = Mention::Recipients;
        branch.message.textTemplate = u8("Alarm{{ if eq .Status \"firing\" }} @13800138000{{ end }}");
        addPolicy(ws, branch);
        const auto result = exportOf(ws);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto compiled = CompiledTemplate::compileUtf8(
            "alertdesk.tmpl", result->file(BridgeWriter::templatesPath())->bytes.toStdString(),
            TemplateDialect::DingTalkBridge);
        QVERIFY(compiled.ok());
        const DingTalkAt at{{u8("13800138000")}, {}, false};
        for (bool resolved : {false, true}) {
            const QByteArray payload = builtInTestPayload(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC), resolved);
            TemplateContext context;
            context.mentionMobiles = at.atMobiles;
            const auto data = TemplateData::fromWebhookJson(payload, context);
            const auto trimmedText = compiled.value()->render(data.value(), u8("alertdesk.trimmed.text"));
            QCOMPARE(trimmedText.value(),
                     resolved ? u8("Alarm resolved\n\n@13800138000") : u8("Alarm firing\n\n@13800138000"));
            QCOMPARE(trimmedText.value(), renderPolicyMessage(trimmed, payload, at, {})->text());
            const auto branchText = compiled.value()->render(data.value(), u8("alertdesk.branch.text"));
            QCOMPARE(branchText.value(), resolved ? u8("Alarm") : u8("Alarm @13800138000"));
            QCOMPARE(branchText.value(), renderPolicyMessage(branch, payload, at, {})->text());
        }
    }

    // config.yml names its templates by absolute path (--bridge-dir), so the bridge finds them from any working
    // directory; a relative folder is refused. A policy that fails on a sample alert is refused before writing.
    void bridgeFolderAndSampleFailures()
    {
        TempWorkspace ws;
        const Robot robot = addRobot(ws, u8("ops"), u8("token0001"));
        NotificationPolicy p = policy(u8("p"), {}, {robotRecipient(robot)});
        addPolicy(ws, p);
        ExportOptions options;
        options.bridgeDir = u8("/srv/dingtalk/");
        auto result = exportOf(ws, options);
        QVERIFY(result.ok());
        QVERIFY(fileText(result.value(), BridgeWriter::configPath())
                    .contains(u8("templates:\n  - /srv/dingtalk/templates/alertdesk.tmpl\n")));
        options.bridgeDir = u8("dingtalk");
        result = exportOf(ws, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, u8("bridge-dir"));

        NotificationPolicy failing = policy(u8("failing"), {}, {robotRecipient(robot)});
        failing.message.textTemplate = u8("Alarm {{ index .Alerts 3 }}");
        addPolicy(ws, failing);
        result = exportOf(ws);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u8("\"failing\"")) &&
                     result.error().message.contains(u8("index out of range")),
                 qPrintable(result.error().message));
    }

    void failedWriteLeavesNothing()
    {
        TempWorkspace ws;
        fillMixed(ws);
        const auto result = exportOf(ws);
        QVERIFY(result.ok());
        QTemporaryDir dir;
        // The template file's place is taken by a directory: the last-but-one file cannot be written.
        QVERIFY(QDir(dir.path()).mkpath(u8("out/dingtalk/templates/alertdesk.tmpl")));
        const QString out = dir.filePath(u8("out"));
        const Result<void> written = ExportDirectory(out).write(result->files);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u8("alertdesk.tmpl")));
        QStringList left;
        for (QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            left.append(it.next());
        QCOMPARE(left, QStringList());

        // A directory that cannot be created: nothing is left either.
        QFile blocker(dir.filePath(u8("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!ExportDirectory(dir.filePath(u8("blocker/sub"))).write(result->files).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(u8("blocker/sub"))));
    }

    void lineDiffKeepsOrder()
    {
        using K = DiffLine::Kind;
        const QList<DiffLine> diff = lineDiff(u8("a\nb\nc\nd\n"), u8("a\nc\nx\nd\ne\n"));
        const QList<DiffLine> expected = {{K::Same, u8("a")},  {K::Removed, u8("b")}, {K::Same, u8("c")},
                                          {K::Added, u8("x")}, {K::Same, u8("d")},    {K::Added, u8("e")}};
        QCOMPARE(diff, expected);
        QCOMPARE(lineDiff(QString(), u8("new\n")), (QList<DiffLine>{{K::Added, u8("new")}}));
    }

    void secretsAreMasked()
    {
        const QString text = u8("    url: https://oapi.dingtalk.com/robot/send?access_token=abc123\n"
                                "    secret: SECdeadbeef\n"
                                "    url: https://oapi.dingtalk.com/robot/send?access_token=${ALERTDESK_X_TOKEN}\n"
                                "    secret: ${ALERTDESK_X_SECRET}\n"
                                "          password: hunter2\n"
                                "http://am:pa55@bridge:8060/dingtalk/x/send\n"
                                "    \"accessToken\": \"t0k\\\"3n\",\n    \"signSecret\": \"SECx\"\n");
        const QString masked = maskSecrets(text);
        for (const char* secret : {"abc123", "SECdeadbeef", "hunter2", "pa55", "t0k", "3n", "SECx"})
            QVERIFY2(!masked.contains(u8(secret)), qPrintable(masked));
        QVERIFY(masked.contains(u8("access_token=${ALERTDESK_X_TOKEN}")));
        QVERIFY(masked.contains(u8("secret: ${ALERTDESK_X_SECRET}")));
        QVERIFY(masked.contains(u8("http://am:••••••@bridge")));
    }

    void newDirectoriesAreRemovedOnFailure()
    {
        QTemporaryDir dir;
        const QList<ExportFile> files = {{u8("a/b/one.txt"), "1", false}, {u8("a/b/one.txt/x"), "2", false}};
        QVERIFY(!ExportDirectory(dir.filePath(u8("new"))).write(files).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(u8("new"))));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
