// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl send-test end to end: the real binary through QProcess, the real keychain of the private D-Bus session
// the suite runs in, and FakeDingTalkServer on 127.0.0.1 in this process (so every wait keeps the event loop running).
#include "dingtalk/dingtalkerrors.h"
#include "fakedingtalkserver.h"
#include "fakehttpproxy.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/testsendrepository.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;

namespace {

const QString kSecret = QStringLiteral("SEC0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSendTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_token;
    std::unique_ptr<test::FakeDingTalkServer> m_server;

    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input = {})
    {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(ALERTDESKCTL_PATH), QStringList{QStringLiteral("--db"), m_db} + arguments);
        process->write(input);
        process->closeWriteChannel();
        return process;
    }

    static Run finish(QProcess& process)
    {
        // Not waitForFinished(): the fake server answers from this thread's event loop.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Run ctl(const QStringList& arguments, const QByteArray& input = {})
    {
        auto process = start(arguments, input);
        return finish(*process);
    }

    QString webhook() const { return m_server->endpoint().toString() + QStringLiteral("?access_token=") + m_token; }

    void addRobot(const QString& name, const QStringList& keywords, bool signing = false)
    {
        QStringList arguments{QStringLiteral("robot"),         QStringLiteral("add"),
                              QStringLiteral("--name"),        name,
                              QStringLiteral("--webhook"),     webhook(),
                              QStringLiteral("--accept-terms")};
        for (const QString& keyword : keywords)
            arguments += {QStringLiteral("--keyword"), keyword};
        if (signing)
            arguments.append(QStringLiteral("--secret-stdin"));
        const Run run = ctl(arguments, signing ? kSecret.toUtf8() : QByteArray());
        QCOMPARE(run.exitCode, 0);
        m_server->addRobot({m_token, keywords, signing ? kSecret : QString(), {}, true});
    }

    QStringList sendTest(const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("ops")} + more;
    }

    QList<TestSend> history()
    {
        auto opened = Workspace::open(m_db, std::make_unique<MemorySecretStore>(), Database::scriptLockWait);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return opened.value()->testSends().recent(100).value();
    }

