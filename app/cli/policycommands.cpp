// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"
#include "clirecords.h"
#include "clitable.h"

#include "domain/domainjson.h"
#include "domain/policytext.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addPolicyOptions(QCommandLineParser& parser, bool editing)
{
    const QString replaces = editing ? Cli::tr(" Replaces the current ones.") : QString();
    parser.addOptions({
        makeOption(QStringLiteral("name"), editing ? Cli::tr("New name.") : Cli::tr("Policy name (unique)."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("description"), Cli::tr("What the policy is for."), Cli::tr("TEXT")),
        makeOption(QStringLiteral("recipient"),
                   Cli::tr("Who is notified: contact:NAME, group:NAME or robot:NAME; repeat for several.") + replaces,
                   Cli::tr("KIND:NAME")),
        makeOption(QStringLiteral("match"),
                   Cli::tr("A matching rule: comma-separated conditions label=value, label!=value, label=~regex, "
                           "label!~regex, label in a|b, label notin a|b. Repeat for several rules; an alert matches "
                           "when any rule matches. No rules: every alert.") +
                       replaces,
                   Cli::tr("RULE")),
        makeOption(QStringLiteral("group-by"),
                   Cli::tr("Labels to group alerts by, comma-separated (default alertname)."), Cli::tr("LABELS")),
        makeOption(QStringLiteral("group-wait"), Cli::tr("Wait before the first notification of a group (30s)."),
                   Cli::tr("DURATION")),
        makeOption(QStringLiteral("group-interval"), Cli::tr("Wait before notifying about new alerts of a group (5m)."),
                   Cli::tr("DURATION")),
        makeOption(QStringLiteral("repeat-interval"), Cli::tr("Wait before repeating a notification (4h)."),
                   Cli::tr("DURATION")),
        makeOption(QStringLiteral("window"),
                   Cli::tr("Notify only in this window, e.g. 'mon-fri 09:00-18:00 Asia/Shanghai'."), Cli::tr("WINDOW")),
        makeOption(QStringLiteral("no-resolved"), Cli::tr("Do not send a notice when alerts resolve.")),
        makeOption(QStringLiteral("msgtype"), Cli::tr("DingTalk message type: markdown (default), text, actionCard."),
                   Cli::tr("TYPE")),
        makeOption(QStringLiteral("title-template"), Cli::tr("File with the title template (Go template)."),
                   Cli::tr("FILE")),
        makeOption(QStringLiteral("text-template"), Cli::tr("File with the text template (Go template)."),
                   Cli::tr("FILE")),
        makeOption(QStringLiteral("dialect"), Cli::tr("Template dialect: dingtalk-bridge (default) or alertmanager."),
                   Cli::tr("DIALECT")),
        makeOption(QStringLiteral("mention"), Cli::tr("Who to @mention: none (default), all, recipients."),
                   Cli::tr("WHO")),
        makeOption(QStringLiteral("disable"), Cli::tr("Store the policy disabled.")),
    });
    if (editing) {
        parser.addOptions({
            makeOption(QStringLiteral("no-match"), Cli::tr("Remove all matching rules (match every alert).")),
            makeOption(QStringLiteral("no-window"), Cli::tr("Remove the notification window (notify any time).")),
            makeOption(QStringLiteral("resolved"), Cli::tr("Send a notice when alerts resolve.")),
            makeOption(QStringLiteral("enable"), Cli::tr("Enable the policy.")),
        });
    }
}

Result<Recipient> parseRecipient(Workspace& workspace, const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto kind = recipientKindFromName(text.left(colon));
    if (colon < 0 || !kind)
        return Error::invalid(
            QStringLiteral("recipients"),
            Cli::tr("\"%1\" is not a recipient; write contact:NAME, group:NAME or robot:NAME.").arg(text));
    const QString name = text.mid(colon + 1);
    Result<QString> uuid = Error::notFound({});
    switch (*kind) {
    case Recipient::Kind::Contact:
        if (auto found = workspace.contacts().findByName(name); found.ok())
            uuid = found->uuid;
        else
            uuid = found.error();
        break;
    case Recipient::Kind::Group:
        if (auto found = workspace.groups().findByName(name); found.ok())
            uuid = found->uuid;
        else
            uuid = found.error();
        break;
    case Recipient::Kind::Robot:
        if (auto found = workspace.robots().findByName(name); found.ok())
            uuid = found->uuid;
        else
            uuid = found.error();
        break;
    }
    if (!uuid.ok())
        return Error::conflict(QStringLiteral("recipients"), uuid.error().message);
    return Recipient{*kind, *uuid};
}

QString recipientText(Workspace& workspace, const Recipient& recipient)
{
    QString name = recipient.uuid;
    switch (recipient.kind) {
    case Recipient::Kind::Contact:
        if (auto found = workspace.contacts().find(recipient.uuid); found.ok())
            name = found->name;
        break;
    case Recipient::Kind::Group:
        if (auto found = workspace.groups().find(recipient.uuid); found.ok())
            name = found->name;
        break;
    case Recipient::Kind::Robot:
        if (auto found = workspace.robots().find(recipient.uuid); found.ok())
            name = found->name;
        break;
    }
    return recipientKindName(recipient.kind) + QLatin1Char(':') + name;
}

std::optional<Error> readTemplate(const QCommandLineParser& parser, const QString& option, QString& target)
{
    if (!isGiven(parser, option))
        return std::nullopt;
    QFile file(parser.value(option));
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("message"),
                              Cli::tr("Cannot read the template %1: %2.").arg(file.fileName(), file.errorString()));
    target = QString::fromUtf8(file.readAll());
    return std::nullopt;
}

