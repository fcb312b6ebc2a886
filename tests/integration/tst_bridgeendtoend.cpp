// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// End to end through the servers AlertDesk exports for: a workspace built with alertdeskctl is exported; the real
// Alertmanager (Debian's prometheus-alertmanager) runs alertmanager.yml, the bridge stand-in (tests/oracle/standin,
// the send path of prometheus-webhook-dingtalk v2.1.0) runs dingtalk/config.yml and the policies' templates, both in
// Asia/Shanghai on 127.0.0.1, and FakeDingTalkServer receives what a DingTalk robot would. Alerts posted to
// Alertmanager's API make a group fire, resolve in part, then resolve. Every DingTalk request must be, byte for byte,
// the body `alertdeskctl send-test --dry-run --json` previews for the webhook the bridge received (the stand-in
// records each one): what the operator previews is what the servers send.
#include "clirun.h"
#include "fakedingtalkserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk::test;

namespace {

const QString alertmanagerBinary = QStringLiteral("/usr/bin/prometheus-alertmanager");
const QString standinBinary = QStringLiteral(ALERTDESK_BRIDGE_STANDIN_PATH);
const QString serversZone = QStringLiteral("Asia/Shanghai");

const QString opsToken = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString opsSecret = QStringLiteral("SEC1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607");
const QString devToken = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0");

// The "critical" policy's own templates: times printed three ways (Go's default format, a layout with the zone's
// name, .Local), characters encoding/json escapes (<, >, &), Markdown the bridge's `markdown` escapes, the partially
// resolved state, and the mobiles the bridge adds to .AtMobiles.
const QByteArray criticalTitle = "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} & co "
                                 "({{ len .Alerts.Firing }} firing, {{ len .Alerts.Resolved }} resolved)";
const QByteArray criticalText =
    "### {{ .CommonLabels.alertname | markdown }} <{{ .Receiver }}>\n"
    "{{ range .Alerts }}- **{{ .Labels.instance }}** {{ .Status }} since {{ .StartsAt }}"
    " ({{ .StartsAt.Format \"2006-01-02 15:04:05 MST\" }}, local {{ .StartsAt.Local.Format \"15:04:05 MST\" }})"
    "{{ if eq .Status \"resolved\" }}, ended {{ .EndsAt.Format \"2006-01-02 15:04:05 MST\" }}{{ end }}\n"
    "{{ end }}\nMentioned: {{ range .AtMobiles }}@{{ . }} {{ end }}";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment serversEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), serversZone);
    return environment;
}

/// A server process of the test, stopped (SIGTERM, then SIGKILL) when it goes out of scope.
struct ServerProcess {
    QProcess process;
    ServerProcess() { process.setProcessEnvironment(serversEnvironment()); }
    ~ServerProcess()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
        }
    }
    /// Waits, with the event loop running, until it exits by itself; false when it is still running after 30 s.
    bool waitForExit()
    {
        return QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, 30000);
    }
};

/// One webhook as the stand-in recorded it: `<n>-<target>.json`.
struct RecordedWebhook {
    int order = 0;
    QString target;
    QString path;
    QJsonObject json() const { return QJsonDocument::fromJson(readFile(path)).object(); }
};

QList<RecordedWebhook> recordedWebhooks(const QString& dir)
{
    static const QRegularExpression name(QStringLiteral("^(\\d+)-(.+)\\.json$"));
    QList<RecordedWebhook> list;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files)) {
        const QRegularExpressionMatch match = name.match(info.fileName());
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), match.captured(2), info.absoluteFilePath()});
    }
    std::sort(list.begin(), list.end(),
              [](const RecordedWebhook& a, const RecordedWebhook& b) { return a.order < b.order; });
    return list;
}

QList<RecordedWebhook> recordedFor(const QList<RecordedWebhook>& all, const QString& target)
{
    QList<RecordedWebhook> list;
    for (const RecordedWebhook& webhook : all) {
        if (webhook.target == target)
            list.append(webhook);
    }
    return list;
}

/// The alerts of a webhook by instance: "db-1=resolved,db_2=firing" (instances in byte order).
QString alertStatuses(const QJsonObject& webhook)
{
    QStringList statuses;
    for (const QJsonValue& value : webhook.value(QStringLiteral("alerts")).toArray()) {
        const QJsonObject alert = value.toObject();
        statuses.append(alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("instance")).toString() +
                        QLatin1Char('=') + alert.value(QStringLiteral("status")).toString());
    }
    statuses.sort();
    return statuses.join(QLatin1Char(','));
}

