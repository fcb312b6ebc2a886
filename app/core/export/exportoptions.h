// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace alertdesk {

/// The translation context of the export's sentences (reports, errors).
struct Export {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::Export)
};

/// What `alertdeskctl export` and the Export dialog are asked to write (docs/export.md).
struct ExportOptions {
    enum class AlertmanagerVersion {
        V0_25, ///< Debian 12's: webhook URLs inline
        V0_26, ///< 0.26 and newer: a bridge URL carrying a password goes to a file (`url_file`)
    };
    enum class SecretsMode {
        Placeholders, ///< ${ALERTDESK_<ROBOT>_TOKEN} / _SECRET, listed in secrets.env.example
        Inline,       ///< the real values from the keychain; files written with mode 0600
    };
    enum Part { Alertmanager = 0x1, Bridge = 0x2, Bundle = 0x4, AllParts = 0x7 };

    AlertmanagerVersion alertmanagerVersion = AlertmanagerVersion::V0_25;
    QUrl bridgeUrl = defaultBridgeUrl();
    SecretsMode secrets = SecretsMode::Placeholders;
    int parts = AllParts;
    bool bundleWithSecrets = false; ///< the bundle carries the robots' tokens and secrets (and says so at its top)
    /// Where the bridge's files will live on the server (an absolute path): config.yml names its templates by
    /// absolute path from here, because the bridge resolves `templates:` from its working directory.
    QString bridgeDir = defaultBridgeDir();
    /// The zone the servers run in (their Go Local): the bridge check renders the sample alerts in it.
    QString serversTimeZone = QStringLiteral("UTC");

    static QUrl defaultBridgeUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8060")); }
    static QString defaultBridgeDir() { return QStringLiteral("/etc/prometheus-webhook-dingtalk"); }
};

} // namespace alertdesk
