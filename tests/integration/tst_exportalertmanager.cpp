// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// End to end: a real Alertmanager (Debian's prometheus-alertmanager) on 127.0.0.1 runs the exported
// alertmanager.yml; alerts are posted to its API; a capture server stands in for the DingTalk bridge and records
// which target receives which alerts. The right targets get the right alerts, once, and resolved notices only where
// the policy wants them.
#include "tst_exportfixtures.h"

#include "export/exportdirectory.h"
#include "fakehttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

namespace {

const QString alertmanagerBinary = QStringLiteral("/usr/bin/prometheus-alertmanager");

/// One webhook Alertmanager sent to the stand-in bridge.
struct Notification {
    QString target; ///< from /dingtalk/<target>/send
    QString status; ///< firing / resolved
    QStringList alertnames;
};

/// Answers every POST with 200 and records it, as the bridge would receive it.
class CaptureBridge : public QObject {
    Q_OBJECT
public:
    CaptureBridge()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    while (auto request = takeHttpRequest(*buffer)) {
                        record(*request);
                        socket->write(httpResponse(200, "OK", "application/json", "{\"errcode\":0}"));
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QList<Notification> received;

    QList<Notification> to(const QString& target) const
    {
        QList<Notification> list;
        for (const Notification& n : received) {
            if (n.target == target)
                list.append(n);
        }
        return list;
    }
    bool has(const QString& target, const QString& status, const QString& alertname) const
    {
        for (const Notification& n : to(target)) {
            if (n.status == status && n.alertnames.contains(alertname))
                return true;
        }
        return false;
    }

signals:
    void notified();

private:
    void record(const HttpRequest& request)
    {
        Notification notification;
        const QList<QByteArray> parts = request.path().split('/'); // "", "dingtalk", target, "send"
        notification.target = QString::fromUtf8(parts.value(2));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        notification.status = body.value(QStringLiteral("status")).toString();
        for (const QJsonValue& alert : body.value(QStringLiteral("alerts")).toArray())
            notification.alertnames.append(alert.toObject()
                                               .value(QStringLiteral("labels"))
                                               .toObject()
                                               .value(QStringLiteral("alertname"))
                                               .toString());
        received.append(notification);
        emit notified();
    }
    QTcpServer m_server;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QJsonObject alert(const QJsonObject& labels, bool resolved = false)
{
    QJsonObject object{
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), QStringLiteral("Alarm")}}}};
    if (resolved)
        object.insert(QStringLiteral("endsAt"),
                      QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs));
    return object;
}

} // namespace

