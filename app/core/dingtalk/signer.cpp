// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/signer.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace alertdesk {

MsClock systemMsClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QByteArray SignedQuery::encodedSign() const
{
    // toPercentEncoding leaves only A-Z a-z 0-9 - . _ ~ as they are: '+' '/' '=' all become %XX.
    return QUrl::toPercentEncoding(sign);
}

QByteArray SignedQuery::query() const
{
    return "timestamp=" + QByteArray::number(timestampMs) + "&sign=" + encodedSign();
}

SignedQuery Signer::sign(const QString& secret, qint64 timestampMs)
{
    const QByteArray key = secret.toUtf8();
    const QByteArray stringToSign = QByteArray::number(timestampMs) + '\n' + key;
    const QByteArray mac = QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha256);
    return {timestampMs, QString::fromLatin1(mac.toBase64())};
}

QUrl Signer::signedUrl(const QUrl& endpoint, const QString& accessToken, const QString& secret, qint64 timestampMs)
{
    QByteArray query = "access_token=" + QUrl::toPercentEncoding(accessToken);
    if (!secret.isEmpty())
        query += '&' + sign(secret, timestampMs).query();
    QUrl url = endpoint;
    url.setFragment(QString());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace alertdesk
