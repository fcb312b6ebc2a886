// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"

#include "demo/demodata.h"

#include <QJsonObject>

namespace alertdesk {

namespace {

/// The value of a size option, or std::nullopt after printing why it is not a whole number.
std::optional<int> sizeOption(CliContext& cli, const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!isGiven(parser, name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        cli.usage(Cli::tr("--%1 needs a whole number.").arg(name));
        return std::nullopt;
    }
    return value;
}

int demo(CliContext& cli, const QCommandLineParser& parser)
{
    const DemoSizes defaults;
    const auto contacts = sizeOption(cli, parser, QStringLiteral("contacts"), defaults.contacts);
    const auto robots = sizeOption(cli, parser, QStringLiteral("robots"), defaults.robots);
    const auto policies = sizeOption(cli, parser, QStringLiteral("policies"), defaults.policies);
    if (!contacts || !robots || !policies)
        return ExitUsage;
    const DemoSizes sizes{*robots, *contacts, *policies};
    if (auto valid = DemoData::check(sizes); !valid)
        return cli.fail(valid.error());
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    const auto added = DemoData::fill(*workspace, sizes);
    if (!added)
        return cli.fail(added.error());
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("robots"), added->robots},
                                  {QStringLiteral("contacts"), added->contacts},
                                  {QStringLiteral("groups"), added->groups},
                                  {QStringLiteral("policies"), added->policies}});
    } else {
        cli.out() << Cli::tr("Added demo data: %1 robots, %2 contacts, %3 contact groups, %4 notification policies.")
                         .arg(added->robots)
                         .arg(added->contacts)
                         .arg(added->groups)
                         .arg(added->policies)
                  << Qt::endl
                  << Cli::tr("Demo robots have no webhook token: paste a real webhook URL (alertdeskctl robot edit "
                             "NAME --webhook-stdin) before sending test alerts.")
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

CliCommand demoCommand()
{
    return {
        QStringLiteral("demo"),
        Cli::tr("Fill the workspace with realistic demo data (to explore AlertDesk, and for benchmarks)."),
        [](QCommandLineParser& parser) {
            const DemoSizes defaults;
            parser.addOption(makeOption(
                QStringLiteral("contacts"),
                Cli::tr("Contacts to add (default %1, at most %2).").arg(defaults.contacts).arg(DemoSizes::maxContacts),
                Cli::tr("N")));
            parser.addOption(makeOption(
                QStringLiteral("robots"),
                Cli::tr("Robots to add (default %1, at most %2).").arg(defaults.robots).arg(DemoSizes::maxRobots),
                Cli::tr("N")));
            parser.addOption(makeOption(QStringLiteral("policies"),
                                        Cli::tr("Notification policies to add (default %1, at most %2).")
                                            .arg(defaults.policies)
                                            .arg(DemoSizes::maxPolicies),
                                        Cli::tr("N")));
        },
        demo};
}

} // namespace alertdesk
