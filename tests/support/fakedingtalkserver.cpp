// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "fakedingtalkserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <sys/socket.h>

namespace alertdesk::test {

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 minuteMs = 60 * 1000;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// RFC 2104 by hand, so the fake does not share code (or a bug) with Signer's QMessageAuthenticationCode.
QByteArray hmacSha256(QByteArray key, const QByteArray& message)
{
    constexpr int blockSize = 64;
    if (key.size() > blockSize)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key = key.leftJustified(blockSize, '\0');
    QByteArray inner(blockSize, '\0');
    QByteArray outer(blockSize, '\0');
    for (int i = 0; i < blockSize; ++i) {
        inner[i] = char(key.at(i) ^ 0x36);
        outer[i] = char(key.at(i) ^ 0x5c);
    }
    const QByteArray innerHash = QCryptographicHash::hash(QByteArray(inner + message), QCryptographicHash::Sha256);
    return QCryptographicHash::hash(QByteArray(outer + innerHash), QCryptographicHash::Sha256);
}

/// The fields DingTalk searches for keywords, per msgtype.
QString keywordText(const QJsonObject& body)
{
    const QString type = body.value(QStringLiteral("msgtype")).toString();
    const QJsonObject part = body.value(type).toObject();
    QStringList texts{part.value(QStringLiteral("content")).toString(), part.value(QStringLiteral("title")).toString(),
                      part.value(QStringLiteral("text")).toString(),
                      part.value(QStringLiteral("singleTitle")).toString()};
    for (const QJsonValue button : part.value(QStringLiteral("btns")).toArray())
        texts.append(button.toObject().value(QStringLiteral("title")).toString());
    for (const QJsonValue link : part.value(QStringLiteral("links")).toArray())
        texts.append(link.toObject().value(QStringLiteral("title")).toString());
    return texts.join(QLatin1Char('\n'));
}

bool ipAllowed(const QHostAddress& peer, const QStringList& ranges)
{
    for (const QString& range : ranges) {
        const auto subnet =
            QHostAddress::parseSubnet(range.contains(QLatin1Char('/')) ? range : range + QStringLiteral("/32"));
        if (peer.isInSubnet(subnet))
            return true;
    }
    return false;
}

QByteArray dingTalkBody(int errcode, const QString& errmsg)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("errcode"), errcode}, {QStringLiteral("errmsg"), errmsg}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeDingTalkServer::FakeDingTalkServer(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_requestReadNs.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeDingTalkServer::~FakeDingTalkServer()
{
    // The connections' sockets are the server's children: silence them before the members they report to go.
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

bool FakeDingTalkServer::listen()
{
    if (m_server.listen(QHostAddress::LocalHost))
        return true;
    qWarning("FakeDingTalkServer: cannot listen: %s", qPrintable(m_server.errorString()));
    return false;
}

QUrl FakeDingTalkServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send").arg(port()));
}

QString FakeDingTalkServer::expectedSign(const QString& secret, qint64 timestampMs)
{
    const QByteArray key = secret.toUtf8();
    return QString::fromLatin1(hmacSha256(key, QByteArray::number(timestampMs) + '\n' + key).toBase64());
}

QPair<int, QString> FakeDingTalkServer::judge(const HttpRequest& request, const QHostAddress& peer)
{
    if (m_forced)
        return *m_forced;
    const QString token = request.queryValue("access_token").value_or(QString());
    if (!m_robots.contains(token))
        return {300001, QStringLiteral("token is not exist")};
    const FakeRobot& robot = m_robots[token];
    if (!robot.enabled)
        return {400102, QStringLiteral("robot disabled")};

    const qint64 now = m_clock();
    if (m_throttledUntil.value(token) > now)
        return {130101, QStringLiteral("send too fast, exceed 20 times per minute")};
    QList<qint64>& times = m_sendTimes[token];
    times.removeIf([now](qint64 time) { return time <= now - minuteMs; });
    times.append(now);
    if (times.size() > 20) {
        m_throttledUntil[token] = now + 10 * minuteMs;
        return {130101, QStringLiteral("send too fast, exceed 20 times per minute")};
    }

    if (!request.header("Content-Type").toLower().startsWith("application/json"))
        return {43004, QStringLiteral("Content-Type not supported")};
    if (request.body.size() > 20000)
        return {460101, QStringLiteral("message too long, exceed 20000 bytes")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {40035, QStringLiteral("missing parameter json")};
    const QJsonObject body = document.object();
    const QString msgtype = body.value(QStringLiteral("msgtype")).toString();
    const QStringList msgtypes{QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("link"),
                               QStringLiteral("actionCard"), QStringLiteral("feedCard")};
    if (!msgtypes.contains(msgtype) || !body.value(msgtype).isObject())
        return {400105, QStringLiteral("unsupported msgtype")};

    if (!robot.secret.isEmpty()) {
        bool numeric = false;
        const qint64 timestamp = request.queryValue("timestamp").value_or(QString()).toLongLong(&numeric);
        if (!numeric || qAbs(now - timestamp) > hourMs)
            return {310000, QStringLiteral("invalid timestamp")};
        if (request.queryValue("sign") != expectedSign(robot.secret, timestamp))
            return {310000, QStringLiteral("sign not match")};
    }
    if (!robot.keywords.isEmpty()) {
        const QString text = keywordText(body);
        const bool found = std::any_of(robot.keywords.cbegin(), robot.keywords.cend(),
                                       [&text](const QString& keyword) { return text.contains(keyword); });
        if (!found)
            return {310000, QStringLiteral("keywords not in content")};
    }
    if (!robot.ipRanges.isEmpty() && !ipAllowed(peer, robot.ipRanges))
        return {310000, QStringLiteral("ip %1 not in whitelist").arg(peer.toString())};
    return {0, QStringLiteral("ok")};
}

void FakeDingTalkServer::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    if (buffer.isEmpty())
        m_requestReadNs.insert(socket, steadyNs());
    buffer += socket->readAll();
    while (std::optional<HttpRequest> request = takeHttpRequest(buffer)) {
        RecordedRequest recorded;
        static_cast<HttpRequest&>(recorded) = std::move(*request);
        recorded.peer = socket->peerAddress();
        m_requests.append(recorded);
        answer(socket, recorded);
        emit requestReceived();
        if (!m_buffers.contains(socket))
            return; // reset
    }
}

void FakeDingTalkServer::answer(QTcpSocket* socket, const RecordedRequest& request)
{
    const QByteArray date = "Date: " +
                            QLocale::c()
                                .toString(QDateTime::fromMSecsSinceEpoch(m_clock(), QTimeZone::utc()),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1() +
                            "\r\n";
    const QByteArray json = "application/json;charset=utf-8";
    if (m_mode != Mode::Normal)
        m_errcodes.append(-2);
    switch (m_mode) {
    case Mode::Normal: {
        const auto [errcode, errmsg] = judge(request, request.peer);
        m_errcodes.append(errcode);
        socket->write(httpResponse(200, "OK", json, dingTalkBody(errcode, errmsg), date));
        socket->flush();
        if (m_timing)
            m_timing(m_requestReadNs.value(socket), steadyNs());
        return;
    }
    case Mode::Hang:
        return;
    case Mode::SlowBody: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{");
        auto* trickle = new QTimer(socket);
        connect(trickle, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        trickle->start(20);
        return;
    }
    case Mode::Reset: {
        // SO_LINGER with a zero timeout turns close() into a TCP RST.
        const struct linger hard {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    case Mode::Http500:
        socket->write(httpResponse(500, "Internal Server Error", "text/html",
                                   "<html><body><h1>500 Internal Server Error</h1></body></html>", date));
        return;
    case Mode::Html:
        socket->write(httpResponse(200, "OK", "text/html",
                                   "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Wi-Fi login"
                                   "</body></html>",
                                   date));
        return;
    case Mode::InvalidJson:
        socket->write(httpResponse(200, "OK", json, "{\"errcode\":0,\"errmsg\":", date));
        return;
    case Mode::HugeBody:
    case Mode::HugeBodyUnannounced: {
        // Valid JSON with errcode 0: a client that read it all would call it delivered.
        QByteArray body = "{\"errcode\":0,\"errmsg\":\"";
        body += QByteArray(hugeBodyBytes, 'x');
        body += "\"}";
        if (m_mode == Mode::HugeBody) {
            socket->write(httpResponse(200, "OK", json, body, date));
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + json + "\r\nConnection: close\r\n" + date + "\r\n" +
                          body);
            socket->disconnectFromHost(); // after the buffered bytes are written
        }
        return;
    }
    }
}

} // namespace alertdesk::test
