// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The plain parts of dingtalkclient.h: the prepared (and redacted) request, and the outcome's sentences.
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/dingtalkerrors.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

const QString redactedMark = QStringLiteral("<redacted>");

} // namespace

PreparedRequest PreparedRequest::prepare(const SendRequest& request, qint64 nowMs)
{
    PreparedRequest prepared;
    prepared.timestampMs = request.signSecret.isEmpty() ? 0 : nowMs;
    prepared.url = Signer::signedUrl(request.endpoint, request.accessToken, request.signSecret, nowMs);
    // The bridge's request says "application/json" (notifier.SendNotification); AlertDesk's own names the charset.
    prepared.headers.append({QByteArrayLiteral("Content-Type"),
                             request.message.isBridgeBody() ? QByteArrayLiteral("application/json")
                                                            : QByteArrayLiteral("application/json;charset=utf-8")});
    prepared.body = request.message.toJson();
    return prepared;
}

QString PreparedRequest::redactedUrl() const
{
    QString text = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    text += QStringLiteral("?access_token=") + redactedMark;
    if (timestampMs != 0)
        text += QStringLiteral("&timestamp=") + QString::number(timestampMs) + QStringLiteral("&sign=") + redactedMark;
    return text;
}

QString PreparedRequest::redacted() const
{
    QString text = QStringLiteral("POST ") + redactedUrl() + QLatin1Char('\n');
    for (const auto& [name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value) + QLatin1Char('\n');
    return text + QLatin1Char('\n') + QString::fromUtf8(body);
}

bool SendOutcome::throttled() const
{
    return kind == Kind::DingTalkError && DingTalkErrors::isThrottled(errcode);
}

QString SendOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delivered:
        return QStringLiteral("delivered");
    case Kind::DingTalkError:
        return QStringLiteral("dingtalk-error");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::NetworkError:
        return QStringLiteral("network-error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::UnreadableAnswer:
        return QStringLiteral("unreadable-answer");
    case Kind::TlsError:
        return QStringLiteral("tls-error");
    case Kind::AnswerTooLarge:
        return QStringLiteral("answer-too-large");
    }
    return QString();
}

QString SendOutcome::explanation() const
{
    switch (kind) {
    case Kind::Delivered:
        return DingTalkErrors::explain(0, errmsg);
    case Kind::DingTalkError:
        return DingTalkErrors::explain(errcode, errmsg, clockSkewMs);
    case Kind::HttpError:
        if (httpStatus >= 500) {
            return QCoreApplication::translate("alertdesk::SendOutcome",
                                               "The webhook server answered with HTTP status %1 (a server error) "
                                               "instead of DingTalk's answer. If a proxy sits between this computer "
                                               "and DingTalk, check it; otherwise try again in a few minutes.")
                .arg(httpStatus);
        }
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "The webhook server answered with HTTP status %1 instead of DingTalk's "
                                           "answer; DingTalk itself always answers with status 200. Check the "
                                           "robot's webhook URL and the proxy setting.")
            .arg(httpStatus);
    case Kind::NetworkError:
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "The message did not reach DingTalk (%1). Check this computer's network "
                                           "connection, the proxy setting and the robot's webhook URL, then send "
                                           "again.")
            .arg(detail);
    case Kind::Timeout:
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "No complete answer came within %1 seconds, so AlertDesk gave up. The "
                                           "network or a proxy may be slow or blocking the connection; check them. "
                                           "The message may still have arrived: look in the group before sending "
                                           "again.")
            .arg(QString::number(timeoutMs / 1000.0));
    case Kind::UnreadableAnswer:
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "The webhook answered, but not with DingTalk's answer (%1). The URL may "
                                           "lead to a login page, a proxy or another server: check the robot's "
                                           "webhook URL and the proxy setting. The message may not have arrived.")
            .arg(detail);
    case Kind::TlsError:
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "The webhook server's certificate was not trusted (%1), so AlertDesk did "
                                           "not send the message. Something between this computer and DingTalk may "
                                           "be intercepting the connection: check the robot's webhook URL and the "
                                           "proxy setting. If your network inspects encrypted traffic on purpose, "
                                           "install its certificate authority on this computer.")
            .arg(detail);
    case Kind::AnswerTooLarge:
        return QCoreApplication::translate("alertdesk::SendOutcome",
                                           "The webhook answered with more than %1 MB, far more than DingTalk ever "
                                           "sends, so AlertDesk stopped reading it. The URL may lead to a download, a "
                                           "proxy or another server: check the robot's webhook URL and the proxy "
                                           "setting. The message may not have arrived.")
            .arg(SendRequest::maxAnswerBytes / (1024 * 1024));
    }
    return QString();
}

} // namespace alertdesk