template <typename T>
std::optional<Error> readChoice(const QCommandLineParser& parser, const QString& option,
                                std::optional<T> (*fromName)(const QString&), const QString& choices, T& target)
{
    if (!isGiven(parser, option))
        return std::nullopt;
    const auto value = fromName(parser.value(option));
    if (!value)
        return Error::invalid(
            QStringLiteral("message"),
            Cli::tr("--%1 must be one of %2; \"%3\" is not.").arg(option, choices, parser.value(option)));
    target = *value;
    return std::nullopt;
}

std::optional<Error> readDuration(const QCommandLineParser& parser, const QString& option, const QString& field,
                                  std::chrono::seconds& target)
{
    if (!isGiven(parser, option))
        return std::nullopt;
    auto duration = parseDuration(parser.value(option));
    if (!duration.ok())
        return Error::invalid(field, duration.error().message);
    target = *duration;
    return std::nullopt;
}

std::optional<Error> applyPolicyOptions(Workspace& workspace, const QCommandLineParser& parser,
                                        NotificationPolicy& policy)
{
    if (isGiven(parser, QStringLiteral("name")))
        policy.name = parser.value(QStringLiteral("name")).trimmed();
    if (isGiven(parser, QStringLiteral("description")))
        policy.description = parser.value(QStringLiteral("description"));
    if (isGiven(parser, QStringLiteral("recipient"))) {
        policy.recipients.clear();
        for (const QString& text : parser.values(QStringLiteral("recipient"))) {
            auto recipient = parseRecipient(workspace, text);
            if (!recipient.ok())
                return recipient.error();
            policy.recipients.append(*recipient);
        }
    }
    if (isGiven(parser, QStringLiteral("no-match")))
        policy.rules.clear();
    if (isGiven(parser, QStringLiteral("match"))) {
        policy.rules.clear();
        for (const QString& text : parser.values(QStringLiteral("match"))) {
            auto rule = parseMatchRule(text);
            if (!rule.ok())
                return Error::invalid(QStringLiteral("rules"), rule.error().message);
            policy.rules.append(*rule);
        }
    }
    if (isGiven(parser, QStringLiteral("group-by"))) {
        policy.groupBy.clear();
        for (const QString& label : parser.value(QStringLiteral("group-by")).split(QLatin1Char(',')))
            policy.groupBy.append(label.trimmed());
        policy.groupBy.removeAll(QString());
    }
    for (auto problem :
         {readDuration(parser, QStringLiteral("group-wait"), QStringLiteral("groupWait"), policy.groupWait),
          readDuration(parser, QStringLiteral("group-interval"), QStringLiteral("groupInterval"), policy.groupInterval),
          readDuration(parser, QStringLiteral("repeat-interval"), QStringLiteral("repeatInterval"),
                       policy.repeatInterval)}) {
        if (problem)
            return problem;
    }
    if (isGiven(parser, QStringLiteral("no-window")))
        policy.window.reset();
    if (isGiven(parser, QStringLiteral("window"))) {
        auto window = parseNotificationWindow(parser.value(QStringLiteral("window")));
        if (!window.ok())
            return Error::invalid(QStringLiteral("window"), window.error().message);
        policy.window = *window;
    }
    if (isGiven(parser, QStringLiteral("no-resolved")))
        policy.sendResolved = false;
    if (isGiven(parser, QStringLiteral("resolved")))
        policy.sendResolved = true;
    if (auto problem = readChoice(parser, QStringLiteral("msgtype"), &messageTypeFromName,
                                  QStringLiteral("markdown, text, actionCard"), policy.message.type))
        return problem;
    if (auto problem = readChoice(parser, QStringLiteral("dialect"), &dialectFromName,
                                  QStringLiteral("dingtalk-bridge, alertmanager"), policy.message.dialect))
        return problem;
    if (auto problem = readChoice(parser, QStringLiteral("mention"), &mentionFromName,
                                  QStringLiteral("none, all, recipients"), policy.mention))
        return problem;
    if (auto problem = readTemplate(parser, QStringLiteral("title-template"), policy.message.titleTemplate))
        return problem;
    if (auto problem = readTemplate(parser, QStringLiteral("text-template"), policy.message.textTemplate))
        return problem;
    if (isGiven(parser, QStringLiteral("disable")))
        policy.enabled = false;
    if (isGiven(parser, QStringLiteral("enable")))
        policy.enabled = true;
    return std::nullopt;
}

