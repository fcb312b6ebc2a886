// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "fakehttp.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace alertdesk::test {

/// An HTTP proxy on 127.0.0.1 for tests: it records each request as the client sent it. A plain request (with the
/// absolute URI on its request line) is forwarded to the host and port named there and its answer relayed back; a
/// CONNECT (what HTTPS goes through) opens a tunnel to the host and port named, and relays the bytes both ways.
class FakeHttpProxy : public QObject {
    Q_OBJECT
public:
    explicit FakeHttpProxy(QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QNetworkProxy proxy() const { return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port()); }
    QList<HttpRequest> requests() const { return m_requests; }

signals:
    void requestForwarded();

private:
    void forward(QTcpSocket* client, const HttpRequest& request);
    QTcpSocket* openTunnel(QTcpSocket* client, const HttpRequest& request);
    QTcpServer m_server;
    QList<HttpRequest> m_requests;
};

} // namespace alertdesk::test
