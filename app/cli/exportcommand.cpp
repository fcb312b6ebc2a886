// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl export: writes the configuration for the servers (Alertmanager + the DingTalk webhook bridge) and the
// workspace bundle into a directory (docs/export.md).
#include "clicontext.h"

#include "export/bridgewriter.h"
#include "export/exportdirectory.h"
#include "export/exporter.h"
#include "storage/settingsrepository.h"
#include "workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

// Reads the options into `options`; a sentence naming the option at fault otherwise.
std::optional<QString> readOptions(const QCommandLineParser& parser, ExportOptions& options)
{
    if (isGiven(parser, QStringLiteral("alertmanager-version"))) {
        const QString version = parser.value(QStringLiteral("alertmanager-version"));
        if (version == QLatin1String("0.25"))
            options.alertmanagerVersion = ExportOptions::AlertmanagerVersion::V0_25;
        else if (version == QLatin1String("0.26"))
            options.alertmanagerVersion = ExportOptions::AlertmanagerVersion::V0_26;
        else
            return Cli::tr("--alertmanager-version: unknown version '%1'; use 0.25 (Debian 12) or 0.26 (0.26 and "
                           "newer).")
                .arg(version);
    }
    if (isGiven(parser, QStringLiteral("bridge-url")))
        options.bridgeUrl = QUrl(parser.value(QStringLiteral("bridge-url")), QUrl::StrictMode);
    if (isGiven(parser, QStringLiteral("secrets"))) {
        const QString mode = parser.value(QStringLiteral("secrets"));
        if (mode == QLatin1String("placeholders"))
            options.secrets = ExportOptions::SecretsMode::Placeholders;
        else if (mode == QLatin1String("inline"))
            options.secrets = ExportOptions::SecretsMode::Inline;
        else
            return Cli::tr("--secrets: unknown mode '%1'; use placeholders or inline.").arg(mode);
    }
    if (isGiven(parser, QStringLiteral("only"))) {
        options.parts = 0;
        for (const QString& value : parser.values(QStringLiteral("only"))) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (part == QLatin1String("alertmanager"))
                    options.parts |= ExportOptions::Alertmanager;
                else if (part == QLatin1String("bridge"))
                    options.parts |= ExportOptions::Bridge;
                else if (part == QLatin1String("bundle"))
                    options.parts |= ExportOptions::Bundle;
                else
                    return Cli::tr("--only: unknown part '%1'; use alertmanager, bridge or bundle.").arg(part);
            }
        }
    }
    if (isGiven(parser, QStringLiteral("bridge-dir")))
        options.bridgeDir = parser.value(QStringLiteral("bridge-dir"));
    options.bundleWithSecrets = isGiven(parser, QStringLiteral("with-secrets"));
    if (options.bundleWithSecrets && !(options.parts & ExportOptions::Bundle))
        return Cli::tr("--with-secrets: puts secrets into the bundle, which this export does not write; add "
                       "--only bundle.");
    return std::nullopt;
}

QJsonArray checksJson(const QList<BridgeTargetCheck>& checks)
{
    QJsonArray array;
    for (const BridgeTargetCheck& check : checks)
        array.append(QJsonObject{{QStringLiteral("target"), check.target},
                                 {QStringLiteral("policy"), check.policy},
                                 {QStringLiteral("ok"), check.ok},
                                 {QStringLiteral("problem"), check.problem}});
    return array;
}

