// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"

#include "dingtalk/httppost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QSslSocket>
#include <array>

namespace alertdesk {

namespace {

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
    , m_clock(systemMsClock())
{}

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
}

HttpRoute DingTalkClient::routeTo(const QUrl& url) const
{
    // The system's proxy configuration (on Linux http_proxy, https_proxy and no_proxy), for this client only.
    QNetworkProxy proxy = m_proxy.value_or(QNetworkProxy(QNetworkProxy::DefaultProxy));
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.constFirst();
    }
    if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy)
        proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    return {url, proxy};
}

struct DingTalkClient::Attempt {
    HttpRoute route;
    PreparedRequest prepared;
    SendRequest request;
    QPointer<QObject> receiver;
    bool guarded = false;
    Done done;
};

void DingTalkClient::post(const std::shared_ptr<Attempt>& attempt, bool reuse)
{
    const QString key = attempt->route.key();
    QAbstractSocket* socket = reuse ? m_idle.take(key) : nullptr;
    const bool reused = socket != nullptr;
    if (socket)
        disconnect(socket, nullptr, this, nullptr);
    else if (attempt->route.encrypted())
        socket = new QSslSocket;
    else
        socket = new QTcpSocket;
    auto* post = new HttpPost(socket, reused, attempt->route, attempt->prepared.headers, attempt->prepared.body,
                              SendRequest::maxAnswerBytes, attempt->request.timeoutMs, this);
    connect(post, &HttpPost::finished, this, [this, attempt, post] { finish(attempt, post); });
    post->start();
}

void DingTalkClient::keepConnection(const QString& route, QAbstractSocket* socket)
{
    if (QAbstractSocket* older = m_idle.take(route))
        older->deleteLater();
    socket->setParent(this);
    m_idle.insert(route, socket);
    // A server that closes the kept connection takes it out of the pool.
    const auto forget = [this, route, socket] {
        if (m_idle.value(route) == socket)
            m_idle.remove(route);
        disconnect(socket, nullptr, this, nullptr);
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    connect(socket, &QAbstractSocket::errorOccurred, this, forget);
    connect(socket, &QAbstractSocket::readyRead, this, forget); // nothing is expected between answers
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
    post(std::make_shared<Attempt>(
             Attempt{routeTo(prepared.url), prepared, request, context, context != nullptr, std::move(done)}),
         true);
}

void DingTalkClient::finish(const std::shared_ptr<Attempt>& attempt, HttpPost* post)
{
    post->deleteLater();
    // A kept connection the server has closed meanwhile fails before any byte of an answer: the message goes once
    // more, on a new connection.
    if (post->reused() && post->ending() == HttpPost::Ending::Failed && !post->answer().started())
        return this->post(attempt, false);
    if (QAbstractSocket* connection = post->takeConnection())
        keepConnection(attempt->route.key(), connection);
    SendOutcome outcome;
    outcome.latencyMs = post->elapsedMs();
    outcome.timeoutMs = attempt->request.timeoutMs;
    const HttpAnswer& answer = post->answer();
    outcome.httpStatus = answer.status();
    if (const auto date = httpDate(answer.header("date")))
        outcome.clockSkewMs = *date - now();
    const QByteArray& body = answer.body();
    switch (post->ending()) {
    case HttpPost::Ending::TooLarge:
        outcome.kind = SendOutcome::Kind::AnswerTooLarge;
        outcome.detail = QStringLiteral("more than %1 bytes").arg(SendRequest::maxAnswerBytes);
        break;
    case HttpPost::Ending::TimedOut:
        outcome.kind = SendOutcome::Kind::Timeout;
        outcome.detail = body.isEmpty() && outcome.httpStatus == 0
                             ? QStringLiteral("no answer")
                             : QStringLiteral("answer incomplete after %1 bytes").arg(body.size());
        break;
    case HttpPost::Ending::TlsFailed:
        outcome.kind = SendOutcome::Kind::TlsError;
        outcome.detail =
            post->tlsProblems().isEmpty() ? post->detail() : post->tlsProblems().join(QStringLiteral("; "));
        break;
    case HttpPost::Ending::Failed:
        outcome.kind = SendOutcome::Kind::NetworkError;
        outcome.detail = post->detail();
        break;
    case HttpPost::Ending::Answered:
        if (outcome.httpStatus != 200) {
            outcome.kind = SendOutcome::Kind::HttpError;
            outcome.detail = answerSample(body);
        } else {
            readAnswer(outcome, body);
        }
        break;
    }
    if (!outcome.detail.isEmpty())
        outcome.detail = withoutSecrets(outcome.detail, attempt->prepared, attempt->request);
    if (attempt->receiver || !attempt->guarded)
        attempt->done(std::move(outcome));
}

} // namespace alertdesk
