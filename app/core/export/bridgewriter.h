// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "export/exportoptions.h"

#include <QHash>

namespace alertdesk {

struct ExportPlan;
struct RobotSecrets;

/// Writes the DingTalk webhook bridge's files (prometheus-webhook-dingtalk's format): dingtalk/config.yml with one
/// target per (policy, robot) — url with the access token, secret when signing, mention, message title/text calling
/// the policy's templates — and dingtalk/templates/alertdesk.tmpl with one {{ define }} title/text pair per policy.
/// The templates are always explicit, never the bridge's built-in ones, so that what the preview shows is what the
/// bridge sends.
class BridgeWriter {
public:
    /// `secrets` (robot uuid -> secrets) is used in inline mode only.
    static QList<ExportFile> write(const ExportPlan& plan, const ExportOptions& options,
                                   const QHash<QString, RobotSecrets>& secrets);
    static QString configPath() { return QStringLiteral("dingtalk/config.yml"); }
    static QString templatesPath() { return QStringLiteral("dingtalk/templates/alertdesk.tmpl"); }
    /// Where config.yml says the templates are once the folder is installed as `bridgeDir`.
    static QString templatesLocation(const QString& bridgeDir);
    /// The template file's contents alone (tests render it with AlertDesk's engine).
    static QByteArray templates(const ExportPlan& plan);
    /// The policy's text template as the bridge gets it: bridgeTextTemplate (policymessage.h), the one mention rule.
    static QString textTemplate(const struct ExportedPolicy& exported);
};

} // namespace alertdesk
