// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace alertdesk {

/// A DingTalk robot webhook as pasted by an operator, split into the endpoint (kept in SQLite) and the access token
/// (kept in the keychain). Parsing is paste-friendly: surrounding spaces and line breaks are trimmed, `timestamp` and
/// `sign` left over from a signed test are dropped. A missing token is an error; a host other than
/// oapi.dingtalk.com is accepted with a warning; plain http is accepted only for loopback addresses.
struct WebhookUrl {
    QUrl endpoint; ///< scheme://host[:port]/path, no query
    QString accessToken;
    QStringList warnings; ///< translated sentences worth showing next to the field

    static Result<WebhookUrl> parse(const QString& pasted);
    /// The full URL with its access token, as DingTalk shows it (what "Copy webhook" copies).
    static QUrl compose(const QUrl& endpoint, const QString& accessToken);
};

} // namespace alertdesk
