// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl settings: the workspace's settings that are not records. Today one: servers-time-zone, the zone
// Alertmanager and the DingTalk bridge run in, which every preview renders in (Go's Local on those servers).
#include "clicontext.h"

#include "storage/settingsrepository.h"
#include "workspace.h"

#include <QJsonObject>

namespace alertdesk {

namespace {

const QString zoneKey = SettingsRepository::serversTimeZoneKey();

std::optional<int> unknownKey(CliContext& cli, const QString& key)
{
    if (key == zoneKey)
        return std::nullopt;
    return cli.fail(Error::invalid(QStringLiteral("key"),
                                   Cli::tr("There is no setting \"%1\". The settings are: %2 (the proxy has its own "
                                           "command: alertdeskctl proxy).")
                                       .arg(key, zoneKey)));
}

int show(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto stored = workspace->settings().value(zoneKey);
    if (!stored)
        return cli.fail(stored.error());
    const QString zone = stored.value().value_or(SettingsRepository::systemTimeZone());
    if (cli.json()) {
        cli.printJson(QJsonObject{{zoneKey, zone}, {QStringLiteral("serversTimeZoneIsSystem"), !stored.value()}});
        return ExitOk;
    }
    cli.out() << zoneKey << QStringLiteral(" = ") << zone;
    if (!stored.value())
        cli.out() << QStringLiteral("  ") << Cli::tr("(not set: this machine's own zone)");
    cli.out() << Qt::endl;
    return ExitOk;
}

int set(CliContext& cli, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (const auto failed = unknownKey(cli, arguments.constFirst()))
        return *failed;
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    if (auto stored = workspace->settings().setServersTimeZone(arguments.at(1)); !stored)
        return cli.fail(stored.error());
    cli.out() << Cli::tr("Previews now render as servers in %1 render them.").arg(arguments.at(1).trimmed())
              << Qt::endl;
    return ExitOk;
}

int unset(CliContext& cli, const QCommandLineParser& parser)
{
    if (const auto failed = unknownKey(cli, parser.positionalArguments().constFirst()))
        return *failed;
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    if (auto stored = workspace->settings().setServersTimeZone(std::nullopt); !stored)
        return cli.fail(stored.error());
    cli.out()
        << Cli::tr("Previews now render in this machine's own zone, %1.").arg(SettingsRepository::systemTimeZone())
        << Qt::endl;
    return ExitOk;
}

} // namespace

CliEntity settingsCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("settings"),
        Cli::tr("Workspace settings: servers-time-zone, the zone your Alertmanager and DingTalk bridge run in."),
        {
            {QStringLiteral("show"), Cli::tr("Show the settings."), {}, none, show},
            {QStringLiteral("set"), Cli::tr("Set one: settings set servers-time-zone Asia/Shanghai."),
             QStringLiteral("KEY VALUE"), none, set},
            {QStringLiteral("unset"), Cli::tr("Go back to the default (servers-time-zone: this machine's zone)."),
             QStringLiteral("KEY"), none, unset},
        },
    };
}

} // namespace alertdesk
