// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"
#include "clirecords.h"
#include "clitable.h"

#include "domain/domainjson.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addGroupOptions(QCommandLineParser& parser, bool editing)
{
    parser.addOptions({
        makeOption(QStringLiteral("name"), editing ? Cli::tr("New name.") : Cli::tr("Group name (unique)."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("description"), Cli::tr("What the group is for."), Cli::tr("TEXT")),
        makeOption(QStringLiteral("member"),
                   editing ? Cli::tr("Contact in the group, by name; repeat for several. Replaces the members.")
                           : Cli::tr("Contact in the group, by name; repeat for several."),
                   Cli::tr("CONTACT")),
    });
    if (editing) {
        parser.addOptions({
            makeOption(QStringLiteral("add-member"), Cli::tr("Add a contact to the group."), Cli::tr("CONTACT")),
            makeOption(QStringLiteral("remove-member"), Cli::tr("Take a contact out of the group."),
                       Cli::tr("CONTACT")),
            makeOption(QStringLiteral("no-members"), Cli::tr("Take every contact out of the group.")),
        });
    }
}

Result<QString> contactUuid(Workspace& workspace, const QString& name)
{
    auto contact = workspace.contacts().findByName(name);
    if (!contact.ok())
        return Error::conflict(QStringLiteral("members"), contact.error().message);
    return contact->uuid;
}

std::optional<Error> applyGroupOptions(Workspace& workspace, const QCommandLineParser& parser, ContactGroup& group)
{
    if (isGiven(parser, QStringLiteral("name")))
        group.name = parser.value(QStringLiteral("name")).trimmed();
    if (isGiven(parser, QStringLiteral("description")))
        group.description = parser.value(QStringLiteral("description"));
    if (isGiven(parser, QStringLiteral("no-members")))
        group.memberUuids.clear();
    if (isGiven(parser, QStringLiteral("member"))) {
        group.memberUuids.clear();
        for (const QString& name : parser.values(QStringLiteral("member"))) {
            auto uuid = contactUuid(workspace, name);
            if (!uuid.ok())
                return uuid.error();
            group.memberUuids.append(*uuid); // a contact named twice is reported by validation
        }
    }
    const QStringList toAdd =
        isGiven(parser, QStringLiteral("add-member")) ? parser.values(QStringLiteral("add-member")) : QStringList();
    const QStringList toRemove = isGiven(parser, QStringLiteral("remove-member"))
                                     ? parser.values(QStringLiteral("remove-member"))
                                     : QStringList();
    for (const QString& name : toAdd) {
        auto uuid = contactUuid(workspace, name);
        if (!uuid.ok())
            return uuid.error();
        if (!group.memberUuids.contains(*uuid))
            group.memberUuids.append(*uuid);
    }
    for (const QString& name : toRemove) {
        auto uuid = contactUuid(workspace, name);
        if (!uuid.ok())
            return uuid.error();
        if (!group.memberUuids.removeOne(*uuid))
            return Error::invalid(QStringLiteral("members"),
                                  Cli::tr("\"%1\" is not a member of this group.").arg(name));
    }
    return std::nullopt;
}

QStringList memberNames(Workspace& workspace, const ContactGroup& group)
{
    QStringList names;
    for (const QString& uuid : group.memberUuids) {
        auto contact = workspace.contacts().find(uuid);
        names.append(contact.ok() ? contact->name : uuid);
    }
    return names;
}

int add(CliContext& cli, const QCommandLineParser& parser)
{
    return addRecord(
        cli, &Workspace::groups,
        [&](Workspace& workspace, ContactGroup& group) { return applyGroupOptions(workspace, parser, group); },
        [](const ContactGroup& group) {
            return Cli::tr("Added contact group \"%1\" with %n member(s).", nullptr, group.memberUuids.size())
                .arg(group.name);
        });
}

int edit(CliContext& cli, const QCommandLineParser& parser)
{
    return editRecord(
        cli, parser, &Workspace::groups,
        [&](Workspace& workspace, ContactGroup& group) { return applyGroupOptions(workspace, parser, group); },
        [](const ContactGroup& group) { return Cli::tr("Updated contact group \"%1\".").arg(group.name); });
}

int remove(CliContext& cli, const QCommandLineParser& parser)
{
    return removeRecord(
        cli, parser, &Workspace::groups,
        [](const QString& name, const QString& usage) {
            return Cli::tr("Contact group \"%1\" is in use (%2). Removing it takes it out of those policies; "
                           "add --force to remove it anyway.")
                .arg(name, usage);
        },
        [](const QString& name) { return Cli::tr("Removed contact group \"%1\"; its contacts stay.").arg(name); });
}

QJsonObject groupJson(Workspace& workspace, const ContactGroup& group)
{
    QJsonObject object = toJson(group);
    object.insert(QStringLiteral("members"), QJsonArray::fromStringList(memberNames(workspace, group)));
    return object;
}

int list(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto groups = workspace->groups().all();
    if (!groups.ok())
        return cli.fail(groups.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ContactGroup& group : *groups)
            array.append(groupJson(*workspace, group));
        cli.printJson(array);
        return ExitOk;
    }
    CliTable table({Cli::tr("NAME", "column"), Cli::tr("MEMBERS", "column"), Cli::tr("DESCRIPTION", "column")});
    for (const ContactGroup& group : *groups)
        table.addRow({group.name, memberNames(*workspace, group).join(QStringLiteral(", ")), group.description});
    table.print(cli.out(), Cli::tr("No contact groups yet. Add one with: alertdeskctl group add --help"));
    return ExitOk;
}

