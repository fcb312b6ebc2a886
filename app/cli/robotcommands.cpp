// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"
#include "clirecords.h"
#include "clitable.h"

#include "dingtalk/webhookurl.h"
#include "domain/domainjson.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addRobotOptions(QCommandLineParser& parser, bool editing)
{
    parser.addOptions({
        makeOption(QStringLiteral("name"),
                   editing ? Cli::tr("New name.") : Cli::tr("Robot name (1-64 characters, unique)."), Cli::tr("NAME")),
        makeOption(QStringLiteral("webhook"),
                   Cli::tr("Webhook URL as DingTalk shows it (https://oapi.dingtalk.com/robot/send?access_token=...)."),
                   Cli::tr("URL")),
        makeOption(QStringLiteral("webhook-stdin"),
                   Cli::tr("Read the webhook URL from the first line of standard input instead (keeps the token out of "
                           "the process list and shell history).")),
        makeOption(QStringLiteral("keyword"),
                   editing
                       ? Cli::tr("Custom keyword; repeat for several. Replaces the robot's keywords.")
                       : Cli::tr("Custom keyword; repeat for several (up to 10). The Managed Prometheus console needs "
                                 "Alarm and Dispatch."),
                   Cli::tr("WORD")),
        makeOption(QStringLiteral("keywords-preset"),
                   Cli::tr("Add a keyword preset: arms (Alarm, Dispatch), arms-api (告警), generic (alert)."),
                   Cli::tr("PRESET")),
        makeOption(QStringLiteral("ip"),
                   Cli::tr("IPv4 address or CIDR range allowed to send; repeat for several (up to 10)."),
                   Cli::tr("RANGE")),
        makeOption(
            QStringLiteral("secret-stdin"),
            Cli::tr("Turn signing on and read the signing secret (SEC...) from standard input (after the webhook "
                    "line when --webhook-stdin is given too).")),
        makeOption(QStringLiteral("avatar"), Cli::tr("Profile picture: a PNG or JPEG of at most 256x256 pixels."),
                   Cli::tr("FILE")),
        makeOption(QStringLiteral("notes"), Cli::tr("Free-form notes."), Cli::tr("TEXT")),
        makeOption(QStringLiteral("disable"), Cli::tr("Store the robot disabled: nothing is sent through it.")),
    });
    if (editing) {
        parser.addOptions({
            makeOption(QStringLiteral("no-keywords"), Cli::tr("Remove all custom keywords.")),
            makeOption(QStringLiteral("no-ips"), Cli::tr("Remove all IP ranges.")),
            makeOption(QStringLiteral("no-signing"), Cli::tr("Turn signing off and delete the stored signing secret.")),
            makeOption(QStringLiteral("no-avatar"), Cli::tr("Remove the profile picture.")),
            makeOption(QStringLiteral("enable"), Cli::tr("Enable the robot.")),
        });
    } else {
        parser.addOption(
            makeOption(QStringLiteral("accept-terms"),
                       Cli::tr("Confirm you have read and accepted the DingTalk Custom Robot Service Terms of "
                               "Service (required, as in the DingTalk client).")));
    }
}

QStringList presetKeywords(const QString& preset)
{
    if (preset == QLatin1String("arms"))
        return armsKeywords();
    if (preset == QLatin1String("arms-api"))
        return {QStringLiteral("告警")};
    if (preset == QLatin1String("generic"))
        return {QStringLiteral("alert")};
    return {};
}

