// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bridgewriter.h"

#include "domain/robot.h"
#include "export/exportplan.h"

#include "export/yamlscalar.h"

#include <yaml-cpp/yaml.h>

namespace alertdesk {

namespace {

using yamlscalar::scalar;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString templateCall(const QString& define)
{
    return QStringLiteral("{{ template \"%1\" . }}").arg(define);
}

QString webhookUrl(const Robot& robot, const QString& token)
{
    QString url = robot.endpoint.toString(QUrl::FullyEncoded);
    url += robot.endpoint.hasQuery() ? QLatin1Char('&') : QLatin1Char('?');
    return url + QStringLiteral("access_token=") + token;
}

} // namespace

QString BridgeWriter::textTemplate(const ExportedPolicy& exported)
{
    QString text = exported.message.textTemplate;
    if (exported.policy->mention != Mention::Recipients)
        return text;
    QStringList missing;
    for (const QString& mobile : exported.mobiles) {
        const QString mention = QLatin1Char('@') + mobile.trimmed();
        if (!mobile.trimmed().isEmpty() && !text.contains(mention) && !missing.contains(mention))
            missing.append(mention);
    }
    if (missing.isEmpty())
        return text;
    // Literal text inside a template: "{{" in a phone number is impossible (digits, '+', '-'), so no escaping.
    return text.isEmpty() ? missing.join(QLatin1Char(' '))
                          : text + QStringLiteral("\n\n") + missing.join(QLatin1Char(' '));
}

QByteArray BridgeWriter::templates(const ExportPlan& plan)
{
    QString text = QStringLiteral("{{/* Written by AlertDesk (alertdeskctl export): the title and text of each "
                                  "notification policy, as AlertDesk previews them. */}}\n");
    for (const ExportedPolicy& exported : plan.policies) {
        QString name = exported.policy->name;
        name.replace(QStringLiteral("*/"), QStringLiteral("* /"));
        text += QStringLiteral("\n{{/* policy \"%1\" */}}\n").arg(name);
        text += QStringLiteral("{{ define \"%1\" }}%2{{ end }}\n")
                    .arg(exported.titleDefine(), exported.message.titleTemplate);
        text += QStringLiteral("{{ define \"%1\" }}%2{{ end }}\n").arg(exported.textDefine(), textTemplate(exported));
    }
    return text.toUtf8();
}

QList<ExportFile> BridgeWriter::write(const ExportPlan& plan, const ExportOptions& options,
                                      const QHash<QString, RobotSecrets>& secrets)
{
    const bool inlineSecrets = options.secrets == ExportOptions::SecretsMode::Inline;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Written by AlertDesk (alertdeskctl export) for prometheus-webhook-dingtalk: one target per "
                         "notification policy\nand robot, at <bridge>/dingtalk/<target>/send.");
    out << YAML::BeginMap;
    out << YAML::Key << scalar("templates") << YAML::Value << YAML::BeginSeq << scalar("templates/alertdesk.tmpl")
        << YAML::EndSeq;
    out << YAML::Key << scalar("targets") << YAML::Value << YAML::BeginMap;
    for (const ExportedPolicy& exported : plan.policies) {
        for (const ExportTarget& target : exported.targets) {
            const Robot& robot = *target.robot;
            const RobotSecrets secret = secrets.value(robot.uuid);
            out << YAML::Key << scalar(utf8(target.name)) << YAML::Value << YAML::BeginMap;
            const QString token =
                inlineSecrets ? secret.accessToken : QStringLiteral("${%1}").arg(plan.tokenVariable(robot));
            out << YAML::Key << scalar("url") << YAML::Value << scalar(utf8(webhookUrl(robot, token)));
            if (robot.signing) {
                out << YAML::Key << scalar("secret") << YAML::Value
                    << scalar(utf8(inlineSecrets ? secret.signSecret
                                                 : QStringLiteral("${%1}").arg(plan.secretVariable(robot))));
            }
            const Mention mention = exported.policy->mention;
            if (mention == Mention::All || (mention == Mention::Recipients && !exported.mobiles.isEmpty())) {
                out << YAML::Key << scalar("mention") << YAML::Value << YAML::BeginMap;
                if (mention == Mention::All) {
                    out << YAML::Key << scalar("all") << YAML::Value << true;
                } else {
                    out << YAML::Key << scalar("mobiles") << YAML::Value << YAML::Flow << YAML::BeginSeq;
                    for (const QString& mobile : exported.mobiles)
                        out << YAML::DoubleQuoted << utf8(mobile);
                    out << YAML::EndSeq;
                }
                out << YAML::EndMap;
            }
            out << YAML::Key << scalar("message") << YAML::Value << YAML::BeginMap;
            out << YAML::Key << scalar("title") << YAML::Value << YAML::SingleQuoted
                << utf8(templateCall(exported.titleDefine()));
            out << YAML::Key << scalar("text") << YAML::Value << YAML::SingleQuoted
                << utf8(templateCall(exported.textDefine()));
            out << YAML::EndMap;
            out << YAML::EndMap;
        }
    }
    out << YAML::EndMap << YAML::EndMap;
    QByteArray config(out.c_str(), qsizetype(out.size()));
    config += '\n';
    return {{configPath(), config, inlineSecrets}, {templatesPath(), templates(plan), false}};
}

} // namespace alertdesk
