// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimeZone>
#include <QTimer>

namespace alertdesk {

namespace {

/// The system's proxy configuration for this client only (QNetworkProxyFactory::setUseSystemConfiguration would
/// change it for the whole process). On Linux this honours http_proxy, https_proxy and no_proxy.
class SystemProxyFactory : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override { return systemProxyForQuery(query); }
};

/// Date: Tue, 14 Nov 2023 22:13:20 GMT (RFC 7231's IMF-fixdate) as milliseconds since the epoch.
std::optional<qint64> httpDate(const QByteArray& value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return date.toMSecsSinceEpoch();
}

/// Qt's error strings quote the URL, which holds the access token and the signature: never pass them on.
QString withoutSecrets(QString text, const PreparedRequest& prepared, const SendRequest& request)
{
    text.replace(prepared.url.toString(QUrl::FullyEncoded), prepared.redactedUrl());
    text.replace(prepared.url.toString(), prepared.redactedUrl());
    if (!request.accessToken.isEmpty())
        text.replace(request.accessToken, QStringLiteral("<redacted>"));
    if (!request.signSecret.isEmpty())
        text.replace(request.signSecret, QStringLiteral("<redacted>"));
    return text;
}

/// The first bytes of an answer that is not DingTalk's JSON, on one line, for the outcome's detail.
QString answerSample(const QByteArray& body)
{
    QString sample = QString::fromUtf8(body.left(120)).simplified();
    if (body.size() > 120)
        sample += QStringLiteral("...");
    return sample.isEmpty() ? QStringLiteral("empty answer") : sample;
}

void readAnswer(SendOutcome& outcome, const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject object = document.object();
    const QJsonValue errcode = object.value(QStringLiteral("errcode"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || !errcode.isDouble()) {
        outcome.kind = SendOutcome::Kind::UnreadableAnswer;
        outcome.detail = answerSample(body);
        return;
    }
    outcome.errcode = errcode.toInt();
    outcome.errmsg = object.value(QStringLiteral("errmsg")).toString();
    outcome.kind = outcome.errcode == 0 ? SendOutcome::Kind::Delivered : SendOutcome::Kind::DingTalkError;
}

} // namespace

DingTalkClient::DingTalkClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(systemMsClock())
{
    m_network->setProxyFactory(new SystemProxyFactory);
}

DingTalkClient::~DingTalkClient() = default;

void DingTalkClient::setClock(MsClock clock)
{
    m_clock = clock ? std::move(clock) : systemMsClock();
}

qint64 DingTalkClient::now() const
{
    return m_clock();
}

void DingTalkClient::setProxy(std::optional<QNetworkProxy> proxy)
{
    m_proxy = std::move(proxy);
    if (m_proxy)
        m_network->setProxy(*m_proxy); // also drops the factory
    else
        m_network->setProxyFactory(new SystemProxyFactory);
}

Result<std::optional<QNetworkProxy>> DingTalkClient::parseProxySetting(const QString& setting)
{
    const QString text = setting.trimmed();
    if (text.isEmpty())
        return std::optional<QNetworkProxy>();
    if (text.compare(QStringLiteral("direct"), Qt::CaseInsensitive) == 0)
        return std::optional<QNetworkProxy>(QNetworkProxy(QNetworkProxy::NoProxy));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QStringLiteral("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
        (scheme != QStringLiteral("http") && scheme != QStringLiteral("socks5"))) {
        return Error::invalid(QStringLiteral("proxy"),
                              QCoreApplication::translate("alertdesk::DingTalkClient",
                                                          "The proxy setting is not understood. Write it as "
                                                          "http://host:port or socks5://host:port, \"direct\" for no "
                                                          "proxy, or leave it empty to use the system's proxy."));
    }
    return std::optional<QNetworkProxy>(
        QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password()));
}

void DingTalkClient::send(const SendRequest& request, QObject* context, Done done)
{
    const PreparedRequest prepared = prepare(request);
    QNetworkRequest networkRequest(prepared.url);
    for (const auto& [name, value] : prepared.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(request.timeoutMs);
    // A redirect would carry the token elsewhere; DingTalk never redirects, so a 3xx is reported, not followed.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QNetworkReply* reply = m_network->post(networkRequest, prepared.body);
    // The transfer timeout restarts with every byte; this one bounds the whole exchange (a trickling answer).
    auto timedOut = std::make_shared<bool>(false);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(request.timeoutMs);

    // DingTalk's answer is tiny: stop at the cap, whether the size is announced (Content-Length) or just arrives.
    auto tooLarge = std::make_shared<bool>(false);
    const auto stopPastTheCap = [reply, tooLarge](qint64 bytes) {
        if (bytes > SendRequest::maxAnswerBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stopPastTheCap] {
        stopPastTheCap(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [stopPastTheCap](qint64 received, qint64) { stopPastTheCap(received); });
    // Why the certificate was refused (untrusted, wrong host, expired): Qt's handshake error alone does not say.
    auto tlsProblems = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, reply, [tlsProblems](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            tlsProblems->append(error.errorString());
    });

    const QPointer<QObject> receiver(context);
    const bool guarded = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, deadline, receiver, guarded, done = std::move(done), elapsed, timedOut, tooLarge, tlsProblems,
             prepared, request] {
                deadline->stop();
                reply->deleteLater();
                SendOutcome outcome;
                outcome.latencyMs = elapsed->elapsed();
                outcome.timeoutMs = request.timeoutMs;
                outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (const auto date = httpDate(reply->rawHeader("Date")))
                    outcome.clockSkewMs = *date - now();
                const QNetworkReply::NetworkError error = reply->error();
                const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
                if (*tooLarge) {
                    outcome.kind = SendOutcome::Kind::AnswerTooLarge;
                    outcome.detail = QStringLiteral("more than %1 bytes").arg(SendRequest::maxAnswerBytes);
                } else if (*timedOut || error == QNetworkReply::TimeoutError ||
                           error == QNetworkReply::OperationCanceledError) {
                    outcome.kind = SendOutcome::Kind::Timeout;
                    outcome.detail = body.isEmpty() && outcome.httpStatus == 0
                                         ? QStringLiteral("no answer")
                                         : QStringLiteral("answer incomplete after %1 bytes").arg(body.size());
                } else if (error == QNetworkReply::SslHandshakeFailedError || !tlsProblems->isEmpty()) {
                    outcome.kind = SendOutcome::Kind::TlsError;
                    outcome.detail =
                        tlsProblems->isEmpty() ? reply->errorString() : tlsProblems->join(QStringLiteral("; "));
                } else if (outcome.httpStatus != 0 && outcome.httpStatus != 200) {
                    outcome.kind = SendOutcome::Kind::HttpError;
                    outcome.detail = answerSample(body);
                } else if (error != QNetworkReply::NoError) {
                    outcome.kind = SendOutcome::Kind::NetworkError;
                    outcome.detail = reply->errorString();
                } else {
                    readAnswer(outcome, body);
                }
                outcome.detail = withoutSecrets(outcome.detail, prepared, request);
                if (receiver || !guarded)
                    done(std::move(outcome));
            });
}

} // namespace alertdesk