private slots:
    void init()
    {
        static int counter = 0;
        ++counter;
        m_db = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(counter));
        m_token = QStringLiteral("%1").arg(counter, 8, 10, QLatin1Char('0')) +
                  QStringLiteral("5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b");
        m_server = std::make_unique<test::FakeDingTalkServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // send-test --policy without --robot: every robot the policy reaches (the export's targets), one result each.
    void aPolicyAloneSendsToEveryRobotItReaches()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        addRobot(QStringLiteral("dba"), {QStringLiteral("Alarm")});
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("both"),
                      QStringLiteral("--recipient"), QStringLiteral("robot:ops"), QStringLiteral("--recipient"),
                      QStringLiteral("robot:dba")})
                     .exitCode,
                 0);
        const Run run = ctl({QStringLiteral("--json"), QStringLiteral("send-test"), QStringLiteral("--policy"),
                             QStringLiteral("both")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("robot")).toString(), QStringLiteral("dba"));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("both_dba"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("robot")).toString(), QStringLiteral("ops"));
        QCOMPARE(m_server->requests().size(), 2);
        // Without --json: one block of checks and one result line per robot.
        const Run plain = ctl({QStringLiteral("send-test"), QStringLiteral("--policy"), QStringLiteral("both")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.out + plain.err));
        QCOMPARE(plain.out.count(QStringLiteral("Delivered to robot")), 2);
        // Neither --robot nor --policy: a usage error.
        QCOMPARE(ctl({QStringLiteral("send-test")}).exitCode, 1);
    }

    // "Its access token and signing secret are", a whole sentence per case (was "token and signing secret is").
    void addingARobotSaysWhatIsInTheKeychain()
    {
        const Run signing =
            ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("signed"),
                 QStringLiteral("--webhook"), webhook(), QStringLiteral("--keyword"), QStringLiteral("Alarm"),
                 QStringLiteral("--secret-stdin"), QStringLiteral("--accept-terms")},
                kSecret.toUtf8());
        QVERIFY2(
            signing.out.contains(QStringLiteral("its access token and signing secret are in the system keychain.")),
            qPrintable(signing.out));
        const Run plain = ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("plain"), QStringLiteral("--webhook"), webhook(),
                               QStringLiteral("--keyword"), QStringLiteral("Alarm"), QStringLiteral("--accept-terms")});
        QVERIFY2(plain.out.contains(QStringLiteral("its access token is in the system keychain.")),
                 qPrintable(plain.out));
    }

    // --dry-run works with no keychain at all: the request shows stand-ins (redacted anyway), and says so.
    void aDryRunNeedsNoKeychain()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")}, true);
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("p"),
                      QStringLiteral("--recipient"), QStringLiteral("robot:ops")})
                     .exitCode,
                 0);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus-here")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALERTDESKCTL_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("send-test"),
                       QStringLiteral("--policy"), QStringLiteral("p"), QStringLiteral("--dry-run")});
        const Run run = finish(process);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("dry-run"));
        QVERIFY(json.value(QStringLiteral("request")).toString().contains(QStringLiteral("&sign=<redacted>")));
        QVERIFY2(run.err.contains(QStringLiteral("keychain")), qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    // A policy's dry run prints the exact body the bridge posts: Go's JSON (<, >, & escaped), "at" from the
    // mention, the mention rule's blank line kept even after a template ending in "-}}".
    void aPolicysDryRunShowsTheBridgesBody()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        QVERIFY(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Li"),
                     QStringLiteral("--phone"), QStringLiteral("13800138000")})
                    .exitCode == 0);
        QFile title(m_dir.filePath(QStringLiteral("body-title.tmpl")));
        QVERIFY(title.open(QIODevice::WriteOnly));
        title.write("Alarm <b>{{ .Status }}</b>");
        title.close();
        QFile text(m_dir.filePath(QStringLiteral("body-text.tmpl")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("x & y {{ .Status -}}\n");
        text.close();
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("p"),
                      QStringLiteral("--recipient"), QStringLiteral("robot:ops"), QStringLiteral("--recipient"),
                      QStringLiteral("contact:Li"), QStringLiteral("--mention"), QStringLiteral("recipients"),
                      QStringLiteral("--title-template"), title.fileName(), QStringLiteral("--text-template"),
                      text.fileName()})
                     .exitCode,
                 0);
        const Run run = ctl(QStringList{QStringLiteral("--json")} +
                            sendTest({QStringLiteral("--policy"), QStringLiteral("p"), QStringLiteral("--dry-run")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(
            json.value(QStringLiteral("body")).toString(),
            QStringLiteral(R"({"msgtype":"markdown","markdown":{"title":"Alarm \u003cb\u003efiring\u003c/b\u003e",)"
                           R"("text":"x \u0026 y firing\n\n@13800138000"},"at":{"atMobiles":["13800138000"]}})"));
        QCOMPARE(json.value(QStringLiteral("bodyBytes")).toInt(),
                 json.value(QStringLiteral("body")).toString().toUtf8().size());
    }

    // The servers' time zone: a workspace setting (checked against the zone database), shown by every preview.
    void theServersTimeZoneIsAWorkspaceSetting()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("servers-time-zone"),
                      QStringLiteral("Nowhere/Atlantis")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("no-such-key"),
                      QStringLiteral("UTC")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("servers-time-zone"),
                      QStringLiteral("Asia/Shanghai")})
                     .exitCode,
                 0);
        const Run shown = ctl({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")});
        QCOMPARE(
            QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("servers-time-zone")).toString(),
            QStringLiteral("Asia/Shanghai"));
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("p"),
                      QStringLiteral("--recipient"), QStringLiteral("robot:ops")})
                     .exitCode,
                 0);
        const Run dry = ctl(QStringList{QStringLiteral("--json")} +
                            sendTest({QStringLiteral("--policy"), QStringLiteral("p"), QStringLiteral("--dry-run")}));
        QCOMPARE(QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("serversTimeZone")).toString(),
                 QStringLiteral("Asia/Shanghai"));
        const Run plain = ctl(sendTest({QStringLiteral("--policy"), QStringLiteral("p"), QStringLiteral("--dry-run")}));
        QVERIFY2(plain.out.contains(QStringLiteral("servers in Asia/Shanghai")), qPrintable(plain.out));
        QCOMPARE(
            ctl({QStringLiteral("settings"), QStringLiteral("unset"), QStringLiteral("servers-time-zone")}).exitCode,
            0);
        QVERIFY(ctl({QStringLiteral("settings"), QStringLiteral("show")}).out.contains(QStringLiteral("not set")));
    }

    void deliveredExitsZeroAndIsRecorded()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm"), QStringLiteral("Dispatch")}, true);
        const Run run = ctl(sendTest());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Delivered to robot \"ops\"")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\"Alarm\"")), qPrintable(run.out)); // the keyword that matched
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->errcodes(), QList<int>{0});
        const QList<TestSend> sends = history();
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().outcome, TestSend::Outcome::Delivered);
        QCOMPARE(sends.first().robotName, QStringLiteral("ops"));
        QVERIFY(!run.out.contains(m_token) && !run.err.contains(m_token));
    }

    void everyMessageTypeIsDelivered_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("msgtype");
        for (const char* msgtype : {"markdown", "text", "actionCard"}) {
            for (const char* keyword : {"Alarm", "Dispatch", "告警", "alert"})
                QTest::addRow("%s %s", msgtype, keyword) << QString::fromUtf8(keyword) << QString::fromLatin1(msgtype);
        }
    }

    void everyMessageTypeIsDelivered()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, msgtype);
        addRobot(QStringLiteral("ops"), {keyword});
        const Run run = ctl(sendTest({QStringLiteral("--msgtype"), msgtype}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(m_server->requests().first().json().value(QStringLiteral("msgtype")).toString(), msgtype);
    }

    void missingKeywordIsRefusedBeforeSending()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Zebra")});
        const Run run = ctl(sendTest());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.out.contains(QStringLiteral("none of the robot's keywords (\"Zebra\")")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void forceSendsAnywayAndExplainsDingTalksAnswer()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Zebra")});
        const Run run = ctl(sendTest({QStringLiteral("--force")}));
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->errcodes(), QList<int>{310000});
        const QString sentence = DingTalkErrors::explain(310000, QStringLiteral("keywords not in content"));
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QCOMPARE(history().first().errcode, std::optional<int>(310000));
    }

    // 22 programs at once on one workspace: exactly 20 reach DingTalk, the rest are held back; and so is one more.
    void the21stSendInAMinuteIsHeldBack()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 22; ++i)
            processes.push_back(start(sendTest()));
        QList<int> exits;
        for (auto& process : processes) {
            const Run run = finish(*process);
            exits.append(run.exitCode);
            if (run.exitCode == 4)
                QVERIFY2(run.err.contains(QStringLiteral("next free slot is in")), qPrintable(run.err));
        }
        QCOMPARE(exits.count(0), 20);
        QCOMPARE(exits.count(4), 2);
        QCOMPARE(m_server->requests().size(), 20);

        const Run again = ctl(sendTest());
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("next free slot is in")), qPrintable(again.err));
        QCOMPARE(m_server->requests().size(), 20);
        QCOMPARE(m_server->errcodes().count(0), 20);
    }

    void aServerThatHangsEndsWithTheTimeout()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        m_server->setMode(test::FakeDingTalkServer::Mode::Hang);
        const Run run = ctl(sendTest({QStringLiteral("--timeout"), QStringLiteral("0.5")}));
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(history().first().outcome, TestSend::Outcome::Timeout);
    }

    void http500IsExit6()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        m_server->setMode(test::FakeDingTalkServer::Mode::Http500);
        QCOMPARE(ctl(sendTest()).exitCode, 6);
    }

    void dryRunPrintsTheRedactedRequestAndSendsNothing()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")}, true);
        const Run run = ctl(sendTest({QStringLiteral("--dry-run")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("POST ") + m_server->endpoint().toString() +
                                  QStringLiteral("?access_token=<redacted>&timestamp=")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("&sign=<redacted>")));
        QVERIFY(run.out.contains(QStringLiteral("Content-Type: application/json;charset=utf-8")));
        QVERIFY(run.out.contains(QStringLiteral("\"msgtype\":\"markdown\"")));
        QVERIFY(!run.out.contains(m_token) && !run.err.contains(m_token));
        QVERIFY(!run.out.contains(kSecret));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void jsonOutput()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        const Run run = ctl(QStringList{QStringLiteral("--json")} + sendTest());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("delivered"));
        QCOMPARE(json.value(QStringLiteral("exitStatus")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("robot")).toString(), QStringLiteral("ops"));
        QVERIFY(json.value(QStringLiteral("policy")).isNull());
        QCOMPARE(json.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QVERIFY(json.value(QStringLiteral("bodyBytes")).toInt() > 0);
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject keyword = findings.first().toObject();
        QCOMPARE(keyword.value(QStringLiteral("kind")).toString(), QStringLiteral("keyword-present"));
        QCOMPARE(keyword.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        QCOMPARE(keyword.value(QStringLiteral("subjects")).toArray(), QJsonArray{QStringLiteral("Alarm")});
        QVERIFY(!keyword.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject outcome = json.value(QStringLiteral("outcome")).toObject();
        QCOMPARE(outcome.value(QStringLiteral("kind")).toString(), QStringLiteral("delivered"));
        QCOMPARE(outcome.value(QStringLiteral("errcode")).toInt(-1), 0);
        QCOMPARE(outcome.value(QStringLiteral("httpStatus")).toInt(), 200);
        QVERIFY(!outcome.value(QStringLiteral("explanation")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("sendsLeft")).toInt(), 19);

        // Refused and dry-run answers have the same shape, with their own result.
        const Run refused =
            ctl(QStringList{QStringLiteral("--json")} + sendTest({QStringLiteral("--msgtype"), QStringLiteral("fax")}));
        QCOMPARE(refused.exitCode, 1);
        const Run dry = ctl(QStringList{QStringLiteral("--json")} + sendTest({QStringLiteral("--dry-run")}));
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject dryJson = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(dryJson.value(QStringLiteral("result")).toString(), QStringLiteral("dry-run"));
        QVERIFY(dryJson.value(QStringLiteral("request")).toString().contains(QStringLiteral("<redacted>")));
    }

    void policyMentionsAndSampleAlerts()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Zhang San"), QStringLiteral("--phone"), QStringLiteral("13800138000")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("critical"), QStringLiteral("--recipient"), QStringLiteral("contact:Zhang San"),
                      QStringLiteral("--recipient"), QStringLiteral("robot:ops"), QStringLiteral("--msgtype"),
                      QStringLiteral("text"), QStringLiteral("--mention"), QStringLiteral("recipients")})
                     .exitCode,
                 0);
        QFile payload(m_dir.filePath(QStringLiteral("alerts.json")));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write(R"({"version":"4","status":"firing","alerts":[
            {"status":"firing","labels":{"alertname":"DiskFull","instance":"db1"},
             "annotations":{"summary":"Disk 95% full"},"startsAt":"2026-11-24T07:00:00Z"}]})");
        payload.close();
        const Run run = ctl(sendTest(
            {QStringLiteral("--policy"), QStringLiteral("critical"), QStringLiteral("--alerts"), payload.fileName()}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject body = m_server->requests().first().json();
        // A policy's test is what the DingTalk bridge posts: markdown whatever the policy's type, "at" as its mention.
        QCOMPARE(body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QCOMPARE(body.value(QStringLiteral("at")).toObject().value(QStringLiteral("atMobiles")).toArray(),
                 QJsonArray{QStringLiteral("13800138000")});
        QCOMPARE(body.value(QStringLiteral("at")).toObject().keys(), QStringList{QStringLiteral("atMobiles")});
        const QString content =
            body.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(content.contains(QStringLiteral("@13800138000")), qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("DiskFull")) && content.contains(QStringLiteral("Disk 95% full")),
                 qPrintable(content));
        QVERIFY2(run.out.contains(QStringLiteral("@13800138000")), qPrintable(run.out)); // "appended" finding
        QCOMPARE(history().first().policyName, QStringLiteral("critical"));
    }

    void policyTemplatesMakeTheMessage()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        QFile title(m_dir.filePath(QStringLiteral("title.tmpl")));
        QVERIFY(title.open(QIODevice::WriteOnly));
        title.write("Alarm {{ .CommonLabels.alertname }}");
        title.close();
        QFile text(m_dir.filePath(QStringLiteral("text.tmpl")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("{{ range .Alerts }}- {{ .Labels.alertname }} since "
                   "{{ (.StartsAt.Add 28800e9).Format \"2006-01-02 15:04\" }}\n{{ end }}");
        text.close();
        QCOMPARE(
            ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("templated"),
                 QStringLiteral("--recipient"), QStringLiteral("robot:ops"), QStringLiteral("--title-template"),
                 title.fileName(), QStringLiteral("--text-template"), text.fileName()})
                .exitCode,
            0);
        QFile payload(m_dir.filePath(QStringLiteral("alerts.json")));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write("{\"version\":\"4\",\"status\":\"firing\",\"commonLabels\":{\"alertname\":\"DiskFull\"},"
                      "\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"DiskFull\"},"
                      "\"startsAt\":\"2026-11-24T07:00:00Z\"}]}");
        payload.close();
        const Run run = ctl(sendTest(
            {QStringLiteral("--policy"), QStringLiteral("templated"), QStringLiteral("--alerts"), payload.fileName()}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject markdown = m_server->requests().first().json().value(QStringLiteral("markdown")).toObject();
        QCOMPARE(markdown.value(QStringLiteral("title")).toString(), QStringLiteral("Alarm DiskFull"));
        QCOMPARE(markdown.value(QStringLiteral("text")).toString(),
                 QStringLiteral("- DiskFull since 2026-11-24 15:00\n"));

        // A broken template is refused when saved, with what Go says (line and column), so no policy holds one.
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("{{ .Nope }");
        text.close();
        const Run broken = ctl({QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("templated"),
                                QStringLiteral("--text-template"), text.fileName()});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("template: text:1:")), qPrintable(broken.err));
        // Without --alerts the built-in test payload feeds the templates (the policy kept its good ones).
        const Run builtIn = ctl(sendTest({QStringLiteral("--policy"), QStringLiteral("templated")}));
        QVERIFY2(builtIn.exitCode == 0, qPrintable(builtIn.out + builtIn.err));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void theWorkspaceProxyCarriesTheSend()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        test::FakeHttpProxy proxy;
        QVERIFY(proxy.listen());
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("set"), url}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("show")}).out.trimmed(), url);
        const Run run = ctl(sendTest());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(m_server->requests().size(), 1);

        // A proxy password would land in the workspace file: refused, and the setting stays as it was.
        const Run withPassword =
            ctl({QStringLiteral("proxy"), QStringLiteral("set"), QStringLiteral("http://user:secret@127.0.0.1:3128")});
        QCOMPARE(withPassword.exitCode, 1);
        QVERIFY(!withPassword.err.contains(QStringLiteral("secret")));
        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("set"), QStringLiteral("ftp://127.0.0.1:21")}).exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("show")}).out.trimmed(), url);

        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("set"), QStringLiteral("direct")}).exitCode, 0);
        QVERIFY(ctl(sendTest()).exitCode == 0);
        QCOMPARE(proxy.requests().size(), 1); // direct: the proxy saw nothing more
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(ctl({QStringLiteral("proxy"), QStringLiteral("clear")}).exitCode, 0);
        QVERIFY(ctl({QStringLiteral("--json"), QStringLiteral("proxy"), QStringLiteral("show")})
                    .out.contains(QStringLiteral("null")));
    }

    void usageErrors()
    {
        addRobot(QStringLiteral("ops"), {QStringLiteral("Alarm")});
        QCOMPARE(ctl({QStringLiteral("send-test")}).exitCode, 1);
        QCOMPARE(ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("nobody")}).exitCode, 1);
        QCOMPARE(ctl(sendTest({QStringLiteral("--timeout"), QStringLiteral("soon")})).exitCode, 1);
        const Run help = ctl({QStringLiteral("send-test"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: alertdeskctl send-test")), qPrintable(help.out));
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendTest)
#include "tst_sendtest.moc"