// Applies the options to `robot`; the webhook's token and a new signing secret go to `secrets`.
std::optional<Error> applyRobotOptions(CliContext& cli, const QCommandLineParser& parser, Robot& robot,
                                       Workspace::SecretsChange& secrets)
{
    if (isGiven(parser, QStringLiteral("name")))
        robot.name = parser.value(QStringLiteral("name")).trimmed();
    std::optional<QString> pasted;
    if (isGiven(parser, QStringLiteral("webhook")))
        pasted = parser.value(QStringLiteral("webhook"));
    if (isGiven(parser, QStringLiteral("webhook-stdin"))) {
        pasted = cli.readStdinLine();
        if (!pasted)
            return Error::invalid(QStringLiteral("endpoint"), Cli::tr("--webhook-stdin was given but standard input is "
                                                                      "empty; pipe the webhook URL in."));
    }
    if (pasted) {
        auto webhook = WebhookUrl::parse(*pasted);
        if (!webhook.ok())
            return webhook.error();
        for (const QString& warning : webhook->warnings)
            cli.warn(warning);
        robot.endpoint = webhook->endpoint;
        secrets.accessToken = webhook->accessToken;
    }
    if (isGiven(parser, QStringLiteral("no-keywords")))
        robot.keywords.clear();
    QStringList keywords = parser.values(QStringLiteral("keyword"));
    for (const QString& preset : parser.values(QStringLiteral("keywords-preset"))) {
        const QStringList words = presetKeywords(preset);
        if (words.isEmpty())
            return Error::invalid(QStringLiteral("keywords"),
                                  Cli::tr("Unknown keyword preset \"%1\"; use arms, arms-api or generic.").arg(preset));
        for (const QString& word : words) {
            if (!keywords.contains(word))
                keywords.append(word);
        }
    }
    if (!keywords.isEmpty())
        robot.keywords = keywords;
    if (isGiven(parser, QStringLiteral("no-ips")))
        robot.ipRanges.clear();
    if (isGiven(parser, QStringLiteral("ip")))
        robot.ipRanges = parser.values(QStringLiteral("ip"));
    if (isGiven(parser, QStringLiteral("no-signing")))
        robot.signing = false;
    if (isGiven(parser, QStringLiteral("secret-stdin"))) {
        const auto secret = cli.readStdinLine();
        if (!secret || secret->trimmed().isEmpty())
            return Error::invalid(QStringLiteral("secret"),
                                  Cli::tr("--secret-stdin was given but no signing secret came "
                                          "on standard input; pipe it in (printf %s \"$SECRET\" "
                                          "| alertdeskctl ...)."));
        robot.signing = true;
        secrets.signSecret = secret->trimmed();
    }
    if (isGiven(parser, QStringLiteral("no-avatar")))
        robot.avatar.clear();
    if (isGiven(parser, QStringLiteral("avatar"))) {
        QFile file(parser.value(QStringLiteral("avatar")));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("avatar"),
                                  Cli::tr("Cannot read the picture %1: %2.").arg(file.fileName(), file.errorString()));
        robot.avatar = file.readAll();
    }
    if (isGiven(parser, QStringLiteral("notes")))
        robot.notes = parser.value(QStringLiteral("notes"));
    if (isGiven(parser, QStringLiteral("disable")))
        robot.enabled = false;
    if (isGiven(parser, QStringLiteral("enable")))
        robot.enabled = true;
    return std::nullopt;
}

void warnAboutArmsKeywords(CliContext& cli, const Robot& robot)
{
    if (robot.keywords.isEmpty())
        return;
    QStringList missing;
    for (const QString& word : armsKeywords()) {
        if (!robot.keywords.contains(word))
            missing.append(word);
    }
    if (!missing.isEmpty())
        cli.warn(Cli::tr("The keywords lack %1, which the Managed Prometheus / ARMS console requires on its DingTalk "
                         "robots; alerts sent from there will be refused (310000 keywords not in content).")
                     .arg(missing.join(QStringLiteral(", "))));
}