int add(CliContext& cli, const QCommandLineParser& parser)
{
    return addRecord(
        cli, &Workspace::policies,
        [&](Workspace& workspace, NotificationPolicy& policy) { return applyPolicyOptions(workspace, parser, policy); },
        [](const NotificationPolicy& policy) { return Cli::tr("Added notification policy \"%1\".").arg(policy.name); });
}

int edit(CliContext& cli, const QCommandLineParser& parser)
{
    return editRecord(
        cli, parser, &Workspace::policies,
        [&](Workspace& workspace, NotificationPolicy& policy) { return applyPolicyOptions(workspace, parser, policy); },
        [](const NotificationPolicy& policy) {
            return Cli::tr("Updated notification policy \"%1\".").arg(policy.name);
        });
}

int remove(CliContext& cli, const QCommandLineParser& parser)
{
    // Nothing refers to a policy, so the in-use text is never shown.
    return removeRecord(
        cli, parser, &Workspace::policies, [](const QString&, const QString&) { return QString(); },
        [](const QString& name) { return Cli::tr("Removed notification policy \"%1\".").arg(name); });
}

QStringList recipientTexts(Workspace& workspace, const NotificationPolicy& policy)
{
    QStringList texts;
    for (const Recipient& recipient : policy.recipients)
        texts.append(recipientText(workspace, recipient));
    return texts;
}

QStringList ruleTexts(const NotificationPolicy& policy)
{
    QStringList texts;
    for (const MatchRule& rule : policy.rules)
        texts.append(formatMatchRule(rule));
    return texts;
}

QJsonObject policyJson(Workspace& workspace, const NotificationPolicy& policy)
{
    QJsonObject object = toJson(policy);
    QJsonArray recipients = object.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QJsonObject recipient = recipients.at(i).toObject();
        recipient.insert(QStringLiteral("name"),
                         recipientText(workspace, policy.recipients.at(i)).section(QLatin1Char(':'), 1));
        recipients.replace(i, recipient);
    }
    object.insert(QStringLiteral("recipients"), recipients);
    return object;
}

int list(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto policies = workspace->policies().all();
    if (!policies.ok())
        return cli.fail(policies.error());
    if (cli.json()) {
        QJsonArray array;
        for (const NotificationPolicy& policy : *policies)
            array.append(policyJson(*workspace, policy));
        cli.printJson(array);
        return ExitOk;
    }
    CliTable table({Cli::tr("NAME", "column"), Cli::tr("ENABLED", "column"), Cli::tr("RECIPIENTS", "column"),
                    Cli::tr("MATCHING", "column")});
    for (const NotificationPolicy& policy : *policies)
        table.addRow(
            {policy.name, policy.enabled ? Cli::tr("yes") : Cli::tr("no"),
             recipientTexts(*workspace, policy).join(QStringLiteral(", ")),
             policy.rules.isEmpty() ? Cli::tr("(every alert)") : ruleTexts(policy).join(QStringLiteral(" | "))});
    table.print(cli.out(), Cli::tr("No notification policies yet. Add one with: alertdeskctl policy add --help"));
    return ExitOk;
}

