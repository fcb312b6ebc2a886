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
            connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
                *buffer += client->readAll();
                while (std::optional<HttpRequest> request = takeHttpRequest(*buffer))
                    forward(client, *request);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
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

} // namespace alertdesk::test
