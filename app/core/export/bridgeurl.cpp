// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bridgeurl.h"

#include <QUrl>

namespace alertdesk {

BridgeUrl::BridgeUrl(const ExportOptions& options)
    : m_inline(options.secrets == ExportOptions::SecretsMode::Inline)
{
    QUrl url = options.bridgeUrl;
    m_user = url.userName(QUrl::FullyDecoded);
    m_password = url.password(QUrl::FullyDecoded);
    QUrl bare = url;
    bare.setUserInfo(QString());
    m_public = bare.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
    while (m_public.endsWith(QLatin1Char('/')))
        m_public.chop(1);
    url.setPassword(QString());
    QString text = url.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    if (m_password.isEmpty()) {
        m_rest = text;
        return;
    }
    // Put the password back by hand: QUrl would percent-encode a placeholder's "${}".
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    m_prefix = text.left(at) + QLatin1Char(':');
    m_rest = text.mid(at);
}

QString BridgeUrl::password() const
{
    return m_inline ? m_password : QStringLiteral("${%1}").arg(passwordVariable());
}

QString BridgeUrl::sendUrl(const QString& target) const
{
    const QString path = QStringLiteral("/dingtalk/%1/send").arg(target);
    if (m_password.isEmpty())
        return m_rest + path;
    const QString encoded = m_inline ? QString::fromLatin1(QUrl::toPercentEncoding(m_password)) : password();
    return m_prefix + encoded + m_rest + path;
}

QString BridgeUrl::publicSendUrl(const QString& target) const
{
    return m_public + QStringLiteral("/dingtalk/%1/send").arg(target);
}

} // namespace alertdesk
