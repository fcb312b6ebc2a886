// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"
#include "dingtalkclienttest.h"
#include "fakedingtalkserver.h"
#include "fakehttp.h"
#include "fakehttpproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>
#include <memory>

using namespace alertdesk;
using namespace alertdesk::test;
using Mode = FakeDingTalkServer::Mode;
using Kind = SendOutcome::Kind;

namespace {

const QString secret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");
const qint64 plusSlashTime = 1700000000001; // its signature holds '+' and '/' (see tst_signer)

} // namespace

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

/// A SOCKS5 proxy on 127.0.0.1 (RFC 1928, no authentication, CONNECT only): it notes the host and port each client
/// asks for, connects there and relays the bytes both ways.
class Socks5Server : public QObject {
public:
    Socks5Server()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                auto upstream = std::make_shared<QPointer<QTcpSocket>>();
                connect(client, &QTcpSocket::readyRead, client, [this, client, buffer, upstream] {
                    if (*upstream) {
                        (*upstream)->write(client->readAll());
                        return;
                    }
                    *buffer += client->readAll();
                    readGreetingOrRequest(client, *buffer, *upstream);
                });
                connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                    if (*upstream)
                        (*upstream)->disconnectFromHost();
                    client->deleteLater();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QNetworkProxy proxy() const
    {
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_server.serverPort());
    }

    QStringList targets; ///< "host:port" per CONNECT

private:
    void readGreetingOrRequest(QTcpSocket* client, QByteArray& buffer, QPointer<QTcpSocket>& upstream)
    {
        // The greeting: 05 n methods...; "no authentication" is chosen.
        if (!buffer.startsWith('\x05') || buffer.size() < 2)
            return;
        if (!client->property("greeted").toBool()) {
            const int methods = quint8(buffer.at(1));
            if (buffer.size() < 2 + methods)
                return;
            buffer.remove(0, 2 + methods);
            client->setProperty("greeted", true);
            client->write(QByteArray("\x05\x00", 2));
            if (buffer.isEmpty())
                return;
        }
        // The request: 05 01 00 ATYP address port, the address an IPv4 address (01) or a name (03).
        if (buffer.size() < 5)
            return;
        const int type = quint8(buffer.at(3));
        const qsizetype length = type == 1 ? 4 : type == 3 ? 1 + quint8(buffer.at(4)) : 16;
        if (buffer.size() < 4 + length + 2)
            return;
        const QString host = type == 1   ? QHostAddress(qFromBigEndian<quint32>(buffer.constData() + 4)).toString()
                             : type == 3 ? QString::fromLatin1(buffer.mid(5, length - 1))
                                         : QString();
        const quint16 port = qFromBigEndian<quint16>(buffer.constData() + 4 + length);
        buffer.clear();
        targets.append(host + QLatin1Char(':') + QString::number(port));
        auto* socket = new QTcpSocket(client);
        upstream = socket;
        connect(socket, &QTcpSocket::connected, client,
                [client] { client->write(QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10)); });
        connect(socket, &QTcpSocket::readyRead, client, [client, socket] { client->write(socket->readAll()); });
        connect(socket, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        socket->connectToHost(host, port);
    }

    QTcpServer m_server;
};

/// DingTalkClient and what lies between it and DingTalk: kept connections, proxies (HTTP, SOCKS5, from the
/// environment), servers that hang, trickle, reset or answer something else than DingTalk's JSON, unreachable hosts,
/// and the redacted dry run.
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
        // One network access manager per client, not per message: its connection carries the next message.
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
        // idle connections they have timed out): that message goes once more, on a new connection (Qt resends a
        // request whose kept connection closed before any byte of the answer).
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

    void sendsThroughASocks5Proxy()
    {
        Socks5Server proxy;
        QVERIFY(proxy.listen());
        m_client->setProxy(proxy.proxy());
        const auto outcome =
            send(request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm"))));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::Delivered);
        QCOMPARE(proxy.targets, QStringList{QStringLiteral("127.0.0.1:%1").arg(m_server->port())});
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
