// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <array>
#include <memory>

namespace alertdesk {

namespace {

/// The proxy for each request: the configured one, else the system's first for the URL (on Linux http_proxy,
/// https_proxy and no_proxy), for this client only (QNetworkProxyFactory::setUseSystemConfiguration would change the
/// whole process). Only HTTP proxies (plain requests forwarded, HTTPS through CONNECT) and SOCKS5 carry a message;
/// anything else goes direct.
class ProxyChoice : public QNetworkProxyFactory {
public:
    explicit ProxyChoice(std::optional<QNetworkProxy> configured)
        : m_configured(std::move(configured))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        QNetworkProxy proxy = m_configured.value_or(QNetworkProxy(QNetworkProxy::DefaultProxy));
        if (proxy.type() == QNetworkProxy::DefaultProxy) {
            const QList<QNetworkProxy> system = systemProxyForQuery(query);
            proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.constFirst();
        }
        if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy)
            proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return {proxy};
    }

private:
    std::optional<QNetworkProxy> m_configured;
};

/// Whether a reply's error only says that the HTTP status was not a success (the answer itself arrived), as opposed
/// to a connection that failed (refused, reset, closed early, proxy unreachable: QNetworkReply's codes below 100).
bool onlyTheStatus(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError || int(error) >= 100;
}

/// Date: Tue, 14 Nov 2023 22:13:20 GMT (RFC 7231's IMF-fixdate) as milliseconds since the epoch.
/// Read field by field: QLocale's format parser takes longer than the rest of a localhost round trip.
std::optional<qint64> httpDate(const QByteArray& value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 6 || !parts.at(0).endsWith(',') || parts.at(5) != "GMT")
        return std::nullopt;
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto month =
        std::find_if(months.begin(), months.end(), [&](const char* name) { return parts.at(2) == name; });
    const QList<QByteArray> clock = parts.at(4).split(':');
    bool dayOk = false;
    bool yearOk = false;
    const QDate date(parts.at(3).toInt(&yearOk), int(month - months.begin()) + 1, parts.at(1).toInt(&dayOk));
    if (month == months.end() || !dayOk || !yearOk || !date.isValid() || clock.size() != 3)
        return std::nullopt;
    bool hourOk = false;
    bool minuteOk = false;
    bool secondOk = false;
    const QTime time(clock.at(0).toInt(&hourOk), clock.at(1).toInt(&minuteOk), clock.at(2).toInt(&secondOk));
    if (!hourOk || !minuteOk || !secondOk || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
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
    m_network->setProxyFactory(new ProxyChoice(std::nullopt));
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
    if (proxy == m_proxy)
        return; // TestSender applies the workspace's setting before every send
    m_proxy = std::move(proxy);
    m_network->setProxyFactory(new ProxyChoice(m_proxy)); // the manager owns it, and drops the one before
}

struct DingTalkClient::Exchange {
    PreparedRequest prepared;
    SendRequest request;
    QPointer<QObject> receiver;
    bool guarded = false;
    Done done;
    QNetworkReply* reply = nullptr;
    QElapsedTimer elapsed;
    QByteArray body;       ///< what has arrived of the answer, at most SendRequest::maxAnswerBytes + what passed it
    int httpStatus = 0;    ///< from the answer's head, kept when the reply is aborted later
    bool timedOut = false; ///< the deadline passed
    bool tooLarge = false; ///< the answer passed the cap
    QStringList tlsProblems;
};

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
    auto exchange = std::make_shared<Exchange>();
    exchange->prepared = prepare(request);
    exchange->request = request;
    exchange->receiver = context;
    exchange->guarded = context != nullptr;
    exchange->done = std::move(done);

    QNetworkRequest networkRequest(exchange->prepared.url);
    for (const auto& [name, value] : exchange->prepared.headers)
        networkRequest.setRawHeader(name, value);
    // Restarts with every byte: ends a server that goes quiet. The deadline below ends one that drips.
    networkRequest.setTransferTimeout(request.timeoutMs);
    // A redirect would carry the token elsewhere; DingTalk never redirects, so a 3xx is reported, not followed.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Each message stands alone: no cookie goes out or is kept.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    exchange->elapsed.start();
    QNetworkReply* reply = m_network->post(networkRequest, exchange->prepared.body);
    exchange->reply = reply;
    // Every handler holds the exchange; they all go with the reply.
    const std::shared_ptr<Exchange>& x = exchange;

    // The whole exchange ends within the timeout, however slowly the answer trickles in.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [x] {
        x->timedOut = true;
        x->reply->abort();
    });
    deadline->start(request.timeoutMs);

    // DingTalk's answer is a few dozen bytes: reading stops past the cap, whether the size is announced
    // (Content-Length) or just arrives.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [x] {
        x->httpStatus = x->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (x->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > SendRequest::maxAnswerBytes) {
            x->tooLarge = true;
            x->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [x] {
        x->body += x->reply->readAll();
        if (x->body.size() > SendRequest::maxAnswerBytes) {
            x->tooLarge = true;
            x->reply->abort();
        }
    });
    // Why the certificate was refused (untrusted, wrong host, expired): the handshake's error alone does not say.
    connect(reply, &QNetworkReply::sslErrors, reply, [x](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            x->tlsProblems.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, exchange, deadline] {
        deadline->stop();
        finish(*exchange);
    });
}

void DingTalkClient::finish(Exchange& exchange)
{
    QNetworkReply* reply = exchange.reply;
    reply->deleteLater();
    if (!exchange.tooLarge && reply->isOpen())
        exchange.body += reply->readAll();
    SendOutcome outcome;
    outcome.latencyMs = exchange.elapsed.elapsed();
    outcome.timeoutMs = exchange.request.timeoutMs;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.httpStatus = status != 0 ? status : exchange.httpStatus;
    if (const auto date = httpDate(reply->rawHeader("Date")))
        outcome.clockSkewMs = *date - now();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray& body = exchange.body;
    if (exchange.tooLarge) {
        outcome.kind = SendOutcome::Kind::AnswerTooLarge;
        outcome.detail = QStringLiteral("more than %1 bytes").arg(SendRequest::maxAnswerBytes);
    } else if (exchange.timedOut || error == QNetworkReply::TimeoutError ||
               error == QNetworkReply::OperationCanceledError) {
        outcome.kind = SendOutcome::Kind::Timeout;
        outcome.detail = body.isEmpty() && outcome.httpStatus == 0
                             ? QStringLiteral("no answer")
                             : QStringLiteral("answer incomplete after %1 bytes").arg(body.size());
    } else if (error == QNetworkReply::SslHandshakeFailedError || !exchange.tlsProblems.isEmpty()) {
        outcome.kind = SendOutcome::Kind::TlsError;
        outcome.detail =
            exchange.tlsProblems.isEmpty() ? reply->errorString() : exchange.tlsProblems.join(QStringLiteral("; "));
    } else if (outcome.httpStatus != 0 && outcome.httpStatus != 200 && onlyTheStatus(error)) {
        outcome.kind = SendOutcome::Kind::HttpError;
        outcome.detail = answerSample(body);
    } else if (error != QNetworkReply::NoError) {
        outcome.kind = SendOutcome::Kind::NetworkError;
        outcome.detail = reply->errorString();
    } else {
        readAnswer(outcome, body);
    }
    if (!outcome.detail.isEmpty())
        outcome.detail = withoutSecrets(outcome.detail, exchange.prepared, exchange.request);
    if (exchange.receiver || !exchange.guarded)
        exchange.done(std::move(outcome));
}

} // namespace alertdesk
