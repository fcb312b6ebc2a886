// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportoptions.h"

#include <QString>

namespace alertdesk {

/// The URLs Alertmanager posts to: `<bridge>/dingtalk/<target>/send`. A bridge URL may carry a user and password
/// (basic auth in front of the bridge); the password is a secret like the robots', so placeholder exports write
/// ${ALERTDESK_BRIDGE_PASSWORD} in its place. Alertmanager 0.25 gets it as the webhook's basic_auth (a URL with
/// "${...}" in it is not a URL Go accepts), 0.26+ a URL file holding the whole URL.
class BridgeUrl {
public:
    explicit BridgeUrl(const ExportOptions& options);
    bool hasPassword() const { return !m_password.isEmpty(); }
    /// The send URL of one target, the password inline or as its placeholder (options.secrets).
    QString sendUrl(const QString& target) const;
    /// The send URL without user and password.
    QString publicSendUrl(const QString& target) const;
    QString user() const { return m_user; }
    /// The password, or its placeholder.
    QString password() const;
    static QString passwordVariable() { return QStringLiteral("ALERTDESK_BRIDGE_PASSWORD"); }

private:
    QString m_prefix; ///< scheme://user:
    QString m_user;
    QString m_password;
    QString m_public; ///< the URL without user and password, no trailing '/'
    QString m_rest;   ///< @host:port/path without a trailing '/' (or host:port/path without a user)
    bool m_inline = false;
};

} // namespace alertdesk