int add(CliContext& cli, const QCommandLineParser& parser)
{
    Robot robot;
    Workspace::SecretsChange secrets;
    if (!isGiven(parser, QStringLiteral("webhook")) && !isGiven(parser, QStringLiteral("webhook-stdin")))
        return cli.usage(Cli::tr("robot add needs the robot's webhook: --webhook URL or --webhook-stdin."));
    if (auto problem = applyRobotOptions(cli, parser, robot, secrets))
        return cli.fail(*problem);
    if (isGiven(parser, QStringLiteral("accept-terms")))
        robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    const RobotSecrets robotSecrets{secrets.accessToken.value_or(QString()), secrets.signSecret.value_or(QString())};
    auto added = cli.wait<Result<Robot>>(
        [&](QObject* context, auto done) { workspace->addRobot(robot, robotSecrets, context, done); });
    if (!added.ok())
        return cli.fail(added.error());
    warnAboutArmsKeywords(cli, *added);
    // Whole sentences, so that each language can agree its verb with one or two things.
    cli.out() << (added->signing
                      ? Cli::tr("Added robot \"%1\"; its access token and signing secret are in the system keychain.")
                      : Cli::tr("Added robot \"%1\"; its access token is in the system keychain."))
                     .arg(added->name)
              << Qt::endl;
    return ExitOk;
}

int edit(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto found = workspace->robots().findByName(parser.positionalArguments().constFirst());
    if (!found.ok())
        return cli.fail(found.error());
    Robot robot = *found;
    Workspace::SecretsChange secrets;
    if (auto problem = applyRobotOptions(cli, parser, robot, secrets))
        return cli.fail(*problem);
    auto updated = cli.wait<Result<Robot>>(
        [&](QObject* context, auto done) { workspace->updateRobot(robot, secrets, context, done); });
    if (!updated.ok())
        return cli.fail(updated.error());
    warnAboutArmsKeywords(cli, *updated);
    cli.out() << Cli::tr("Updated robot \"%1\".").arg(updated->name) << Qt::endl;
    return ExitOk;
}

int remove(CliContext& cli, const QCommandLineParser& parser)
{
    return removeRecord(
        cli, parser, &Workspace::robots,
        [&cli](Workspace& workspace, const QString& uuid) {
            return cli.wait<Result<void>>(
                [&](QObject* context, auto done) { workspace.removeRobot(uuid, context, done); });
        },
        [](const QString& name, const QString& usage) {
            return Cli::tr("Robot \"%1\" is in use (%2). Removing it unlinks it from those contacts and policies; "
                           "add --force to remove it anyway.")
                .arg(name, usage);
        },
        [](const QString& name) { return Cli::tr("Removed robot \"%1\" and its keychain entries.").arg(name); });
}

int list(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto robots = workspace->robots().all();
    if (!robots.ok())
        return cli.fail(robots.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Robot& robot : *robots)
            array.append(toJson(robot));
        cli.printJson(array);
        return ExitOk;
    }
    CliTable table({Cli::tr("NAME", "column"), Cli::tr("KEYWORDS", "column"), Cli::tr("SIGNING", "column"),
                    Cli::tr("IP RANGES", "column"), Cli::tr("ENABLED", "column"), Cli::tr("ENDPOINT", "column")});
    for (const Robot& robot : *robots)
        table.addRow({robot.name, robot.keywords.join(QLatin1Char(',')), robot.signing ? Cli::tr("on") : Cli::tr("off"),
                      robot.ipRanges.join(QLatin1Char(',')), robot.enabled ? Cli::tr("yes") : Cli::tr("no"),
                      robot.endpoint.toString()});
    table.print(cli.out(), Cli::tr("No robots yet. Add one with: alertdeskctl robot add --help"));
    return ExitOk;
}