class TestExportAlertmanager : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QUrl m_api;

    int request(const QString& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest request(m_api.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method.toLatin1(), body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    bool post(const QJsonArray& alerts)
    {
        return request(QStringLiteral("POST"), QStringLiteral("/api/v2/alerts"),
                       QJsonDocument(alerts).toJson(QJsonDocument::Compact)) == 200;
    }

private slots:
    void routesAndResolvedNotices()
    {
        QVERIFY2(QFile::exists(alertmanagerBinary), "apt-get install prometheus-alertmanager");
        TempWorkspace ws;
        const Robot alpha = addRobot(ws, QStringLiteral("alpha"), QStringLiteral("tok-alpha"));
        const Robot beta = addRobot(ws, QStringLiteral("beta"), QStringLiteral("tok-beta"),
                                    QStringLiteral("SEC") + QString(64, QLatin1Char('c')));
        const Robot gamma = addRobot(ws, QStringLiteral("gamma"), QStringLiteral("tok-gamma"));
        const auto fast = [](NotificationPolicy p) {
            p.groupWait = std::chrono::seconds(1);
            p.groupInterval = std::chrono::seconds(1);
            p.repeatInterval = std::chrono::hours(1);
            return p;
        };
        // "critical": two rules (an alert matching both must arrive once), two robots, resolved notices.
        addPolicy(ws, fast(policy(QStringLiteral("critical"),
                                  {MatchRule{{condition(QStringLiteral("severity"), MatchOperator::Eq,
                                                        {QStringLiteral("critical")})}},
                                   MatchRule{{condition(QStringLiteral("team"), MatchOperator::In,
                                                        {QStringLiteral("db"), QStringLiteral("d.b")})}}},
                                  {robotRecipient(alpha), robotRecipient(beta)})));
        // "db quiet": no resolved notices.
        NotificationPolicy quiet = fast(policy(
            QStringLiteral("db quiet"),
            {MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QStringLiteral("db")}),
                        condition(QStringLiteral("note"), MatchOperator::Neq, {QStringLiteral("say \"hi\"\\")})}}},
            {robotRecipient(gamma)}));
        quiet.sendResolved = false;
        addPolicy(ws, quiet);
        NotificationPolicy off = fast(policy(QStringLiteral("off"), {}, {robotRecipient(gamma)}));
        off.enabled = false;
        addPolicy(ws, off);

        CaptureBridge bridge;
        QVERIFY(bridge.listen());
        ExportOptions options;
        options.bridgeUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bridge.port()));
        const auto exported = exportOf(ws, options);
        QVERIFY(exported.ok());
        QTemporaryDir dir;
        QVERIFY(ExportDirectory(dir.path()).write(exported->files).ok());

        const quint16 port = freePort();
        m_api = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QProcess alertmanager;
        alertmanager.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        alertmanager.start(alertmanagerBinary,
                           {QStringLiteral("--config.file=") + dir.filePath(QStringLiteral("alertmanager.yml")),
                            QStringLiteral("--storage.path=") + dir.filePath(QStringLiteral("data")),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                            QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")});
        QVERIFY(alertmanager.waitForStarted());
        const auto stop = qScopeGuard([&] {
            alertmanager.terminate();
            if (!alertmanager.waitForFinished(10000))
                alertmanager.kill();
        });
        QTRY_VERIFY_WITH_TIMEOUT(request(QStringLiteral("GET"), QStringLiteral("/-/ready")) == 200, 30000);

        const QJsonObject disk{{QStringLiteral("alertname"), QStringLiteral("Disk")},
                               {QStringLiteral("severity"), QStringLiteral("critical")},
                               {QStringLiteral("team"), QStringLiteral("db")}};
        const QJsonObject cpu{{QStringLiteral("alertname"), QStringLiteral("Cpu")},
                              {QStringLiteral("severity"), QStringLiteral("info")},
                              {QStringLiteral("team"), QStringLiteral("d-b")}};
        const QJsonObject mem{{QStringLiteral("alertname"), QStringLiteral("Mem")},
                              {QStringLiteral("team"), QStringLiteral("db")},
                              {QStringLiteral("note"), QStringLiteral("say \"hi\"\\")}};
        QVERIFY(post({alert(disk), alert(cpu), alert(mem)}));

        const QString criticalAlpha = QStringLiteral("critical_alpha");
        const QString criticalBeta = QStringLiteral("critical_beta");
        const QString quietGamma = QStringLiteral("db-quiet_gamma");
        QTRY_VERIFY_WITH_TIMEOUT(bridge.has(criticalAlpha, QStringLiteral("firing"), QStringLiteral("Disk")) &&
                                     bridge.has(criticalBeta, QStringLiteral("firing"), QStringLiteral("Disk")) &&
                                     bridge.has(criticalAlpha, QStringLiteral("firing"), QStringLiteral("Mem")) &&
                                     bridge.has(criticalBeta, QStringLiteral("firing"), QStringLiteral("Mem")) &&
                                     bridge.has(quietGamma, QStringLiteral("firing"), QStringLiteral("Disk")),
                                 30000);

        // Resolve Disk: "critical" says so, "db quiet" does not. Then a fresh alert for "db quiet" marks the point
        // by which its resolved notice would have come (its group ticks every second; the new group waits one).
        QVERIFY(post({alert(disk, true)}));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.has(criticalAlpha, QStringLiteral("resolved"), QStringLiteral("Disk")) &&
                                     bridge.has(criticalBeta, QStringLiteral("resolved"), QStringLiteral("Disk")),
                                 30000);
        const QJsonObject sentinel{{QStringLiteral("alertname"), QStringLiteral("Sentinel")},
                                   {QStringLiteral("team"), QStringLiteral("db")}};
        QVERIFY(post({alert(sentinel)}));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.has(quietGamma, QStringLiteral("firing"), QStringLiteral("Sentinel")), 30000);

        for (const Notification& n : bridge.received) {
            QVERIFY2(!n.alertnames.contains(QStringLiteral("Cpu")), qPrintable(n.target)); // matches no policy
            QVERIFY2(n.target == criticalAlpha || n.target == criticalBeta || n.target == quietGamma,
                     qPrintable(n.target));
        }
        // "db quiet": Disk once, Mem never (note != the nasty value fails), no resolved notice.
        for (const Notification& n : bridge.to(quietGamma)) {
            QCOMPARE(n.status, QStringLiteral("firing"));
            QVERIFY(!n.alertnames.contains(QStringLiteral("Mem")));
        }
        // Disk matched both rules of "critical": each of its targets got one firing notice for it, not two.
        for (const QString& target : {criticalAlpha, criticalBeta}) {
            int firingDisk = 0;
            for (const Notification& n : bridge.to(target))
                firingDisk +=
                    n.status == QLatin1String("firing") && n.alertnames == QStringList{QStringLiteral("Disk")};
            QCOMPARE(firingDisk, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestExportAlertmanager)
#include "tst_exportalertmanager.moc"
