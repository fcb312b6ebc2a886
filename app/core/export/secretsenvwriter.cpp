// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/secretsenvwriter.h"

#include "export/bridgeurl.h"
#include "export/exportplan.h"

namespace alertdesk {

namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
}

} // namespace

ExportFile SecretsEnvWriter::write(const ExportPlan& plan, const ExportOptions& options)
{
    QString text = QStringLiteral(
        "# The secrets the AlertDesk export refers to as ${NAME}. Fill in a copy (never commit it), then e.g.\n"
        "#   set -a; . ./secrets.env; set +a\n"
        "#   envsubst < dingtalk/config.yml > /etc/prometheus-webhook-dingtalk/config.yml\n"
        "# The values are in AlertDesk: alertdeskctl robot copy-webhook NAME prints a robot's webhook (its token).\n");
    if ((options.parts & ExportOptions::Alertmanager) && BridgeUrl(options).hasPassword())
        text += QStringLiteral("\n# password of the DingTalk bridge (%1)\n%2=\n")
                    .arg(options.bridgeUrl.toString(QUrl::RemovePassword), BridgeUrl::passwordVariable());
    if (options.parts & ExportOptions::Bridge) {
        for (const Robot* robot : plan.robots) {
            text += QStringLiteral("\n# robot \"%1\"\n%2=\n").arg(oneLine(robot->name), plan.tokenVariable(*robot));
            if (robot->signing)
                text += plan.secretVariable(*robot) + QStringLiteral("=\n");
        }
    }
    return {fileName(), text.toUtf8(), false};
}

} // namespace alertdesk
