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

/// A plain HTTP forward proxy on 127.0.0.1 for tests: it records each request as the client sent it (with the
/// absolute URI on its request line), forwards it to the host and port named there, and relays the answer back.
/// Only http:// targets (no CONNECT), which is what the tests' FakeDingTalkServer speaks.
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
    QTcpServer m_server;
    QList<HttpRequest> m_requests;
};

} // namespace alertdesk::test
