// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "faketlsserver.h"

#include "fakehttp.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <memory>

namespace alertdesk::test {

namespace {

QByteArray readTlsFile(const char* name)
{
    QFile file(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

FakeTlsServer::FakeTlsServer(QObject* parent)
    : QTcpServer(parent)
{}

bool FakeTlsServer::listen()
{
    if (!QSslSocket::supportsSsl()) {
        qWarning("FakeTlsServer: Qt has no TLS backend here (%s)", qPrintable(QSslSocket::activeBackend()));
        return false;
    }
    if (QSslCertificate(readTlsFile("selfsigned.crt")).isNull() ||
        QSslKey(readTlsFile("selfsigned.key"), QSsl::Rsa).isNull()) {
        qWarning("FakeTlsServer: cannot read the certificate or key in " ALERTDESK_TEST_DATA_DIR "/tls");
        return false;
    }
    if (QTcpServer::listen(QHostAddress::LocalHost))
        return true;
    qWarning("FakeTlsServer: cannot listen: %s", qPrintable(errorString()));
    return false;
}

QUrl FakeTlsServer::endpoint() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/robot/send").arg(serverPort()));
}

void FakeTlsServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_handshakes;
    socket->setLocalCertificate(QSslCertificate(readTlsFile("selfsigned.crt")));
    socket->setPrivateKey(QSslKey(readTlsFile("selfsigned.key"), QSsl::Rsa));
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        while (takeHttpRequest(*buffer)) {
            ++m_requests;
            socket->write(httpResponse(200, "OK", "application/json;charset=utf-8", R"({"errcode":0,"errmsg":"ok"})"));
        }
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    // The client refuses the certificate and drops the connection: that is the expected end, not a server problem.
    connect(socket, &QSslSocket::sslErrors, socket, [](const QList<QSslError>&) {});
    socket->startServerEncryption();
}

} // namespace alertdesk::test
