// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/webhookurl.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace alertdesk {

namespace {

const QString dingTalkHost = QStringLiteral("oapi.dingtalk.com");
const QString dingTalkPath = QStringLiteral("/robot/send");

Error webhookError(const QString& message)
{
    return Error::invalid(QStringLiteral("webhook"), message);
}

/// Everything a paste can smuggle into a URL that is not part of it: spaces, line breaks (a URL wrapped across two
/// lines in a chat or an e-mail), tabs, and the invisible characters rich-text editors insert.
QString withoutBlanks(const QString& pasted)
{
    QString text;
    text.reserve(pasted.size());
    for (const QChar c : pasted) {
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) || c == QChar(0xFEFF) ||
            c == QChar(0x2060))
            continue;
        text += c;
    }
    return text;
}

/// What else comes along with a URL copied from a chat, an e-mail, a config file or a web page: a label before it
/// ("Webhook: ", "地址："), quotes or angle brackets around it, punctuation after it, and "&amp;" for "&" when it was
/// copied from HTML. The access token is letters, digits, '-' and '_', so none of this can be part of it.
QString unwrapped(QString text)
{
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"), Qt::CaseInsensitive);
    static const QRegularExpression scheme(QStringLiteral("https?://"), QRegularExpression::CaseInsensitiveOption);
    if (const qsizetype start = text.indexOf(scheme); start > 0)
        text = text.mid(start);
    static const QString closers = QStringLiteral("\"'`>)]}\u00BB\u201D\u2019\u300D\u300F\u3002\uFF0C\u3001\uFF1B,;.");
    while (!text.isEmpty() && closers.contains(text.back()))
        text.chop(1);
    return text;
}

} // namespace

Result<WebhookUrl> WebhookUrl::parse(const QString& pasted)
{
    const QString text = unwrapped(withoutBlanks(pasted));
    if (text.isEmpty()) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "The webhook URL is empty; copy the whole URL DingTalk shows "
                                                        "under Webhook and paste it here."));
    }
    // The URL is never quoted back: it holds the access token.
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This is not a webhook URL; it should start with https://, "
                                                        "like https://oapi.dingtalk.com/robot/send?access_token=... "
                                                        "Copy the whole URL DingTalk shows under Webhook."));
    }
    if (url.host().isEmpty()) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This webhook URL has no host name; copy the whole URL "
                                                        "DingTalk shows under Webhook."));
    }
    if (!url.userInfo().isEmpty()) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This webhook URL contains a user name or password before the "
                                                        "host; DingTalk webhooks have none, so remove it."));
    }
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host())) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This webhook URL uses plain http://, which would send the "
                                                        "access token unencrypted; use https:// (http is allowed only "
                                                        "for this computer, such as 127.0.0.1 or localhost)."));
    }

    const QUrlQuery query(url);
    QStringList tokens;
    for (const QString& token : query.allQueryItemValues(QStringLiteral("access_token"), QUrl::FullyDecoded)) {
        if (!token.isEmpty() && !tokens.contains(token))
            tokens.append(token);
    }
    if (tokens.isEmpty()) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This webhook URL has no access_token. Copy the whole URL "
                                                        "DingTalk shows under Webhook."));
    }
    if (tokens.size() > 1) {
        return webhookError(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                        "This webhook URL has two different access_token values; "
                                                        "copy the URL of one robot only."));
    }
    if (std::optional<Error> problem = checkAccessToken(tokens.constFirst()))
        return webhookError(problem->message);

    WebhookUrl webhook;
    webhook.accessToken = tokens.constFirst();

    // timestamp and sign are left over from a signed test send: they are recomputed for every message, so they go
    // silently. Anything else is dropped too, but said, as it may be a sign of a wrong paste.
    QStringList dropped;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (name == QStringLiteral("access_token") || name == QStringLiteral("timestamp") ||
            name == QStringLiteral("sign") || dropped.contains(name))
            continue;
        dropped.append(name);
    }
    for (const QString& name : std::as_const(dropped)) {
        webhook.warnings.append(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                            "Dropped the query parameter \"%1\": a DingTalk webhook "
                                                            "only needs access_token.")
                                    .arg(name));
    }
    if (url.hasFragment()) {
        webhook.warnings.append(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                            "Dropped the part after # from the webhook URL; DingTalk "
                                                            "webhooks have none."));
    }

    QUrl endpoint = url;
    endpoint.setScheme(scheme);
    endpoint.setQuery(QString());
    endpoint.setFragment(QString());
    if ((scheme == QStringLiteral("https") && endpoint.port() == 443) ||
        (scheme == QStringLiteral("http") && endpoint.port() == 80))
        endpoint.setPort(-1);
    webhook.endpoint = endpoint;

    if (endpoint.host() != dingTalkHost) {
        webhook.warnings.append(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                            "This webhook goes to %1, not to DingTalk's "
                                                            "oapi.dingtalk.com. That is fine for a proxy or a test "
                                                            "server; otherwise check that you copied the right URL.")
                                    .arg(endpoint.host()));
    } else if (endpoint.path() != dingTalkPath) {
        webhook.warnings.append(QCoreApplication::translate("alertdesk::WebhookUrl",
                                                            "DingTalk's robot webhooks end in /robot/send, but this "
                                                            "one ends in \"%1\"; check that you copied the right URL.")
                                    .arg(endpoint.path()));
    }
    return webhook;
}

QUrl WebhookUrl::compose(const QUrl& endpoint, const QString& accessToken)
{
    // Percent-encode the token ourselves: QUrlQuery would leave '+' as is, which servers read as a space.
    QUrl url = endpoint;
    url.setFragment(QString());
    url.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(QUrl::toPercentEncoding(accessToken)),
                 QUrl::StrictMode);
    return url;
}

} // namespace alertdesk
