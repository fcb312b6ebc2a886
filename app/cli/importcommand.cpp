// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"

#include "export/importer.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

// The fields of import errors are paths in the files read, or record fields: none is an option of this command,
// except the terms.
int failImport(CliContext& cli, Error error)
{
    if (error.field != QLatin1String("terms"))
        error.field.clear();
    return cli.fail(error);
}

QJsonObject planJson(const ImportPlan& plan, bool dryRun)
{
    QJsonArray robots;
    for (const auto& planned : plan.robots)
        robots.append(QJsonObject{{QStringLiteral("name"), planned.robot.name},
                                  {QStringLiteral("uuid"), planned.robot.uuid},
                                  {QStringLiteral("source"), planned.source},
                                  {QStringLiteral("secrets"), planned.secrets.has_value()}});
    const auto names = [](const auto& records) {
        QJsonArray array;
        for (const auto& record : records)
            array.append(QJsonObject{{QStringLiteral("name"), record.name}, {QStringLiteral("uuid"), record.uuid}});
        return array;
    };
    QJsonArray report;
    for (const ImportNote& note : plan.report.notes())
        report.append(QJsonObject{{QStringLiteral("file"), note.file},
                                  {QStringLiteral("line"), note.line},
                                  {QStringLiteral("path"), note.path},
                                  {QStringLiteral("message"), note.message}});
    return QJsonObject{{QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("robots"), robots},
                       {QStringLiteral("contacts"), names(plan.contacts)},
                       {QStringLiteral("groups"), names(plan.groups)},
                       {QStringLiteral("policies"), names(plan.policies)},
                       {QStringLiteral("report"), report}};
}

void printPlan(CliContext& cli, const ImportPlan& plan, bool dryRun)
{
    QTextStream& out = cli.out();
    out << (dryRun ? Cli::tr("Would import %1 robots, %2 contacts, %3 contact groups and %4 policies (dry run: "
                             "nothing was written).")
                   : Cli::tr("Imported %1 robots, %2 contacts, %3 contact groups and %4 policies."))
               .arg(plan.robots.size())
               .arg(plan.contacts.size())
               .arg(plan.groups.size())
               .arg(plan.policies.size())
        << Qt::endl;
    for (const auto& planned : plan.robots)
        out << "  " << Cli::tr("robot %1 (%2)").arg(planned.robot.name, planned.source)
            << (planned.secrets ? QString() : Cli::tr(" - without its token: paste the webhook again")) << Qt::endl;
    for (const Contact& contact : plan.contacts)
        out << "  " << Cli::tr("contact %1").arg(contact.name) << Qt::endl;
    for (const ContactGroup& group : plan.groups)
        out << "  " << Cli::tr("contact group %1").arg(group.name) << Qt::endl;
    for (const NotificationPolicy& policy : plan.policies)
        out << "  " << Cli::tr("policy %1 (matching rules: %2)").arg(policy.name).arg(policy.rules.size()) << Qt::endl;
    if (!plan.report.isEmpty()) {
        out << Cli::tr("Not imported, or changed on the way in:") << Qt::endl;
        for (const ImportNote& note : plan.report.notes())
            out << "  " << note.text() << Qt::endl;
    }
}

int runImport(CliContext& cli, const QCommandLineParser& parser)
{
    const bool alertmanager = isGiven(parser, QStringLiteral("alertmanager"));
    const bool bundle = isGiven(parser, QStringLiteral("bundle"));
    if (alertmanager == bundle)
        return cli.usage(Cli::tr("import needs either --alertmanager FILE (with --bridge-config FILE) or --bundle "
                                 "FILE."));
    if (bundle && isGiven(parser, QStringLiteral("bridge-config")))
        return cli.usage(Cli::tr("--bridge-config goes with --alertmanager, not with --bundle."));
    auto plan = bundle ? Importer::readBundle(parser.value(QStringLiteral("bundle")))
                       : Importer::readAlertmanager(parser.value(QStringLiteral("alertmanager")),
                                                    parser.value(QStringLiteral("bridge-config")));
    if (!plan)
        return failImport(cli, plan.error());
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    Importer::Options options;
    options.renameConflicts = isGiven(parser, QStringLiteral("rename"));
    options.acceptTerms = isGiven(parser, QStringLiteral("accept-terms"));
    const bool dryRun = isGiven(parser, QStringLiteral("dry-run"));
    Result<ImportPlan> result = plan.value();
    if (dryRun) {
        if (auto prepared = Importer::prepare(*workspace, result.value(), options); !prepared)
            return failImport(cli, prepared.error());
    } else {
        result = cli.wait<Result<ImportPlan>>([&](QObject* context, std::function<void(Result<ImportPlan>)> done) {
            Importer::apply(*workspace, plan.value(), options, context, done);
        });
        if (!result)
            return failImport(cli, result.error());
    }
    if (cli.json())
        cli.printJson(planJson(result.value(), dryRun));
    else
        printPlan(cli, result.value(), dryRun);
    return ExitOk;
}

} // namespace

CliCommand importCommand()
{
    return {
        QStringLiteral("import"),
        Cli::tr("Import an existing alertmanager.yml (+ the DingTalk bridge's config.yml) or an AlertDesk bundle."),
        [](QCommandLineParser& parser) {
            parser.addOptions({
                makeOption(QStringLiteral("alertmanager"),
                           Cli::tr("Alertmanager configuration to import (alertmanager.yml)."), Cli::tr("FILE")),
                makeOption(QStringLiteral("bridge-config"),
                           Cli::tr("The DingTalk bridge's config.yml (prometheus-webhook-dingtalk): its targets "
                                   "become robots, their tokens and secrets go to the keychain."),
                           Cli::tr("FILE")),
                makeOption(QStringLiteral("bundle"), Cli::tr("An AlertDesk bundle (alertdesk-bundle.json) to restore."),
                           Cli::tr("FILE")),
                makeOption(QStringLiteral("dry-run"),
                           Cli::tr("Check everything and show what would be imported; write nothing.")),
                makeOption(QStringLiteral("rename"),
                           Cli::tr("Give imported records whose name is taken a \" (imported)\" suffix instead of "
                                   "stopping.")),
                makeOption(QStringLiteral("accept-terms"),
                           Cli::tr("Accept DingTalk's Custom Robot Service Terms for the robots the import creates.")),
            });
        },
        runImport,
    };
}

} // namespace alertdesk