QJsonObject reportJson(const ExportResult& result, const QString& dir)
{
    QJsonArray files;
    for (const ExportFile& file : result.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("bytes"), file.bytes.size()},
                                 {QStringLiteral("holdsSecrets"), file.holdsSecrets}});
    return QJsonObject{
        {QStringLiteral("directory"), dir},
        {QStringLiteral("files"), files},
        {QStringLiteral("policies"), result.policies},
        {QStringLiteral("targets"), result.targets},
        {QStringLiteral("robots"), result.robots},
        {QStringLiteral("policiesWithoutRobots"), QJsonArray::fromStringList(result.policiesWithoutRobots)},
        {QStringLiteral("bridgeChecks"), checksJson(result.bridgeChecks)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
}

int runExport(CliContext& cli, const QCommandLineParser& parser)
{
    if (!isGiven(parser, QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("--out: export needs the directory to write to (--out DIR)."));
    ExportOptions options;
    if (const auto problem = readOptions(parser, options))
        return cli.usage(*problem);
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto zone = workspace->settings().serversTimeZone();
    if (!zone)
        return cli.fail(zone.error());
    options.serversTimeZone = zone.value();

    const auto result = cli.wait<Result<ExportResult>>(
        [&](QObject* context, auto done) { Exporter::run(*workspace, options, context, done); });
    if (!result) {
        if (!result.error().field.isEmpty() && result.error().field != QLatin1String("bridge") &&
            result.error().kind == Error::Kind::Invalid)
            return cli.usage(QStringLiteral("--%1: %2").arg(result.error().field, result.error().message));
        return cli.fail(result.error());
    }
    const QString dir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    if (const Result<void> written = ExportDirectory(dir).write(result->files); !written)
        return cli.fail(written.error());

    for (const QString& warning : result->warnings)
        cli.warn(warning);
    if (cli.json()) {
        cli.printJson(reportJson(result.value(), dir));
        return ExitOk;
    }
    cli.out() << Cli::tr("Exported %n enabled policy(s) to %1:", nullptr, result->policies).arg(dir) << Qt::endl;
    for (const ExportFile& file : result->files)
        cli.out() << QStringLiteral("  ") << file.path
                  << (file.holdsSecrets ? Cli::tr("  (holds secrets, mode 0600)") : QString()) << Qt::endl;
    cli.out() << Cli::tr("%n bridge target(s)", nullptr, result->targets) << QStringLiteral(", ")
              << Cli::tr("%n robot(s) reached", nullptr, result->robots) << QStringLiteral(".") << Qt::endl;
    if (!result->bridgeChecks.isEmpty()) {
        cli.out() << Cli::tr("Bridge check (templates loaded as prometheus-webhook-dingtalk v2.1.0 loads them, from "
                             "%1; servers in %2):")
                         .arg(BridgeWriter::templatesLocation(options.bridgeDir), options.serversTimeZone)
                  << Qt::endl;
        for (const BridgeTargetCheck& check : result->bridgeChecks)
            cli.out() << QStringLiteral("  ok       ")
                      << Cli::tr("%1 (policy \"%2\"): title and text render on a firing and a resolved sample "
                                 "alert.")
                             .arg(check.target, check.policy)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

CliCommand exportCommand()
{
    return {
        QStringLiteral("export"),
        Cli::tr("Write the configuration for Alertmanager and the DingTalk webhook bridge, and the workspace bundle."),
        [](QCommandLineParser& parser) {
            parser.addOptions({
                makeOption(QStringLiteral("out"), Cli::tr("Directory to write the files to (created when missing)."),
                           Cli::tr("DIR")),
                makeOption(QStringLiteral("alertmanager-version"),
                           Cli::tr("Alertmanager to write for: 0.25 (Debian 12, default) or 0.26 (0.26 and newer)."),
                           Cli::tr("VERSION")),
                makeOption(QStringLiteral("bridge-url"),
                           Cli::tr("Where Alertmanager reaches the DingTalk bridge (default http://127.0.0.1:8060)."),
                           Cli::tr("URL")),
                makeOption(QStringLiteral("bridge-dir"),
                           Cli::tr("Where the dingtalk/ folder is installed on the server; config.yml names its "
                                   "templates by absolute path from there (default "
                                   "/etc/prometheus-webhook-dingtalk)."),
                           Cli::tr("DIR")),
                makeOption(QStringLiteral("secrets"),
                           Cli::tr("placeholders (default: ${ALERTDESK_<ROBOT>_TOKEN}, listed in secrets.env.example) "
                                   "or inline (the real tokens and secrets; files get mode 0600)."),
                           Cli::tr("MODE")),
                makeOption(QStringLiteral("only"),
                           Cli::tr("Write only this part: alertmanager, bridge or bundle (repeatable)."),
                           Cli::tr("PART")),
                makeOption(QStringLiteral("with-secrets"),
                           Cli::tr("Put the robots' tokens and signing secrets into the bundle (mode 0600).")),
            });
        },
        runExport,
    };
}

} // namespace alertdesk
