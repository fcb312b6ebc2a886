// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"
#include "clirecords.h"
#include "clitable.h"

#include "dingtalk/webhookurl.h"
#include "domain/domainjson.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addContactOptions(QCommandLineParser& parser, bool editing)
{
    parser.addOptions({
        makeOption(QStringLiteral("name"), editing ? Cli::tr("New name.") : Cli::tr("Contact name (unique)."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("phone"),
                   Cli::tr("Mobile phone for DingTalk @mentions: digits, optional +CC- prefix (+86-13800138000)."),
                   Cli::tr("PHONE")),
        makeOption(QStringLiteral("email"), Cli::tr("Email address."), Cli::tr("EMAIL")),
        makeOption(QStringLiteral("user-id"), Cli::tr("DingTalk user id, for @mentions by id."), Cli::tr("ID")),
        makeOption(QStringLiteral("robot"), Cli::tr("The contact's DingTalk chatbot, by robot name."), Cli::tr("NAME")),
        makeOption(QStringLiteral("webhook"),
                   Cli::tr("The contact's DingTalk chatbot, by webhook URL: links the robot with that token."),
                   Cli::tr("URL")),
        makeOption(QStringLiteral("notes"), Cli::tr("Free-form notes."), Cli::tr("TEXT")),
    });
    if (editing)
        parser.addOption(makeOption(QStringLiteral("no-robot"), Cli::tr("Unlink the contact's DingTalk chatbot.")));
}

// The robot whose webhook (endpoint and token) is the pasted one; its token is read from the keychain.
Result<QString> robotForWebhook(CliContext& cli, Workspace& workspace, const QString& pasted)
{
    auto webhook = WebhookUrl::parse(pasted);
    if (!webhook.ok())
        return webhook.error();
    auto robots = workspace.robots().all();
    if (!robots.ok())
        return robots.error();
    std::optional<Error> unreadable;
    for (const Robot& robot : *robots) {
        if (robot.endpoint != webhook->endpoint)
            continue;
        auto secrets = cli.wait<Result<RobotSecrets>>(
            [&](QObject* context, auto done) { workspace.robotSecrets(robot.uuid, context, done); });
        if (!secrets.ok())
            unreadable = secrets.error();
        else if (secrets->accessToken == webhook->accessToken)
            return robot.uuid;
    }
    if (unreadable)
        return *unreadable; // the match may be among the robots whose token could not be read
    return Error::conflict(QStringLiteral("robotUuid"),
                           Cli::tr("No robot in this workspace has that webhook. Add the robot first "
                                   "(alertdeskctl robot add --webhook ...), then link it with --robot NAME."));
}

std::optional<Error> applyContactOptions(CliContext& cli, Workspace& workspace, const QCommandLineParser& parser,
                                         Contact& contact)
{
    if (isGiven(parser, QStringLiteral("name")))
        contact.name = parser.value(QStringLiteral("name")).trimmed();
    if (isGiven(parser, QStringLiteral("phone")))
        contact.phone = parser.value(QStringLiteral("phone")).trimmed();
    if (isGiven(parser, QStringLiteral("email")))
        contact.email = parser.value(QStringLiteral("email")).trimmed();
    if (isGiven(parser, QStringLiteral("user-id")))
        contact.userId = parser.value(QStringLiteral("user-id")).trimmed();
    if (isGiven(parser, QStringLiteral("notes")))
        contact.notes = parser.value(QStringLiteral("notes"));
    if (isGiven(parser, QStringLiteral("no-robot")))
        contact.robotUuid.clear();
    if (isGiven(parser, QStringLiteral("robot")) && isGiven(parser, QStringLiteral("webhook")))
        return Error::invalid(QStringLiteral("robotUuid"),
                              Cli::tr("Give the chatbot either by --robot NAME or by --webhook URL, not both."));
    if (isGiven(parser, QStringLiteral("robot"))) {
        auto robot = workspace.robots().findByName(parser.value(QStringLiteral("robot")));
        if (!robot.ok())
            return Error::conflict(QStringLiteral("robotUuid"), robot.error().message);
        contact.robotUuid = robot->uuid;
    }
    if (isGiven(parser, QStringLiteral("webhook"))) {
        auto uuid = robotForWebhook(cli, workspace, parser.value(QStringLiteral("webhook")));
        if (!uuid.ok())
            return uuid.error();
        contact.robotUuid = *uuid;
    }
    return std::nullopt;
}

QString robotName(Workspace& workspace, const QString& uuid)
{
    if (uuid.isEmpty())
        return {};
    auto robot = workspace.robots().find(uuid);
    return robot.ok() ? robot->name : uuid;
}

int add(CliContext& cli, const QCommandLineParser& parser)
{
    return addRecord(
        cli, &Workspace::contacts,
        [&](Workspace& workspace, Contact& contact) { return applyContactOptions(cli, workspace, parser, contact); },
        [](const Contact& contact) { return Cli::tr("Added contact \"%1\".").arg(contact.name); });
}

int edit(CliContext& cli, const QCommandLineParser& parser)
{
    return editRecord(
        cli, parser, &Workspace::contacts,
        [&](Workspace& workspace, Contact& contact) { return applyContactOptions(cli, workspace, parser, contact); },
        [](const Contact& contact) { return Cli::tr("Updated contact \"%1\".").arg(contact.name); });
}

int remove(CliContext& cli, const QCommandLineParser& parser)
{
    return removeRecord(
        cli, parser, &Workspace::contacts,
        [](const QString& name, const QString& usage) {
            return Cli::tr("Contact \"%1\" is in use (%2). Removing it takes it out of those groups and policies; "
                           "add --force to remove it anyway.")
                .arg(name, usage);
        },
        [](const QString& name) { return Cli::tr("Removed contact \"%1\".").arg(name); });
}

QJsonObject contactJson(Workspace& workspace, const Contact& contact)
{
    QJsonObject object = toJson(contact);
    object.insert(QStringLiteral("robot"), contact.robotUuid.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(robotName(workspace, contact.robotUuid)));
    return object;
}

int list(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto contacts = workspace->contacts().all();
    if (!contacts.ok())
        return cli.fail(contacts.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Contact& contact : *contacts)
            array.append(contactJson(*workspace, contact));
        cli.printJson(array);
        return ExitOk;
    }
    CliTable table({Cli::tr("NAME", "column"), Cli::tr("PHONE", "column"), Cli::tr("EMAIL", "column"),
                    Cli::tr("USER ID", "column"), Cli::tr("CHATBOT", "column")});
    for (const Contact& contact : *contacts)
        table.addRow(
            {contact.name, contact.phone, contact.email, contact.userId, robotName(*workspace, contact.robotUuid)});
    table.print(cli.out(), Cli::tr("No contacts yet. Add one with: alertdeskctl contact add --help"));
    return ExitOk;
}

