// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QSslError>
#include <QTcpServer>
#include <QUrl>

namespace alertdesk::test {

/// An HTTPS server on 127.0.0.1 with the self-signed certificate of tests/data/tls (valid 2000-2100, for 127.0.0.1).
/// Whoever completes the handshake and sends a request gets DingTalk's "ok" answer, so a client that accepted the
/// untrusted certificate would report the message as delivered; the server counts such requests.
class FakeTlsServer : public QTcpServer {
    Q_OBJECT
public:
    explicit FakeTlsServer(QObject* parent = nullptr);

    bool listen();         ///< false (with a qWarning) when the certificate cannot be loaded or no port is free
    QUrl endpoint() const; ///< https://127.0.0.1:<port>/robot/send

    int handshakes() const { return m_handshakes; } ///< connections that reached the TLS handshake
    int requests() const { return m_requests; }     ///< requests received over a completed handshake

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_handshakes = 0;
    int m_requests = 0;
};

} // namespace alertdesk::test
