// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Reading an existing Alertmanager + DingTalk bridge setup into an import plan: what becomes robots and policies,
// what is reported, and which inputs are refused with the file and line.
#include "domain/policytext.h"
#include "export/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;

namespace {

QString data(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEST_DATA_DIR "/import/") + name;
}

[[maybe_unused]] const NotificationPolicy* policyNamed(const ImportPlan& plan, const QString& name)
{
    for (const NotificationPolicy& policy : plan.policies) {
        if (policy.name == name)
            return &policy;
    }
    return nullptr;
}

[[maybe_unused]] const ImportPlan::PlannedRobot* robotNamed(const ImportPlan& plan, const QString& name)
{
    for (const auto& planned : plan.robots) {
        if (planned.robot.name == name)
            return &planned;
    }
    return nullptr;
}

QString rulesText(const NotificationPolicy& policy)
{
    QStringList rules;
    for (const MatchRule& rule : policy.rules)
        rules.append(formatMatchRule(rule));
    return rules.join(QStringLiteral(" | "));
}

[[maybe_unused]] QString reportMentioning(const ImportPlan& plan, const QString& text)
{
    for (const ImportNote& note : plan.report.notes()) {
        if (note.text().contains(text))
            return note.text();
    }
    return {};
}

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

} // namespace