int show(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto group = workspace->groups().findByName(parser.positionalArguments().constFirst());
    if (!group.ok())
        return cli.fail(group.error());
    auto usage = workspace->groups().usage(group->uuid);
    if (!usage.ok())
        return cli.fail(usage.error());
    if (cli.json()) {
        QJsonObject object = groupJson(*workspace, *group);
        object.insert(QStringLiteral("usedBy"),
                      QJsonObject{{QStringLiteral("policies"), QJsonArray::fromStringList(usage->policies)}});
        cli.printJson(object);
        return ExitOk;
    }
    const QStringList members = memberNames(*workspace, *group);
    CliFields fields;
    fields.add(Cli::tr("Name"), group->name);
    fields.add(Cli::tr("UUID"), group->uuid);
    fields.add(Cli::tr("Description"), group->description);
    fields.add(Cli::tr("Members"), members.isEmpty() ? Cli::tr("(none)") : members.join(QStringLiteral(", ")));
    fields.add(Cli::tr("Used by"), usage->isEmpty() ? Cli::tr("(nothing)") : describeUsage(*usage));
    fields.add(Cli::tr("Created"), group->createdAt.toUTC().toString(Qt::ISODate));
    fields.add(Cli::tr("Updated"), group->updatedAt.toUTC().toString(Qt::ISODate));
    fields.print(cli.out());
    return ExitOk;
}

} // namespace

CliEntity groupCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("group"),
        Cli::tr("Contact groups: named sets of contacts that policies can notify together."),
        {
            {QStringLiteral("add"),
             Cli::tr("Add a contact group."),
             {},
             [](QCommandLineParser& p) { addGroupOptions(p, false); },
             add},
            {QStringLiteral("list"), Cli::tr("List contact groups."), {}, none, list},
            {QStringLiteral("show"), Cli::tr("Show one contact group."), Cli::tr("NAME"), none, show},
            {QStringLiteral("edit"), Cli::tr("Change a contact group; options not given stay as they are."),
             Cli::tr("NAME"), [](QCommandLineParser& p) { addGroupOptions(p, true); }, edit},
            {QStringLiteral("remove"), Cli::tr("Remove a contact group (its contacts stay)."), Cli::tr("NAME"),
             [](QCommandLineParser& p) {
                 p.addOption(makeOption(QStringLiteral("force"), Cli::tr("Remove it even when policies use it.")));
             },
             remove},
        },
    };
}

} // namespace alertdesk