int show(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto contact = workspace->contacts().findByName(parser.positionalArguments().constFirst());
    if (!contact.ok())
        return cli.fail(contact.error());
    auto usage = workspace->contacts().usage(contact->uuid);
    if (!usage.ok())
        return cli.fail(usage.error());
    if (cli.json()) {
        QJsonObject object = contactJson(*workspace, *contact);
        object.insert(QStringLiteral("usedBy"),
                      QJsonObject{{QStringLiteral("groups"), QJsonArray::fromStringList(usage->groups)},
                                  {QStringLiteral("policies"), QJsonArray::fromStringList(usage->policies)}});
        cli.printJson(object);
        return ExitOk;
    }
    const QString none = Cli::tr("(none)");
    CliFields fields;
    fields.add(Cli::tr("Name"), contact->name);
    fields.add(Cli::tr("UUID"), contact->uuid);
    fields.add(Cli::tr("Phone"), contact->phone.isEmpty() ? none : contact->phone);
    fields.add(Cli::tr("Email"), contact->email.isEmpty() ? none : contact->email);
    fields.add(Cli::tr("DingTalk user id"), contact->userId.isEmpty() ? none : contact->userId);
    fields.add(Cli::tr("DingTalk chatbot"),
               contact->robotUuid.isEmpty() ? none : robotName(*workspace, contact->robotUuid));
    fields.add(Cli::tr("Notes"), contact->notes);
    fields.add(Cli::tr("Used by"), usage->isEmpty() ? Cli::tr("(nothing)") : describeUsage(*usage));
    fields.add(Cli::tr("Created"), contact->createdAt.toUTC().toString(Qt::ISODate));
    fields.add(Cli::tr("Updated"), contact->updatedAt.toUTC().toString(Qt::ISODate));
    fields.print(cli.out());
    return ExitOk;
}

} // namespace

CliEntity contactCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("contact"),
        Cli::tr("Contacts: who alerts are for, how to @mention them, and their DingTalk chatbot."),
        {
            {QStringLiteral("add"),
             Cli::tr("Add a contact."),
             {},
             [](QCommandLineParser& p) { addContactOptions(p, false); },
             add},
            {QStringLiteral("list"), Cli::tr("List contacts."), {}, none, list},
            {QStringLiteral("show"), Cli::tr("Show one contact."), Cli::tr("NAME"), none, show},
            {QStringLiteral("edit"), Cli::tr("Change a contact; options not given stay as they are."), Cli::tr("NAME"),
             [](QCommandLineParser& p) { addContactOptions(p, true); }, edit},
            {QStringLiteral("remove"), Cli::tr("Remove a contact (also from its groups and policies)."),
             Cli::tr("NAME"),
             [](QCommandLineParser& p) {
                 p.addOption(
                     makeOption(QStringLiteral("force"), Cli::tr("Remove it even when groups or policies use it.")));
             },
             remove},
        },
    };
}

} // namespace alertdesk
