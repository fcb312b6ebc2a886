// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "dingtalk/signer.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace alertdesk {

/// One message to one robot. The token and secret come from the SecretStore (Workspace::robotSecrets).
struct SendRequest {
    static constexpr int defaultTimeoutMs = 10000;
    /// DingTalk answers with a few dozen bytes; past this many the answer is not DingTalk's and is not read further
    /// (a misconfigured endpoint or proxy could otherwise stream gigabytes into memory).
    static constexpr qint64 maxAnswerBytes = 1024 * 1024;

    QUrl endpoint = QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send")); ///< webhook URL without its query
    QString accessToken;
    QString signSecret; ///< "SEC..." when the robot signs; empty: no timestamp/sign parameters
    DingTalkMessage message;
    /// The whole exchange must end within this many ms, else Timeout (also QNetworkRequest::setTransferTimeout).
    int timeoutMs = defaultTimeoutMs;
};

/// The HTTP request a SendRequest becomes at a given time: what the client posts, and what --dry-run/preview show
/// (redacted()).
struct PreparedRequest {
    QUrl url;                                     ///< endpoint?access_token=...[&timestamp=...&sign=...]
    QList<QPair<QByteArray, QByteArray>> headers; ///< Content-Type: application/json;charset=utf-8
    QByteArray body;                              ///< DingTalkMessage::toJson()
    qint64 timestampMs = 0;                       ///< the signing time (0 when not signed)

    static PreparedRequest prepare(const SendRequest& request, qint64 nowMs);
    /// "POST <url>\n<headers>\n\n<body>" with the access token and the sign replaced by "<redacted>" (the timestamp
    /// stays). Safe to print, log and show.
    QString redacted() const;
    /// Just the URL, redacted as above.
    QString redactedUrl() const;
};

/// What became of one send. Only an HTTP 200 JSON answer with errcode 0 is Delivered.
struct SendOutcome {
    enum class Kind {
        Delivered,        ///< HTTP 200, {"errcode":0}
        DingTalkError,    ///< HTTP 200, {"errcode":N != 0, "errmsg":"..."}
        HttpError,        ///< an HTTP status other than 200 (proxy errors, 5xx, 404 for a wrong endpoint)
        NetworkError,     ///< no HTTP answer: DNS, refused, reset, proxy unreachable
        Timeout,          ///< nothing (more) arrived within the transfer timeout
        UnreadableAnswer, ///< HTTP 200 but not DingTalk's JSON (HTML from a captive portal, broken JSON)
        TlsError,         ///< the server's certificate was refused (untrusted, self-signed, wrong host, expired)
        AnswerTooLarge,   ///< the answer passed SendRequest::maxAnswerBytes: reading stopped there
    };
    Kind kind = Kind::NetworkError;
    int errcode = 0;      ///< DingTalk's errcode (DingTalkError; 0 when Delivered)
    QString errmsg;       ///< DingTalk's errmsg, verbatim
    int httpStatus = 0;   ///< 0 when no HTTP answer arrived
    QString detail;       ///< technical detail: Qt's error string, the first bytes of an unreadable answer
    qint64 latencyMs = 0; ///< from sending to the end of the answer (or failure)
    int timeoutMs = SendRequest::defaultTimeoutMs;
    std::optional<qint64> clockSkewMs; ///< the answer's Date header minus the local clock, when there was one

    bool delivered() const { return kind == Kind::Delivered; }
    /// 130101/410100: the robot is throttled for 10 minutes (the rate budget marks it).
    bool throttled() const;
    /// A translated sentence: what happened and what to do (DingTalkErrors::explain for DingTalk errors).
    QString explanation() const;
    /// "delivered", "dingtalk-error", "http-error", "network-error", "timeout", "unreadable-answer", "tls-error",
    /// "answer-too-large" (for --json).
    static QString kindName(Kind kind);
};

/// Posts DingTalk messages asynchronously through its own QNetworkAccessManager (which keeps connections for the next
/// message, speaks HTTP/1.1 and HTTP/2, TLS, and the proxies below); signs with the injected clock's time. Redirects
/// are reported, never followed; the whole exchange ends within the request's timeout; answers stop at
/// SendRequest::maxAnswerBytes. Proxy: the system's by default (on Linux http_proxy/https_proxy/no_proxy), or one set
/// with setProxy(): HTTP (plain requests forwarded, HTTPS through CONNECT), SOCKS5, or none.
class DingTalkClient : public QObject {
    Q_OBJECT
public:
    explicit DingTalkClient(QObject* parent = nullptr);
    ~DingTalkClient() override;

    using Done = std::function<void(SendOutcome)>;
    /// Sends; `done` runs exactly once, later (never inside send()), unless `context` (when not null) is destroyed
    /// first.
    void send(const SendRequest& request, QObject* context, Done done);

    /// The request send() would post now (for --dry-run and previews: print PreparedRequest::redacted()).
    PreparedRequest prepare(const SendRequest& request) const { return PreparedRequest::prepare(request, now()); }

    void setClock(MsClock clock);
    qint64 now() const;

    /// std::nullopt (the default): the system proxy configuration. QNetworkProxy::NoProxy: direct connections.
    void setProxy(std::optional<QNetworkProxy> proxy);
    std::optional<QNetworkProxy> proxy() const { return m_proxy; }
    /// Parses a workspace proxy setting: "" (system), "direct", or http://[user:pass@]host:port,
    /// socks5://host:port. Errors name the field "proxy".
    static Result<std::optional<QNetworkProxy>> parseProxySetting(const QString& setting);

private:
    struct Exchange; ///< one send: what goes, what has come back, and who hears of it
    void finish(Exchange& exchange);

    QNetworkAccessManager* m_network = nullptr; ///< a child: one per client, never shared
    MsClock m_clock;
    std::optional<QNetworkProxy> m_proxy;
};

} // namespace alertdesk