class TestImportAlertmanager : public QObject {
    Q_OBJECT

private slots:
    void armsSetupBecomesRobotsAndPolicies()
    {
        auto read = Importer::readAlertmanager(data(QStringLiteral("arms/alertmanager.yml")),
                                               data(QStringLiteral("arms/config.yml")));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const ImportPlan& plan = read.value();

        // Robots: one per distinct webhook (ops_critical and ops_warning share one), tokens split off the URL.
        QCOMPARE(plan.robots.size(), 4);
        const auto* ops = robotNamed(plan, QStringLiteral("ops_critical"));
        QVERIFY(ops);
        QCOMPARE(ops->robot.endpoint, QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send")));
        QVERIFY(ops->robot.signing);
        QVERIFY(ops->secrets);
        QCOMPARE(ops->secrets->accessToken,
                 QStringLiteral("5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f"));
        QVERIFY(ops->secrets->signSecret.startsWith(QLatin1String("SEC8d4f")));
        QVERIFY(ops->source.contains(QLatin1String("ops_warning")));
        const auto* sre = robotNamed(plan, QStringLiteral("sre"));
        QVERIFY(sre && !sre->robot.signing && sre->secrets);
        QCOMPARE(sre->robot.keywords, armsKeywords()); // assumed, and reported
        const auto* frontend = robotNamed(plan, QStringLiteral("frontend"));
        QVERIFY(frontend && !frontend->secrets); // ${FRONTEND_TOKEN}
        QVERIFY(!frontend->robot.termsAcceptedAt.isValid());
        QVERIFY(plan.needsTermsAcceptance());

        QCOMPARE(plan.policies.size(), 5);
        const auto* critical = policyNamed(plan, QStringLiteral("生产-严重"));
        QVERIFY(critical);
        QCOMPARE(rulesText(*critical), QStringLiteral("severity=critical, cluster in prod-hz|prod-sh"));
        QCOMPARE(critical->groupBy, (QStringList{QStringLiteral("alertname"), QStringLiteral("cluster")}));
        QCOMPARE(critical->groupWait, std::chrono::seconds(10));
        QCOMPARE(critical->groupInterval, std::chrono::seconds(300)); // inherited from the root
        QCOMPARE(critical->repeatInterval, std::chrono::seconds(3600));
        QCOMPARE(critical->recipients.size(), 2);
        QCOMPARE(critical->mention, Mention::All);
        QVERIFY(critical->sendResolved);
        // The bridge's default_message resolved into templates that run on their own.
        QCOMPARE(critical->message.titleTemplate,
                 QStringLiteral("[Alarm {{ .Status | toUpper }}] {{ .CommonLabels.alertname }} 告警"));
        QVERIFY(critical->message.textTemplate.startsWith(QLatin1String("{{ define \"ops.title\" }}")));
        QVERIFY(critical->message.textTemplate.contains(QLatin1String("{{ define \"__ops_alert\" }}")));

        const auto* warning = policyNamed(plan, QStringLiteral("工作时间-警告"));
        QVERIFY(warning);
        QVERIFY(warning->window);
        QCOMPARE(formatNotificationWindow(*warning->window), QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai"));
        QVERIFY(!warning->sendResolved);
        QCOMPARE(warning->message.titleTemplate, QStringLiteral("[Dispatch] 警告: {{ .CommonLabels.alertname }}"));

        // match / match_re (deprecated) and a nested route: the parent's matchers and timing pass down.
        const auto* database = policyNamed(plan, QStringLiteral("database"));
        QVERIFY(database);
        QCOMPARE(rulesText(*database), QStringLiteral("team=db, service in mysql|redis"));
        const auto* oncall = policyNamed(plan, QStringLiteral("database-oncall"));
        QVERIFY(oncall);
        QCOMPARE(rulesText(*oncall), QStringLiteral("team=db, service in mysql|redis, severity in critical|page"));
        QCOMPARE(oncall->groupBy, (QStringList{QStringLiteral("alertname"), QStringLiteral("instance")}));
        // mention.mobiles: contacts standing for the mobiles, mentioned as recipients.
        QCOMPARE(oncall->mention, Mention::Recipients);
        QCOMPARE(plan.contacts.size(), 2);
        QCOMPARE(plan.contacts.at(1).phone, QStringLiteral("+86-13900139000"));

        // Everything that could not be mapped is in the report, with file and line.
        for (const QString& expected :
             {QStringLiteral("alertmanager.yml:75: inhibit_rules: Inhibit rules are not imported"),
              QStringLiteral("alertmanager.yml:34: route.routes[3]: The route sends to receiver \"managers-email\""),
              QStringLiteral("https://hooks.example.com/pager is not a DingTalk bridge target"),
              QStringLiteral("Mute time intervals (weekends) are not imported"),
              QStringLiteral("config.yml:31: targets.frontend: The template of target frontend is not imported"),
              QStringLiteral("robot \"frontend\" has no usable access token"),
              QStringLiteral("alertmanager.yml:25: route.routes[2]: In Alertmanager, alerts that also match")})
            QVERIFY2(!reportMentioning(plan, expected).isEmpty(), qPrintable(expected + u'\n' + plan.report.text()));
        // Secrets never reach the report.
        QVERIFY(!plan.report.text().contains(QLatin1String("5f3e8c1a")));
        QVERIFY(!plan.report.text().contains(QLatin1String("SEC8d4f")));
    }

    void withoutBridgeConfigRoutesAreReported()
    {
        auto plan = Importer::readAlertmanager(data(QStringLiteral("arms/alertmanager.yml")), QString());
        QVERIFY(plan.ok());
        QVERIFY(plan->robots.isEmpty());
        QVERIFY(plan->policies.isEmpty());
        QVERIFY(!reportMentioning(*plan, QStringLiteral("no bridge configuration was given")).isEmpty());
    }

    void refusedWithFileAndLine_data()
    {
        QTest::addColumn<QString>("alertmanager");
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("expected");
        const QString ops = QStringLiteral("broken/bridge-ops.yml");
        QTest::newRow("malformed YAML") << QStringLiteral("broken/malformed.yml") << ops
                                        << QStringLiteral("malformed.yml:6: This is not valid YAML");
        QTest::newRow("unknown key") << QStringLiteral("broken/unknown-key.yml") << ops
                                     << QStringLiteral("unknown-key.yml:6: route.routes[0].group_wiat: Unknown "
                                                       "setting \"group_wiat\"");
        QTest::newRow("dangling receiver")
            << QStringLiteral("broken/dangling-receiver.yml") << ops
            << QStringLiteral("dangling-receiver.yml:5: route.routes[0].receiver: The route sends to receiver "
                              "\"值班-oncall\", which is not defined under receivers.");
        QTest::newRow("missing bridge target")
            << QStringLiteral("broken/missing-target.yml") << ops
            << QStringLiteral("missing-target.yml:12: receivers[1].webhook_configs[0]: The webhook goes to bridge "
                              "target \"dba\", which the bridge configuration does not define.");
        QTest::newRow("bad matcher") << QStringLiteral("broken/bad-matcher.yml") << ops
                                     << QStringLiteral("bad-matcher.yml:7: route.routes[0].matchers[1]: \"team ~ db\" "
                                                       "is not a matcher");
        QTest::newRow("undefined time interval")
            << QStringLiteral("broken/undefined-interval.yml") << ops
            << QStringLiteral("undefined-interval.yml:5: route.routes[0].active_time_intervals: The route uses time "
                              "interval \"office-hours\"");
        QTest::newRow("bad duration") << QStringLiteral("broken/bad-duration.yml") << ops
                                      << QStringLiteral("bad-duration.yml:3: route.group_wait:");
        QTest::newRow("bridge unknown key")
            << QStringLiteral("arms/alertmanager.yml") << QStringLiteral("broken/bridge-unknown-key.yml")
            << QStringLiteral("bridge-unknown-key.yml:4: targets.ops.mentions: Unknown setting \"mentions\"");
        QTest::newRow("missing file") << QStringLiteral("broken/nonexistent.yml") << ops
                                      << QStringLiteral("Cannot read ");
    }

    void refusedWithFileAndLine()
    {
        QFETCH(QString, alertmanager);
        QFETCH(QString, bridge);
        QFETCH(QString, expected);
        auto plan = Importer::readAlertmanager(data(alertmanager), data(bridge));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(expected), qPrintable(plan.error().message));
    }

    void matchersInvertTheExportMapping_data()
    {
        QTest::addColumn<QString>("matchers");
        QTest::addColumn<QString>("rule");
        QTest::newRow("eq") << QStringLiteral("severity=\"critical\"") << QStringLiteral("severity=critical");
        QTest::newRow("bare value") << QStringLiteral("severity=critical") << QStringLiteral("severity=critical");
        QTest::newRow("neq") << QStringLiteral("env!=\"dev\"") << QStringLiteral("env!=dev");
        QTest::newRow("re") << QStringLiteral("alertname=~\"Disk.*\"") << QStringLiteral("alertname=~Disk.*");
        QTest::newRow("nre") << QStringLiteral("job!~\"node|blackbox.*\"") << QStringLiteral("job!~node|blackbox.*");
        QTest::newRow("in") << QStringLiteral("team=~\"(db|web)\"") << QStringLiteral("team in db|web");
        QTest::newRow("in, quoted metacharacters")
            << QStringLiteral("instance=~\"(10\\\\.0\\\\.0\\\\.1:9100|a\\\\+b)\"")
            << QStringLiteral("instance in 10.0.0.1:9100|a+b");
        QTest::newRow("nin") << QStringLiteral("cluster!~\"(test|staging)\"")
                             << QStringLiteral("cluster notin test|staging");
        QTest::newRow("several in one, braces") << QStringLiteral("{severity=\"critical\", team=~\"(db|web)\"}")
                                                << QStringLiteral("severity=critical, team in db|web");
        QTest::newRow("escaped quote") << QStringLiteral("summary=\"say \\\"hi\\\"\"")
                                       << QStringLiteral("summary=\"say \\\"hi\\\"\"");
    }

    void matchersInvertTheExportMapping()
    {
        QFETCH(QString, matchers);
        QFETCH(QString, rule);
        QTemporaryDir dir;
        const QString am = dir.filePath(QStringLiteral("alertmanager.yml"));
        const QString bridge = dir.filePath(QStringLiteral("config.yml"));
        writeFile(am, QStringLiteral("route:\n  receiver: none\n  routes:\n    - receiver: r\n      matchers: ['%1']\n"
                                     "receivers:\n  - name: none\n  - name: r\n    webhook_configs:\n"
                                     "      - url: http://127.0.0.1:8060/dingtalk/t/send\n")
                          .arg(QString(matchers).replace(QStringLiteral("'"), QStringLiteral("''"))));
        writeFile(bridge, QStringLiteral("targets:\n  t:\n    url: https://oapi.dingtalk.com/robot/send?access_token="
                                         "0123456789abcdef0123456789abcdef\n"));
        auto plan = Importer::readAlertmanager(am, bridge);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->policies.size(), 1);
        QCOMPARE(rulesText(plan->policies.first()), rule);
    }

