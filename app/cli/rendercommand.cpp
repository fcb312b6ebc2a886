// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"
#include "storage/settingsrepository.h"
#include "workspace.h"

#include "templating/gotemplate.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace alertdesk {

namespace {

std::optional<QByteArray> readFile(CliContext& cli, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.usage(Cli::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// render with the servers' time zone `defaultTimeZone` (the workspace setting servers-time-zone) unless --time-zone
// names one.
int renderInServersTimeZone(CliContext& cli, const QCommandLineParser& parser, const QString& defaultTimeZone)
{
    if (!isGiven(parser, QStringLiteral("template")) || !isGiven(parser, QStringLiteral("alerts")))
        return cli.usage(Cli::tr("render needs --template FILE and --alerts PAYLOAD.json."));
    TemplateContext context; // default dialect: dingtalk-bridge, as policies default to
    if (isGiven(parser, QStringLiteral("dialect"))) {
        const QString name = parser.value(QStringLiteral("dialect"));
        if (name == QLatin1String("alertmanager"))
            context.dialect = TemplateDialect::Alertmanager;
        else if (name != QLatin1String("dingtalk-bridge"))
            return cli.usage(Cli::tr("Unknown dialect '%1': use alertmanager or dingtalk-bridge.").arg(name));
    }
    context.timeZone =
        isGiven(parser, QStringLiteral("time-zone")) ? parser.value(QStringLiteral("time-zone")) : defaultTimeZone;
    if (!isKnownTimeZone(context.timeZone))
        return cli.usage(
            Cli::tr("Unknown time zone '%1': use an IANA name such as Asia/Shanghai, or UTC.").arg(context.timeZone));
    // "" is a mention without mobiles; otherwise split at every comma (as the oracle does)
    if (const QString mobiles = parser.value(QStringLiteral("mention-mobiles")); !mobiles.isEmpty())
        context.mentionMobiles = mobiles.split(QLatin1Char(','));
    const TemplateDialect dialect = context.dialect;
    int repeat = 1;
    if (isGiven(parser, QStringLiteral("repeat"))) {
        bool ok = false;
        repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
        if (!ok || repeat < 1)
            return cli.usage(Cli::tr("--repeat needs a positive whole number."));
    }
    const QString templatePath = parser.value(QStringLiteral("template"));
    const auto text = readFile(cli, templatePath);
    if (!text)
        return ExitUsage;
    const auto payload = readFile(cli, parser.value(QStringLiteral("alerts")));
    if (!payload)
        return ExitUsage;
    const auto data = TemplateData::fromWebhookJson(*payload, context);
    if (!data)
        return cli.usage(Cli::tr("The payload is not Alertmanager webhook JSON: %1").arg(data.error().message));

    // Go's messages go out as they are: they are the product, not sentences of ours.
    const std::string name = QFileInfo(templatePath).fileName().toStdString();
    const auto compiled = CompiledTemplate::compileUtf8(name, text->toStdString(), dialect);
    if (!compiled) {
        cli.err() << compiled.error().message << Qt::endl;
        return ExitUsage;
    }
    const QString define = parser.value(QStringLiteral("define"));
    std::string output;
    for (int i = 0; i < repeat; ++i) {
        auto rendered = compiled.value()->renderUtf8(data.value(), define);
        if (!rendered) {
            cli.err() << rendered.error().message << Qt::endl;
            return ExitUsage;
        }
        output = std::move(rendered).value();
    }
    cli.out().flush();
    std::fwrite(output.data(), 1, output.size(), stdout);
    std::fflush(stdout);
    return ExitOk;
}

int render(CliContext& cli, const QCommandLineParser& parser)
{
    // Without --time-zone: the workspace's servers-time-zone, as every preview; no workspace file yet (render needs
    // none, and does not make one): this machine's zone, which is what that setting defaults to.
    if (isGiven(parser, QStringLiteral("time-zone")) || !QFileInfo::exists(cli.databasePath()))
        return renderInServersTimeZone(cli, parser, systemTimeZoneName());
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    const auto zone = workspace->settings().serversTimeZone();
    if (!zone)
        return cli.fail(zone.error());
    return renderInServersTimeZone(cli, parser, zone.value());
}

} // namespace

CliCommand renderCommand()
{
    return {
        QStringLiteral("render"),
        Cli::tr("Render an alert template with a webhook payload, exactly as Alertmanager or the DingTalk bridge "
                "would."),
        [](QCommandLineParser& parser) {
            parser.addOptions({
                makeOption(QStringLiteral("template"), Cli::tr("Go template file to render."), Cli::tr("FILE")),
                makeOption(QStringLiteral("alerts"), Cli::tr("Alertmanager webhook payload (JSON, version 4)."),
                           Cli::tr("PAYLOAD.json")),
                makeOption(QStringLiteral("define"), Cli::tr("Run the template defined with this name instead."),
                           Cli::tr("NAME")),
                makeOption(QStringLiteral("dialect"),
                           Cli::tr("Functions and data of: dingtalk-bridge (default) or alertmanager."),
                           Cli::tr("DIALECT")),
                makeOption(QStringLiteral("time-zone"),
                           Cli::tr("The servers' time zone (IANA name, e.g. Asia/Shanghai; default: the workspace's "
                                   "servers-time-zone): Go's Local when they render."),
                           Cli::tr("ZONE")),
                makeOption(QStringLiteral("mention-mobiles"),
                           Cli::tr("dingtalk-bridge: mobiles appended to .AtMobiles, as a target's mention.mobiles."),
                           Cli::tr("LIST")),
                makeOption(QStringLiteral("repeat"), Cli::tr("Render N times and print the last result (benchmarks)."),
                           Cli::tr("N")),
            });
        },
        render,
    };
}

} // namespace alertdesk
