// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bridgewriter.h"

#include "dingtalk/policymessage.h"
#include "domain/robot.h"
#include "export/exportplan.h"
#include "export/importtemplates.h"

#include "export/yamlscalar.h"

#include <QSet>

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
    // The one mention rule, shared with the preview and send-test (policymessage.h).
    const Mention mention = exported.policy->mention;
    return bridgeTextTemplate(exported.message.textTemplate, mention == Mention::All ? DingTalkAt{{}, {}, true}
                                                             : mention == Mention::Recipients
                                                                 ? DingTalkAt{exported.mobiles, {}, false}
                                                                 : DingTalkAt{});
}

QByteArray BridgeWriter::templates(const ExportPlan& plan)
{
    QString text = QStringLiteral("{{/* Written by AlertDesk (alertdeskctl export): the title and text of each "
                                  "notification policy, as AlertDesk previews them. */}}\n");
    QSet<QString> written; // a define two policies share word for word (an imported file's helpers) is written once
    for (const ExportedPolicy& exported : plan.policies) {
        QString name = exported.policy->name;
        name.replace(QStringLiteral("*/"), QStringLiteral("* /"));
        text += QStringLiteral("\n{{/* policy \"%1\" */}}\n").arg(name);
        // A policy's own defines go to the top level of the file (a define inside a define does not parse), the
        // rest of its template into AlertDesk's define: the set then holds what the preview compiled.
        const auto title = importtemplates::splitTopLevelDefines(exported.message.titleTemplate);
        const auto body = importtemplates::splitTopLevelDefines(textTemplate(exported));
        for (const auto& [define, source] : title.blocks + body.blocks) {
            if (written.contains(define + QLatin1Char('\0') + source))
                continue;
            written.insert(define + QLatin1Char('\0') + source);
            text += source + QLatin1Char('\n');
        }
        text += QStringLiteral("{{ define \"%1\" }}%2{{ end }}\n").arg(exported.titleDefine(), title.rest);
        text += QStringLiteral("{{ define \"%1\" }}%2{{ end }}\n").arg(exported.textDefine(), body.rest);
    }
    return text.toUtf8();
}

QString BridgeWriter::templatesLocation(const QString& bridgeDir)
{
    QString dir = bridgeDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir + QStringLiteral("/templates/alertdesk.tmpl");
}

QList<ExportFile> BridgeWriter::write(const ExportPlan& plan, const ExportOptions& options,
                                      const QHash<QString, RobotSecrets>& secrets)
{
    const bool inlineSecrets = options.secrets == ExportOptions::SecretsMode::Inline;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(
        utf8(QStringLiteral("Written by AlertDesk (alertdeskctl export) for prometheus-webhook-dingtalk "
                            "v2.1.0: one target per notification\npolicy and robot, at "
                            "<bridge>/dingtalk/<target>/send. Install this folder as %1\n(the "
                            "templates are named by that absolute path).")
                 .arg(options.bridgeDir)));
    out << YAML::BeginMap;
    // The bridge's built-in default.tmpl stays out: the set is exactly AlertDesk's file, as the preview renders it.
    out << YAML::Key << scalar("no_builtin_template") << YAML::Value << true;
    // By absolute path: the bridge resolves `templates:` from its working directory, and a glob that matches nothing
    // is silently accepted (a bridge that starts cleanly and answers 400 to every alert).
    out << YAML::Key << scalar("templates") << YAML::Value << YAML::BeginSeq
        << scalar(utf8(templatesLocation(options.bridgeDir))) << YAML::EndSeq;
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