int show(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto robot = workspace->robots().findByName(parser.positionalArguments().constFirst());
    if (!robot.ok())
        return cli.fail(robot.error());
    auto usage = workspace->robots().usage(robot->uuid);
    if (!usage.ok())
        return cli.fail(usage.error());
    if (cli.json()) {
        QJsonObject object = toJson(*robot);
        object.insert(QStringLiteral("usedBy"),
                      QJsonObject{{QStringLiteral("contacts"), QJsonArray::fromStringList(usage->contacts)},
                                  {QStringLiteral("policies"), QJsonArray::fromStringList(usage->policies)}});
        cli.printJson(object);
        return ExitOk;
    }
    CliFields fields;
    fields.add(Cli::tr("Name"), robot->name);
    fields.add(Cli::tr("UUID"), robot->uuid);
    fields.add(Cli::tr("Webhook"),
               robot->endpoint.toString() +
                   Cli::tr("?access_token=(in the keychain; print it with: alertdeskctl robot copy-webhook)"));
    fields.add(Cli::tr("Keywords"),
               robot->keywords.isEmpty() ? Cli::tr("(none)") : robot->keywords.join(QStringLiteral(", ")));
    fields.add(Cli::tr("Signing"), robot->signing ? Cli::tr("on (secret in the keychain)") : Cli::tr("off"));
    fields.add(Cli::tr("IP ranges"),
               robot->ipRanges.isEmpty() ? Cli::tr("(none)") : robot->ipRanges.join(QStringLiteral(", ")));
    fields.add(Cli::tr("Picture"),
               robot->avatar.isEmpty() ? Cli::tr("(none)") : Cli::tr("%n bytes", nullptr, robot->avatar.size()));
    fields.add(Cli::tr("Terms accepted"), robot->termsAcceptedAt.toUTC().toString(Qt::ISODate));
    fields.add(Cli::tr("Enabled"), robot->enabled ? Cli::tr("yes") : Cli::tr("no"));
    fields.add(Cli::tr("Notes"), robot->notes);
    fields.add(Cli::tr("Used by"), usage->isEmpty() ? Cli::tr("(nothing)") : describeUsage(*usage));
    fields.add(Cli::tr("Created"), robot->createdAt.toUTC().toString(Qt::ISODate));
    fields.add(Cli::tr("Updated"), robot->updatedAt.toUTC().toString(Qt::ISODate));
    fields.print(cli.out());
    return ExitOk;
}

int copyWebhook(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto robot = workspace->robots().findByName(parser.positionalArguments().constFirst());
    if (!robot.ok())
        return cli.fail(robot.error());
    auto url = cli.wait<Result<QUrl>>(
        [&](QObject* context, auto done) { workspace->robotWebhook(robot->uuid, context, done); });
    if (!url.ok())
        return cli.fail(url.error());
    cli.out() << url->toString(QUrl::FullyEncoded) << Qt::endl;
    return ExitOk;
}

} // namespace

CliEntity robotCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("robot"),
        Cli::tr("DingTalk custom robots: profile, security settings (keywords, signing, IP ranges) and webhook."),
        {
            {QStringLiteral("add"),
             Cli::tr("Add a robot. Example: printf %s \"$SECRET\" | alertdeskctl robot add --name ops "
                     "--webhook URL --keyword Alarm --keyword Dispatch --secret-stdin --accept-terms"),
             {},
             [](QCommandLineParser& p) { addRobotOptions(p, false); },
             add},
            {QStringLiteral("list"), Cli::tr("List robots."), {}, none, list},
            {QStringLiteral("show"), Cli::tr("Show one robot."), Cli::tr("NAME"), none, show},
            {QStringLiteral("edit"), Cli::tr("Change a robot; options not given stay as they are."), Cli::tr("NAME"),
             [](QCommandLineParser& p) { addRobotOptions(p, true); }, edit},
            {QStringLiteral("remove"), Cli::tr("Remove a robot and its keychain entries."), Cli::tr("NAME"),
             [](QCommandLineParser& p) {
                 p.addOption(
                     makeOption(QStringLiteral("force"), Cli::tr("Remove it even when contacts or policies use it.")));
             },
             remove},
            {QStringLiteral("copy-webhook"), Cli::tr("Print the full webhook URL, with its access token."),
             Cli::tr("NAME"), none, copyWebhook},
        },
    };
}

} // namespace alertdesk
