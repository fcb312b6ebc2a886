// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "fakehttpproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

namespace alertdesk::test {

FakeHttpProxy::FakeHttpProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            auto tunnel = std::make_shared<QPointer<QTcpSocket>>(); // after a CONNECT: bytes go through untouched
            connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, tunnel] {
                if (*tunnel) {
                    (*tunnel)->write(client->readAll());
                    return;
                }
                *buffer += client->readAll();
                while (std::optional<HttpRequest> request = takeHttpRequest(*buffer)) {
                    if (request->method == "CONNECT") {
                        *tunnel = openTunnel(client, *request);
                        return;
                    }
                    forward(client, *request);
                }
            });
            connect(client, &QTcpSocket::disconnected, client, [client, tunnel] {
                if (*tunnel)
                    (*tunnel)->disconnectFromHost();
                client->deleteLater();
            });
        }
    });
}

bool FakeHttpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void FakeHttpProxy::forward(QTcpSocket* client, const HttpRequest& request)
{
    m_requests.append(request);
    const QUrl target = QUrl::fromEncoded(request.target);
    // To the origin server: origin-form request line, the client's headers minus the proxy's own, one request per
    // connection; its answer goes back byte for byte.
    QByteArray head = request.method + ' ' + request.path() +
                      (request.rawQuery().isEmpty() ? QByteArray() : '?' + request.rawQuery()) + " HTTP/1.1\r\n";
    for (const auto& [name, value] : request.headers) {
        if (!name.toLower().startsWith("proxy-") && name.compare("Connection", Qt::CaseInsensitive) != 0)
            head += name + ": " + value + "\r\n";
    }
    head += "Connection: close\r\n\r\n";

    auto* upstream = new QTcpSocket(this);
    const QPointer<QTcpSocket> toClient(client);
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, data = QByteArray(head + request.body)] { upstream->write(data); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, toClient] {
        const QByteArray data = upstream->readAll();
        if (toClient)
            toClient->write(data);
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, toClient](QAbstractSocket::SocketError) {
        if (upstream->state() == QAbstractSocket::UnconnectedState && toClient)
            toClient->disconnectFromHost();
    });
    upstream->connectToHost(target.host(), quint16(target.port(80)));
    emit requestForwarded();
}

QTcpSocket* FakeHttpProxy::openTunnel(QTcpSocket* client, const HttpRequest& request)
{
    m_requests.append(request);
    // "CONNECT host:port HTTP/1.1": once the host answers, "200" to the client and every byte relayed both ways.
    const qsizetype colon = request.target.lastIndexOf(':');
    auto* upstream = new QTcpSocket(this);
    const QPointer<QTcpSocket> toClient(client);
    connect(upstream, &QTcpSocket::connected, upstream, [toClient] {
        if (toClient)
            toClient->write("HTTP/1.1 200 Connection established\r\n\r\n");
    });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, toClient] {
        const QByteArray data = upstream->readAll();
        if (toClient)
            toClient->write(data);
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, [upstream, toClient] {
        if (toClient)
            toClient->disconnectFromHost();
        upstream->deleteLater();
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, toClient](QAbstractSocket::SocketError) {
        if (upstream->state() == QAbstractSocket::UnconnectedState && toClient) {
            toClient->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            toClient->disconnectFromHost();
        }
    });
    upstream->connectToHost(QString::fromLatin1(request.target.left(colon)), request.target.mid(colon + 1).toUShort());
    emit requestForwarded();
    return upstream;
}

} // namespace alertdesk::test