int show(CliContext& cli, const QCommandLineParser& parser)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto policy = workspace->policies().findByName(parser.positionalArguments().constFirst());
    if (!policy.ok())
        return cli.fail(policy.error());
    if (cli.json()) {
        cli.printJson(policyJson(*workspace, *policy));
        return ExitOk;
    }
    CliFields fields;
    fields.add(Cli::tr("Name"), policy->name);
    fields.add(Cli::tr("UUID"), policy->uuid);
    fields.add(Cli::tr("Enabled"), policy->enabled ? Cli::tr("yes") : Cli::tr("no"));
    fields.add(Cli::tr("Description"), policy->description);
    fields.add(Cli::tr("Recipients"), recipientTexts(*workspace, *policy).join(QStringLiteral(", ")));
    fields.add(Cli::tr("Method"), Cli::tr("DingTalk"));
    const QStringList rules = ruleTexts(*policy);
    fields.add(Cli::tr("Matching"), rules.isEmpty() ? Cli::tr("(every alert)") : rules.first());
    for (qsizetype i = 1; i < rules.size(); ++i)
        fields.add(Cli::tr("  or"), rules.at(i));
    fields.add(Cli::tr("Group by"), policy->groupBy.join(QStringLiteral(", ")));
    fields.add(Cli::tr("Group wait"), formatDuration(policy->groupWait));
    fields.add(Cli::tr("Group interval"), formatDuration(policy->groupInterval));
    fields.add(Cli::tr("Repeat interval"), formatDuration(policy->repeatInterval));
    fields.add(Cli::tr("Window"), policy->window ? formatNotificationWindow(*policy->window) : Cli::tr("(any time)"));
    fields.add(Cli::tr("Resolved notices"), policy->sendResolved ? Cli::tr("yes") : Cli::tr("no"));
    fields.add(Cli::tr("Message type"), messageTypeName(policy->message.type));
    fields.add(Cli::tr("Dialect"), dialectName(policy->message.dialect));
    fields.add(Cli::tr("Title template"),
               policy->message.titleTemplate.isEmpty() ? Cli::tr("(default)") : policy->message.titleTemplate);
    fields.add(Cli::tr("Text template"),
               policy->message.textTemplate.isEmpty()
                   ? Cli::tr("(default)")
                   : Cli::tr("%n line(s)", nullptr, policy->message.textTemplate.count(QLatin1Char('\n')) + 1));
    fields.add(Cli::tr("Mentions"), mentionName(policy->mention));
    fields.add(Cli::tr("Created"), policy->createdAt.toUTC().toString(Qt::ISODate));
    fields.add(Cli::tr("Updated"), policy->updatedAt.toUTC().toString(Qt::ISODate));
    fields.print(cli.out());
    return ExitOk;
}

} // namespace

CliEntity policyCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("policy"),
        Cli::tr("Notification policies: which alerts go to which contacts, groups and robots, grouped and timed as "
                "Alertmanager does, with method DingTalk."),
        {
            {QStringLiteral("add"),
             Cli::tr("Add a notification policy."),
             {},
             [](QCommandLineParser& p) { addPolicyOptions(p, false); },
             add},
            {QStringLiteral("list"), Cli::tr("List notification policies."), {}, none, list},
            {QStringLiteral("show"), Cli::tr("Show one notification policy."), Cli::tr("NAME"), none, show},
            {QStringLiteral("edit"), Cli::tr("Change a policy; options not given stay as they are."), Cli::tr("NAME"),
             [](QCommandLineParser& p) { addPolicyOptions(p, true); }, edit},
            {QStringLiteral("remove"), Cli::tr("Remove a notification policy."), Cli::tr("NAME"), none, remove},
        },
    };
}

} // namespace alertdesk
