// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/httpanswer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QAbstractSocket;

namespace alertdesk {

/// Where a request goes: the endpoint's scheme, host and port, and the proxy on the way. Connections are kept for
/// reuse by route.
struct HttpRoute {
    QUrl url;
    QNetworkProxy proxy; ///< NoProxy for a direct connection

    bool encrypted() const { return url.scheme() == QLatin1String("https"); }
    /// Plain HTTP through an HTTP proxy: the request goes to the proxy with the whole URL as its target.
    bool forwardedByProxy() const { return !encrypted() && proxy.type() == QNetworkProxy::HttpProxy; }
    QString key() const;
};

/// One POST and its answer, on a connection of its own or one kept from an earlier request, in the calling thread
/// (a webhook round trip on localhost takes tens of microseconds; QNetworkAccessManager's HTTP thread costs ten
/// times that). Ends exactly once with finished(); the answer's bytes stop at `maxAnswerBytes`.
class HttpPost : public QObject {
    Q_OBJECT
public:
    enum class Ending {
        Answered,  ///< a whole HTTP answer arrived (any status)
        TimedOut,  ///< the deadline passed first
        TooLarge,  ///< the answer passed the cap
        TlsFailed, ///< the server's certificate was refused, or the TLS handshake failed
        Failed,    ///< no (whole) answer: refused, reset, closed early, not HTTP
    };

    /// Takes `socket` (connected already when `reused`, else not yet) and posts `body` to `route` with `headers`.
    HttpPost(QAbstractSocket* socket, bool reused, const HttpRoute& route,
             const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, qint64 maxAnswerBytes,
             int timeoutMs, QObject* parent = nullptr);
    ~HttpPost() override;

    /// Connects (unless reused) and sends.
    void start();

    Ending ending() const { return m_ending; }
    const HttpAnswer& answer() const { return m_answer; }
    /// What went wrong, in the socket's words (empty when Answered).
    QString detail() const { return m_detail; }
    /// Why the certificate was refused, one sentence per problem.
    const QStringList& tlsProblems() const { return m_tlsProblems; }
    bool reused() const { return m_reused; }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }
    /// The connection, when it can carry another request (Answered, and the server keeps it open); the caller owns
    /// it then. Null otherwise.
    QAbstractSocket* takeConnection();

signals:
    void finished();

private:
    void sendRequest();
    void readAvailable();
    void closed();
    void failed();
    void end(Ending ending, const QString& detail = {});

    QPointer<QAbstractSocket> m_socket;
    bool m_reused;
    HttpRoute m_route;
    QByteArray m_request;
    HttpAnswer m_answer;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    Ending m_ending = Ending::Failed;
    bool m_ended = false;
    QString m_detail;
    QStringList m_tlsProblems;
};

} // namespace alertdesk