    void windowsPastMidnightAndUnexpressibleIntervals()
    {
        QTemporaryDir dir;
        const QString am = dir.filePath(QStringLiteral("alertmanager.yml"));
        const QString bridge = dir.filePath(QStringLiteral("config.yml"));
        writeFile(am, QStringLiteral(R"(route:
  receiver: none
  routes:
    - receiver: r
      matchers: ['team="night"']
      active_time_intervals: [night]
    - receiver: r
      matchers: ['team="month"']
      active_time_intervals: [month-start]
receivers:
  - name: none
  - name: r
    webhook_configs:
      - url: http://127.0.0.1:8060/dingtalk/t/send
time_intervals:
  - name: night
    time_intervals:
      - weekdays: [friday, saturday]
        times: [{start_time: '22:00', end_time: '24:00'}]
        location: Asia/Shanghai
      - weekdays: [saturday, sunday]
        times: [{start_time: '00:00', end_time: '06:00'}]
        location: Asia/Shanghai
  - name: month-start
    time_intervals:
      - days_of_month: ['1:3']
        times: [{start_time: '09:00', end_time: '18:00'}]
)"));
        writeFile(bridge, QStringLiteral("targets:\n  t:\n    url: https://oapi.dingtalk.com/robot/send?access_token="
                                         "0123456789abcdef0123456789abcdef\n"));
        auto plan = Importer::readAlertmanager(am, bridge);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->policies.size(), 2);
        QVERIFY(plan->policies.at(0).window);
        QCOMPARE(formatNotificationWindow(*plan->policies.at(0).window),
                 QStringLiteral("fri,sat 22:00-06:00 Asia/Shanghai"));
        QVERIFY(!plan->policies.at(1).window);
        QVERIFY(!reportMentioning(*plan, QStringLiteral("It uses days_of_month")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportAlertmanager)
#include "tst_importalertmanager.moc"