QJsonObject alert(const QString& alertname, const QString& severity, const QString& instance, const QString& startsAt,
                  const QString& endsAt = QString())
{
    QJsonObject object{
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), alertname},
                                               {QStringLiteral("severity"), severity},
                                               {QStringLiteral("instance"), instance}}},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("summary"), QStringLiteral("磁盘 <90%> & rising")}}},
        {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.invalid/graph?g0.expr=up&g0.tab=1")}};
    if (!startsAt.isEmpty())
        object.insert(QStringLiteral("startsAt"), startsAt);
    if (!endsAt.isEmpty())
        object.insert(QStringLiteral("endsAt"), endsAt);
    return object;
}

QString justNow()
{
    return QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
}

} // namespace

class TestBridgeEndToEnd : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    /// The HTTP status of a request (-1 when none came within 10 s); the answer's body into `answer`.
    int request(const QString& method, const QUrl& url, const QByteArray& body = {}, QByteArray* answer = nullptr)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method.toLatin1(), body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000)) {
            reply->deleteLater();
            return -1;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer)
            *answer = reply->readAll();
        reply->deleteLater();
        return status;
    }

    static QList<RecordedRequest> requestsWithToken(const FakeDingTalkServer& fake, const QString& token)
    {
        QList<RecordedRequest> list;
        for (const RecordedRequest& request : fake.requests()) {
            if (request.queryValue("access_token") == token)
                list.append(request);
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(alertmanagerBinary), "apt-get install prometheus-alertmanager");
        QVERIFY2(QFile::exists(standinBinary), "build the target bridge_standin");
    }

    /// The bridge parses every template at start: one that does not parse (or a config it cannot run) stops it.
    void standinRefusesToStart_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("templateText");
        QTest::addColumn<QString>("expectedError");
        const QByteArray target = "targets:\n  ops:\n    url: http://127.0.0.1:9/robot/send?access_token=x\n"
                                  "    message:\n      title: '{{ template \"t\" . }}'\n      text: 'x'\n";
        QTest::addRow("template does not parse")
            << QByteArray("no_builtin_template: true\ntemplates:\n  - templates/*.tmpl\n" + target)
            << QByteArray("{{ define \"t\" }}{{ .Status {{ end }}\n")
            << QStringLiteral("failed to parse templates: template: bad.tmpl:1:");
        QTest::addRow("legacy template does not parse")
            << QByteArray("no_builtin_template: true\ntemplate: templates/bad.tmpl\n" + target)
            << QByteArray("{{ define \"t\" }}{{ end }}{{ define \"u\" }}{{ if }}{{ end }}\n")
            << QStringLiteral("failed to parse templates: template: bad.tmpl:1:");
        QTest::addRow("built-in template asked for")
            << QByteArray("templates:\n  - templates/*.tmpl\n" + target) << QByteArray("{{ define \"t\" }}T{{ end }}\n")
            << QStringLiteral("no_builtin_template: true");
        QTest::addRow("unknown key") << QByteArray("no_builtin_template: true\ntimeout: 5s\nfrobnicate: 1\n" + target)
                                     << QByteArray() << QStringLiteral("field frobnicate not found");
        QTest::addRow("target without url")
            << QByteArray("no_builtin_template: true\ntargets:\n  ops:\n    secret: SECx\n") << QByteArray()
            << QStringLiteral("url cannot be empty");
        QTest::addRow("invalid target name")
            << QByteArray("no_builtin_template: true\ntargets:\n  9ops:\n    url: http://127.0.0.1:9/\n")
            << QByteArray() << QStringLiteral("invalid target name: \\\"9ops\\\"");
    }

    void standinRefusesToStart()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, templateText);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.yml")), config));
        if (!templateText.isEmpty())
            QVERIFY(writeFile(dir.filePath(QStringLiteral("templates/bad.tmpl")), templateText));
        ServerProcess standin;
        standin.process.setWorkingDirectory(dir.path());
        standin.process.start(standinBinary, {QStringLiteral("--config.file=config.yml"),
                                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(freePort())});
        QVERIFY(standin.process.waitForStarted());
        QVERIFY2(standin.waitForExit(), "the stand-in started with a config the bridge refuses");
        const QString err = QString::fromUtf8(standin.process.readAllStandardError());
        QCOMPARE(standin.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(standin.process.exitCode(), 1);
        QVERIFY2(err.contains(expectedError), qPrintable(err));
    }

    void exportedConfigSendsWhatSendTestPreviews()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("workspace.sqlite"));
        const QString out = dir.filePath(QStringLiteral("export"));
        const QString recordDir = dir.filePath(QStringLiteral("webhooks"));

        FakeDingTalkServer fake;
        QVERIFY(fake.listen());
        fake.addRobot({opsToken, {}, opsSecret, {}, true});
        fake.addRobot({devToken, {}, {}, {QStringLiteral("127.0.0.1")}, true}); // unsigned: an IP range instead
        const auto webhookOf = [&fake](const QString& token) -> QString {
            return fake.endpoint().toString() + QStringLiteral("?access_token=") + token;
        };

        // The workspace, as an operator would build it with the CLI.
        const auto ctl = [&db](const QStringList& arguments, const QByteArray& input = {}) {
            const CliRun run = runCtl(db, arguments, input);
            if (!run.ok())
                qWarning().noquote() << arguments.join(QLatin1Char(' ')) << "->" << run.exitCode << run.err;
            return run.ok();
        };
        QVERIFY(ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ops"),
                     QStringLiteral("--webhook"), webhookOf(opsToken), QStringLiteral("--secret-stdin"),
                     QStringLiteral("--accept-terms")},
                    opsSecret.toUtf8()));
        QVERIFY(ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("dev"),
                     QStringLiteral("--webhook"), webhookOf(devToken), QStringLiteral("--ip"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--accept-terms")}));
        QVERIFY(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Zhang San"), QStringLiteral("--phone"), QStringLiteral("13800138000")}));
        QVERIFY(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Li Si"), QStringLiteral("--phone"), QStringLiteral("+86-13900139000")}));
        const QString titleFile = dir.filePath(QStringLiteral("critical-title.tmpl"));
        const QString textFile = dir.filePath(QStringLiteral("critical-text.tmpl"));
        QVERIFY(writeFile(titleFile, criticalTitle));
        QVERIFY(writeFile(textFile, criticalText));
        const QStringList fast{QStringLiteral("--group-by"),        QStringLiteral("alertname"),
                               QStringLiteral("--group-wait"),      QStringLiteral("1s"),
                               QStringLiteral("--group-interval"),  QStringLiteral("1s"),
                               QStringLiteral("--repeat-interval"), QStringLiteral("1h")};
        QVERIFY(ctl(
            QStringList{QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("critical"), QStringLiteral("--recipient"), QStringLiteral("contact:Zhang San"),
                        QStringLiteral("--recipient"), QStringLiteral("contact:Li Si"), QStringLiteral("--recipient"),
                        QStringLiteral("robot:ops"), QStringLiteral("--match"), QStringLiteral("severity=critical"),
                        QStringLiteral("--mention"), QStringLiteral("recipients"), QStringLiteral("--title-template"),
                        titleFile, QStringLiteral("--text-template"), textFile} +
            fast));
        // AlertDesk's default templates.
        QVERIFY(ctl(QStringList{QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("plain"), QStringLiteral("--recipient"), QStringLiteral("robot:dev"),
                                QStringLiteral("--match"), QStringLiteral("severity=warning")} +
                    fast));

        // Export for a bridge on a free port, the secrets inline (the stand-in reads them as the bridge would).
        const quint16 standinPort = freePort();
        const QUrl standinUrl(QStringLiteral("http://127.0.0.1:%1").arg(standinPort));
        // The folder is "installed" where it was written: --bridge-dir names it, so config.yml holds the templates'
        // absolute path and the bridge needs no particular working directory.
        const QString bridgeDir = QDir(out).filePath(QStringLiteral("dingtalk"));
        QVERIFY(ctl({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--secrets"),
                     QStringLiteral("inline"), QStringLiteral("--bridge-url"), standinUrl.toString(),
                     QStringLiteral("--bridge-dir"), bridgeDir}));
        const QString bridgeConfig = QDir(bridgeDir).filePath(QStringLiteral("config.yml"));
        const QByteArray config = readFile(bridgeConfig);
        QVERIFY2(config.contains("\nno_builtin_template: true\n"), config.constData());
        QVERIFY2(config.contains(QDir(bridgeDir).filePath(QStringLiteral("templates/alertdesk.tmpl")).toUtf8()),
                 config.constData());

        // The bridge stand-in, started from another directory than its own (the bridge resolves its globs from the
        // working directory; an export that depended on it would load no templates and answer 400 to every alert).
        ServerProcess standin;
        standin.process.setWorkingDirectory(dir.path());
        standin.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        standin.process.start(standinBinary, {QStringLiteral("--config.file=") + bridgeConfig,
                                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(standinPort),
                                              QStringLiteral("--record"), recordDir});
        QVERIFY(standin.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            standin.process.state() == QProcess::NotRunning ||
                request(QStringLiteral("GET"), standinUrl.resolved(QUrl(QStringLiteral("/-/ready")))) == 200,
            30000);
        QVERIFY2(standin.process.state() == QProcess::Running, "the stand-in refused the exported config");
        // An unknown target: 404, as the bridge answers.
        QByteArray answer;
        QCOMPARE(request(QStringLiteral("POST"), standinUrl.resolved(QUrl(QStringLiteral("/dingtalk/nobody/send"))),
                         "{}", &answer),
                 404);
        QCOMPARE(answer, QByteArray("404 page not found\n"));

        // The real Alertmanager with the exported alertmanager.yml, in the same zone.
        const quint16 alertmanagerPort = freePort();
        const QUrl api(QStringLiteral("http://127.0.0.1:%1").arg(alertmanagerPort));
        ServerProcess alertmanager;
        alertmanager.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        alertmanager.process.start(
            alertmanagerBinary,
            {QStringLiteral("--config.file=") + QDir(out).filePath(QStringLiteral("alertmanager.yml")),
             QStringLiteral("--storage.path=") + dir.filePath(QStringLiteral("alertmanager-data")),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(alertmanagerPort),
             QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")});
        QVERIFY(alertmanager.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(alertmanager.process.state() == QProcess::NotRunning ||
                                     request(QStringLiteral("GET"), api.resolved(QUrl(QStringLiteral("/-/ready")))) ==
                                         200,
                                 30000);
        QVERIFY2(alertmanager.process.state() == QProcess::Running, "Alertmanager refused the exported config");
        const auto post = [&](const QJsonArray& alerts) {
            return request(QStringLiteral("POST"), api.resolved(QUrl(QStringLiteral("/api/v2/alerts"))),
                           QJsonDocument(alerts).toJson(QJsonDocument::Compact)) == 200;
        };
        const auto received = [&fake](const QString& token) { return requestsWithToken(fake, token).size(); };

        // 1. A group fires (two alerts; "plain" gets one of its own). Alertmanager keeps a start time as it was
        //    posted (its offset too); the one it sets itself (db-1) it writes in its own zone.
        const QString diskBStarted = QStringLiteral("2024-03-18T14:31:05+08:00");
        const QString loadStarted = QStringLiteral("2024-03-18T06:32:00Z");
        QVERIFY(
            post({alert(QStringLiteral("DiskFull"), QStringLiteral("critical"), QStringLiteral("db-1"), QString()),
                  alert(QStringLiteral("DiskFull"), QStringLiteral("critical"), QStringLiteral("db_2"), diskBStarted),
                  alert(QStringLiteral("HighLoad"), QStringLiteral("warning"), QStringLiteral("web-1"), loadStarted)}));
        QTRY_VERIFY_WITH_TIMEOUT(received(opsToken) == 1 && received(devToken) == 1, 30000);
        // 2. One alert of the group resolves ("plain" resolves entirely).
        QVERIFY(post({alert(QStringLiteral("DiskFull"), QStringLiteral("critical"), QStringLiteral("db-1"), QString(),
                            justNow()),
                      alert(QStringLiteral("HighLoad"), QStringLiteral("warning"), QStringLiteral("web-1"), loadStarted,
                            justNow())}));
        QTRY_VERIFY_WITH_TIMEOUT(received(opsToken) == 2 && received(devToken) == 2, 30000);
        // 3. The rest resolves.
        QVERIFY(post({alert(QStringLiteral("DiskFull"), QStringLiteral("critical"), QStringLiteral("db_2"),
                            diskBStarted, justNow())}));
        QTRY_VERIFY_WITH_TIMEOUT(received(opsToken) == 3, 30000);

        // What went through: every request reached the fake signed as it wants (errcode 0), each a webhook the
        // stand-in recorded for the policy's target, in the expected states.
        for (int errcode : fake.errcodes())
            QCOMPARE(errcode, 0);
        const QList<RecordedWebhook> all = recordedWebhooks(recordDir);
        const QString criticalTarget = QStringLiteral("critical_ops");
        const QString plainTarget = QStringLiteral("plain_dev");
        for (const RecordedWebhook& webhook : all)
            QVERIFY2(webhook.target == criticalTarget || webhook.target == plainTarget ||
                         webhook.target == QLatin1String("nobody"),
                     qPrintable(webhook.path));
        const QList<RecordedWebhook> critical = recordedFor(all, criticalTarget);
        const QList<RecordedWebhook> plain = recordedFor(all, plainTarget);
        QCOMPARE(critical.size(), 3);
        QCOMPARE(plain.size(), 2);
        QCOMPARE(critical.at(0).json().value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(alertStatuses(critical.at(0).json()), QStringLiteral("db-1=firing,db_2=firing"));
        QCOMPARE(critical.at(1).json().value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(alertStatuses(critical.at(1).json()), QStringLiteral("db-1=resolved,db_2=firing"));
        // Alertmanager drops a resolved alert once it has notified it: the last notice holds db_2 only.
        QCOMPARE(critical.at(2).json().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(alertStatuses(critical.at(2).json()), QStringLiteral("db_2=resolved"));
        QCOMPARE(alertStatuses(plain.at(0).json()), QStringLiteral("web-1=firing"));
        QCOMPARE(alertStatuses(plain.at(1).json()), QStringLiteral("web-1=resolved"));
        // Alertmanager in Asia/Shanghai writes the times it sets in +08:00, which the bridge shows with the zone's
        // name, as it does the +08:00 time posted.
        for (const QJsonValue& value : critical.at(0).json().value(QStringLiteral("alerts")).toArray()) {
            const QString startsAt = value.toObject().value(QStringLiteral("startsAt")).toString();
            QVERIFY2(startsAt.endsWith(QLatin1String("+08:00")), qPrintable(startsAt));
        }
        const QList<RecordedRequest> toOps = requestsWithToken(fake, opsToken);
        const QList<RecordedRequest> toDev = requestsWithToken(fake, devToken);
        const QJsonObject first = toOps.first().json();
        QCOMPARE(first.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QCOMPARE(first.value(QStringLiteral("at")).toObject().value(QStringLiteral("atMobiles")).toArray(),
                 QJsonArray({QStringLiteral("13800138000"), QStringLiteral("+86-13900139000")}));
        const QString firstText =
            first.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(firstText.contains(QStringLiteral("(2024-03-18 14:31:05 CST, local 14:31:05 CST)")),
                 qPrintable(firstText));
        QVERIFY2(firstText.contains(QStringLiteral("Mentioned: @13800138000 @+86-13900139000 ")),
                 qPrintable(firstText));
        QVERIFY2(toOps.first().body.contains("\\u003c") && toOps.first().body.contains("\\u0026"),
                 toOps.first().body.constData());
        QVERIFY(!toDev.first().json().contains(QStringLiteral("at")));

        // The preview: send-test --dry-run --json on each recorded webhook prints the body the bridge posted. This
        // machine runs in UTC; the workspace's servers-time-zone says where the servers are (a preview in another
        // zone shows in the bodies: "+0800" where the bridge writes "CST").
        const CliRun setting = runCtl(
            db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("servers-time-zone"), serversZone});
        QVERIFY2(setting.ok(), qPrintable(setting.err));
        QProcessEnvironment desk = QProcessEnvironment::systemEnvironment();
        desk.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        struct Pair {
            QString policy;
            QString robot;
            QList<RecordedWebhook> webhooks;
            QList<RecordedRequest> requests;
        };
        const QList<Pair> pairs{{QStringLiteral("critical"), QStringLiteral("ops"), critical, toOps},
                                {QStringLiteral("plain"), QStringLiteral("dev"), plain, toDev}};
        for (const Pair& pair : pairs) {
            QCOMPARE(pair.requests.size(), pair.webhooks.size());
            for (qsizetype i = 0; i < pair.webhooks.size(); ++i) {
                QStringList arguments{QStringLiteral("--json")};
                arguments += {QStringLiteral("send-test"),
                              QStringLiteral("--policy"),
                              pair.policy,
                              QStringLiteral("--robot"),
                              pair.robot,
                              QStringLiteral("--alerts"),
                              pair.webhooks.at(i).path,
                              QStringLiteral("--dry-run")};
                const CliRun preview = runCtl(db, arguments, {}, desk);
                QVERIFY2(preview.ok(), qPrintable(preview.err));
                const QJsonObject json = preview.json().toObject();
                const QByteArray sent = pair.requests.at(i).body;
                QVERIFY2(json.value(QStringLiteral("body")).isString(),
                         qPrintable(QStringLiteral("send-test --dry-run --json prints no \"body\" (the exact request "
                                                   "body) for %1; the bridge sent:\n%2")
                                        .arg(pair.webhooks.at(i).path, QString::fromUtf8(sent))));
                const QByteArray previewed = json.value(QStringLiteral("body")).toString().toUtf8();
                QVERIFY2(previewed == sent,
                         qPrintable(QStringLiteral("%1 (policy %2):\npreviewed: %3\nsent:      %4")
                                        .arg(pair.webhooks.at(i).path, pair.policy, QString::fromUtf8(previewed),
                                             QString::fromUtf8(sent))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBridgeEndToEnd)
#include "tst_bridgeendtoend.moc"
