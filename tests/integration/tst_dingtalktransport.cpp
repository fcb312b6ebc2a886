// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"
#include "dingtalkclienttest.h"
#include "fakedingtalkserver.h"
#include "fakehttp.h"
#include "fakehttpproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace alertdesk;
using namespace alertdesk::test;
using Mode = FakeDingTalkServer::Mode;
using Kind = SendOutcome::Kind;

namespace {

const QString secret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");
const qint64 plusSlashTime = 1700000000001; // its signature holds '+' and '/' (see tst_signer)

} // namespace

/// DingTalkClient and what lies between it and DingTalk: proxies (configured and from the environment), servers that
/// hang, trickle, reset or answer something else than DingTalk's JSON, unreachable hosts, and the redacted dry run.
/// Answers DingTalk's "ok" on connections it keeps open; with `dropSecond`, a second request on a connection gets the
/// connection closed instead.
class KeepAliveServer : public QObject {
public:
    explicit KeepAliveServer(bool dropSecond)
        : m_dropSecond(dropSecond)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                auto answered = std::make_shared<int>(0);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, answered] {
                    *buffer += socket->readAll();
                    while (const auto request = takeHttpRequest(*buffer)) {
                        ++requests;
                        if (m_dropSecond && *answered == 1) {
                            socket->abort();
                            return;
                        }
                        ++*answered;
                        socket->write(httpResponse(200, "OK", "application/json", R"({"errcode":0,"errmsg":"ok"})"));
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    SendRequest request() const
    {
        SendRequest request;
        request.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send").arg(m_server.serverPort()));
        request.accessToken = QStringLiteral("keep-alive-token");
        request.message = DingTalkMessage::text(QStringLiteral("Alarm"));
        request.timeoutMs = 2000;
        return request;
    }

    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    bool m_dropSecond;
};

class TestDingTalkTransport : public DingTalkClientTest {
    Q_OBJECT

private slots:
    void init() { QVERIFY(start()); }

    void hostileAnswersEndWithinTheTimeout_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addRow("hang") << Mode::Hang << Kind::Timeout << 0;
        QTest::addRow("slow body") << Mode::SlowBody << Kind::Timeout << 200;
        QTest::addRow("reset") << Mode::Reset << Kind::NetworkError << 0;
        QTest::addRow("HTTP 500") << Mode::Http500 << Kind::HttpError << 500;
        QTest::addRow("HTML") << Mode::Html << Kind::UnreadableAnswer << 200;
        QTest::addRow("invalid JSON") << Mode::InvalidJson << Kind::UnreadableAnswer << 200;
    }

    void hostileAnswersEndWithinTheTimeout()
    {
        QFETCH(Mode, mode);
        QFETCH(Kind, kind);
        QFETCH(int, httpStatus);
        m_server->setMode(mode);
        const auto outcome =
            send(request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm"))));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, kind);
        QCOMPARE(outcome->httpStatus, httpStatus);
        QVERIFY(!m_server->requests().isEmpty());
        QVERIFY(!outcome->explanation().isEmpty());
        QVERIFY2(!outcome->detail.contains(QStringLiteral("kw-token")), qPrintable(outcome->detail)); // the token
    }

    void keepsTheConnectionForTheNextMessage()
    {
        KeepAliveServer server(false);
        QVERIFY(server.listen());
        for (int i = 0; i < 3; ++i) {
            const auto outcome = send(server.request());
            QVERIFY(outcome);
            QCOMPARE(outcome->kind, Kind::Delivered);
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requests, 3);
    }

    void aKeptConnectionClosedMeanwhileIsReplacedOnce()
    {
        // The server drops each connection when a second request arrives on it, without an answer (as servers do with
        // idle connections they have timed out): that message goes once more, on a new connection.
        KeepAliveServer server(true);
        QVERIFY(server.listen());
        for (int i = 0; i < 2; ++i) {
            const auto outcome = send(server.request());
            QVERIFY(outcome);
            QCOMPARE(outcome->kind, Kind::Delivered);
        }
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.requests, 3);
    }

    void sendsThroughAConfiguredProxy()
    {
        FakeHttpProxy proxy;
        QVERIFY(proxy.listen());
        m_client->setProxy(proxy.proxy());
        const auto outcome =
            send(request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm"))));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::Delivered);
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().constFirst().target,
                 m_server->endpoint().toEncoded() + QByteArray("?access_token=kw-token-1a2b"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void systemProxyFollowsHttpProxyVariable()
    {
        // The default: the system's proxy configuration, which on Linux is http_proxy / no_proxy.
        FakeHttpProxy proxy;
        QVERIFY(proxy.listen());
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(proxy.port());
        const QList<QByteArray> names{"http_proxy", "no_proxy", "NO_PROXY"};
        QList<std::optional<QByteArray>> saved;
        for (const QByteArray& name : names)
            saved.append(qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData()))
                                                                     : std::nullopt);
        qputenv("http_proxy", url);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        m_client->setProxy(std::nullopt);
        const auto outcome =
            send(request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm"))));
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (saved.at(i))
                qputenv(names.at(i).constData(), *saved.at(i));
            else
                qunsetenv(names.at(i).constData());
        }
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::Delivered);
        QCOMPARE(proxy.requests().size(), 1);
    }

    void networkErrorNamesNoSecret()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        SendRequest unreachable =
            request(QStringLiteral("tok3n-secret"), DingTalkMessage::text(QStringLiteral("x")), secret);
        unreachable.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send").arg(closed.serverPort()));
        closed.close();
        const auto outcome = send(unreachable);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::NetworkError);
        QVERIFY(!outcome->detail.isEmpty());
        for (const QString& text : {outcome->detail, outcome->explanation()}) {
            QVERIFY2(!text.contains(QStringLiteral("tok3n")) && !text.contains(secret), qPrintable(text));
        }
    }

    void dryRunShowsNoSecrets()
    {
        m_client->setClock([] { return plusSlashTime; });
        const PreparedRequest prepared =
            m_client->prepare(request(QStringLiteral("tok3n"), DingTalkMessage::text(QStringLiteral("Alarm")), secret));
        QCOMPARE(prepared.redacted(),
                 QStringLiteral("POST %1?access_token=<redacted>&timestamp=1700000000001&sign=<redacted>\n"
                                "Content-Type: application/json;charset=utf-8\n\n"
                                R"({"msgtype":"text","text":{"content":"Alarm"}})")
                     .arg(m_server->endpoint().toString()));
        QVERIFY(prepared.url.toEncoded().contains("access_token=tok3n&timestamp=1700000000001&sign=T3KfJzDxkC%2B"));
    }

    void proxySettings_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType, -1: system
        QTest::addRow("system") << QString() << true << -1;
        QTest::addRow("direct") << QStringLiteral("direct") << true << int(QNetworkProxy::NoProxy);
        QTest::addRow("http") << QStringLiteral("http://proxy.example:3128") << true << int(QNetworkProxy::HttpProxy);
        QTest::addRow("socks5") << QStringLiteral("socks5://10.0.0.1:1080") << true << int(QNetworkProxy::Socks5Proxy);
        QTest::addRow("no port") << QStringLiteral("http://proxy.example") << false << 0;
        QTest::addRow("ftp") << QStringLiteral("ftp://proxy.example:21") << false << 0;
        QTest::addRow("garbage") << QStringLiteral("proxy please") << false << 0;
    }

    void proxySettings()
    {
        QFETCH(QString, setting);
        QFETCH(bool, valid);
        QFETCH(int, type);
        const auto parsed = DingTalkClient::parseProxySetting(setting);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QCOMPARE(parsed.error().field, QStringLiteral("proxy"));
            return;
        }
        QCOMPARE(parsed->has_value() ? int((*parsed)->type()) : -1, type);
    }
};

QTEST_GUILESS_MAIN(TestDingTalkTransport)
#include "tst_dingtalktransport.moc"
