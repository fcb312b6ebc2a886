// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/httppost.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace alertdesk {

QString HttpRoute::key() const
{
    return QStringList{url.scheme(),
                       url.host(),
                       QString::number(url.port(encrypted() ? 443 : 80)),
                       QString::number(int(proxy.type())),
                       proxy.hostName(),
                       QString::number(proxy.port()),
                       proxy.user()}
        .join(QLatin1Char('\n'));
}

namespace {

QByteArray requestBytes(const HttpRoute& route, const QList<QPair<QByteArray, QByteArray>>& headers,
                        const QByteArray& body)
{
    const QUrl& url = route.url;
    QByteArray target = route.forwardedByProxy()
                            ? url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment)
                            : url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || target.startsWith('?'))
        target.prepend('/');
    QByteArray request = "POST " + target +
                         " HTTP/1.1\r\nHost: " + url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toUtf8() +
                         "\r\n";
    for (const auto& [name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (route.forwardedByProxy() && !route.proxy.user().isEmpty()) {
        const QByteArray credentials = (route.proxy.user() + QLatin1Char(':') + route.proxy.password()).toUtf8();
        request += "Proxy-Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    return request + "\r\n" + body;
}

} // namespace

HttpPost::HttpPost(QAbstractSocket* socket, bool reused, const HttpRoute& route,
                   const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, qint64 maxAnswerBytes,
                   int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_reused(reused)
    , m_route(route)
    , m_request(requestBytes(route, headers, body))
    , m_answer(maxAnswerBytes)
{
    socket->setParent(this);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { end(Ending::TimedOut); });
}

HttpPost::~HttpPost() = default;

void HttpPost::start()
{
    m_elapsed.start();
    m_deadline.start();
    QAbstractSocket* socket = m_socket;
    connect(socket, &QAbstractSocket::readyRead, this, &HttpPost::readAvailable);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpPost::closed);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpPost::failed);
    if (m_reused) {
        sendRequest();
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl& url = m_route.url;
    const quint16 port = quint16(url.port(m_route.encrypted() ? 443 : 80));
    if (m_route.forwardedByProxy()) {
        socket->setProxy(QNetworkProxy::NoProxy);
        connect(socket, &QAbstractSocket::connected, this, &HttpPost::sendRequest);
        socket->connectToHost(m_route.proxy.hostName(), m_route.proxy.port());
        return;
    }
    socket->setProxy(m_route.proxy);
    if (auto* tls = qobject_cast<QSslSocket*>(socket); tls && m_route.encrypted()) {
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            for (const QSslError& error : errors)
                m_tlsProblems.append(error.errorString());
        });
        connect(tls, &QSslSocket::encrypted, this, &HttpPost::sendRequest);
        tls->connectToHostEncrypted(url.host(), port);
        return;
    }
    connect(socket, &QAbstractSocket::connected, this, &HttpPost::sendRequest);
    socket->connectToHost(url.host(), port);
}

void HttpPost::sendRequest()
{
    if (!m_ended && m_socket)
        m_socket->write(m_request);
}

void HttpPost::readAvailable()
{
    if (m_ended || !m_socket)
        return;
    switch (m_answer.feed(m_socket->readAll())) {
    case HttpAnswer::State::Done:
        return end(Ending::Answered);
    case HttpAnswer::State::TooLarge:
        return end(Ending::TooLarge);
    case HttpAnswer::State::Malformed:
        return end(Ending::Failed, tr("The answer is not HTTP."));
    case HttpAnswer::State::Head:
    case HttpAnswer::State::Body:
        return;
    }
}

void HttpPost::closed()
{
    if (m_ended)
        return;
    readAvailable();
    if (m_ended)
        return;
    if (m_answer.connectionClosed() == HttpAnswer::State::Done)
        return end(Ending::Answered);
    end(Ending::Failed, m_answer.started() ? tr("The connection closed before the whole answer had arrived.")
                                           : tr("The connection closed without an answer."));
}

void HttpPost::failed()
{
    if (m_ended || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return closed();
    readAvailable();
    if (m_ended)
        return;
    const bool tls = error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError ||
                     error == QAbstractSocket::SslInvalidUserDataError || !m_tlsProblems.isEmpty();
    end(tls ? Ending::TlsFailed : Ending::Failed, m_socket->errorString());
}

void HttpPost::end(Ending ending, const QString& detail)
{
    if (m_ended)
        return;
    m_ended = true;
    m_ending = ending;
    m_detail = detail;
    m_deadline.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        if (ending != Ending::Answered || !m_answer.keepsConnection())
            m_socket->abort();
    }
    emit finished();
}

QAbstractSocket* HttpPost::takeConnection()
{
    if (!m_socket || m_ending != Ending::Answered || !m_answer.keepsConnection() ||
        m_socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    QAbstractSocket* socket = m_socket;
    m_socket = nullptr;
    socket->setParent(nullptr);
    return socket;
}

} // namespace alertdesk
