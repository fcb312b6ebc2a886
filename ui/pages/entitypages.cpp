// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/entitypages.h"

#include "models/contacttablemodel.h"
#include "models/grouptablemodel.h"
#include "models/policytablemodel.h"
#include "models/robottablemodel.h"
#include "pages/entitypage.h"
#include "resources.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QIcon>

namespace alertdesk {

namespace {

QIcon pageIcon(const char* name)
{
    return appIcon(QLatin1String(name));
}

/// How many records the repository holds, without reading them: the count a page shows before its table is built.
template <typename Repository> std::function<int()> countOf(Repository& repository)
{
    return [&repository] {
        const auto count = repository.count();
        return count ? int(count.value()) : 0;
    };
}

/// Until the page's table is built, its count follows the repository's signals.
template <typename Repository> EntityPage* recounted(EntityPage* page, Repository& repository)
{
    QObject::connect(&repository, &Repository::added, page, &EntityPage::recount);
    QObject::connect(&repository, &Repository::removed, page, &EntityPage::recount);
    return page;
}

} // namespace

EntityPage* EntityPages::robots(Workspace& workspace, QWidget* parent)
{
    EntityPageSpec spec;
    spec.key = QStringLiteral("robots");
    spec.icon = pageIcon("robot");
    spec.title = tr("Robots");
    spec.explanation = tr("DingTalk custom robots post alerts into a group. Their access tokens and signing secrets "
                          "are kept in the system keychain, never shown here.");
    spec.addText = tr("&Add robot…");
    spec.searchPlaceholder = tr("Search robots");
    spec.emptyTitle = tr("No robots yet");
    spec.emptyHint = tr("Add the DingTalk custom robot of each group that should receive alerts: in DingTalk, open "
                        "the group's settings, add a custom robot, then record it here with its keywords, signing "
                        "and webhook.");
    spec.selectHint = tr("Select a robot to see its details.");
    spec.countName = QStringLiteral("robotCount");
    spec.countText = [](int n) { return tr("%n robot(s)", nullptr, n); };
    spec.copyWebhook = true;
    spec.sendTest = true;
    spec.sendTestKind = QStringLiteral("robot");
    spec.recordCount = countOf(workspace.robots());
    return recounted(
        new EntityPage(spec, EntityPage::ModelFactory([&workspace] { return new RobotTableModel(workspace); }), parent),
        workspace.robots());
}

EntityPage* EntityPages::contacts(Workspace& workspace, QWidget* parent)
{
    EntityPageSpec spec;
    spec.key = QStringLiteral("contacts");
    spec.icon = pageIcon("contact");
    spec.title = tr("Contacts");
    spec.explanation = tr("The people alerts are for: how to @mention them in DingTalk and which robot (their "
                          "DingTalk chatbot) reaches them.");
    spec.addText = tr("&Add contact…");
    spec.searchPlaceholder = tr("Search contacts");
    spec.emptyTitle = tr("No contacts yet");
    spec.emptyHint = tr("Add the people who should receive alerts, with their mobile number for @mentions and the "
                        "robot that reaches them. Add a robot first if there is none.");
    spec.selectHint = tr("Select a contact to see the details.");
    spec.countName = QStringLiteral("contactCount");
    spec.countText = [](int n) { return tr("%n contact(s)", nullptr, n); };
    spec.recordCount = countOf(workspace.contacts());
    return recounted(new EntityPage(spec,
                                    EntityPage::ModelFactory([&workspace] { return new ContactTableModel(workspace); }),
                                    parent),
                     workspace.contacts());
}

EntityPage* EntityPages::groups(Workspace& workspace, QWidget* parent)
{
    EntityPageSpec spec;
    spec.key = QStringLiteral("groups");
    spec.icon = pageIcon("group");
    spec.title = tr("Contact groups");
    spec.explanation = tr("Named sets of contacts, such as an on-call rota or a team, so a policy can notify all of "
                          "them at once.");
    spec.addText = tr("&Add contact group…");
    spec.searchPlaceholder = tr("Search contact groups");
    spec.emptyTitle = tr("No contact groups yet");
    spec.emptyHint = tr("Groups are optional. Add one when several contacts should receive the same alerts, then "
                        "pick the group as a policy's recipient.");
    spec.selectHint = tr("Select a contact group to see its members.");
    spec.countName = QStringLiteral("groupCount");
    spec.countText = [](int n) { return tr("%n contact group(s)", nullptr, n); };
    spec.recordCount = countOf(workspace.groups());
    return recounted(
        new EntityPage(spec, EntityPage::ModelFactory([&workspace] { return new GroupTableModel(workspace); }), parent),
        workspace.groups());
}

EntityPage* EntityPages::policies(Workspace& workspace, QWidget* parent)
{
    EntityPageSpec spec;
    spec.key = QStringLiteral("policies");
    spec.icon = pageIcon("policy");
    spec.title = tr("Notification policies");
    spec.explanation = tr("Which alerts reach whom: a policy matches alerts by their labels and sends them through "
                          "DingTalk to contacts, contact groups or robots, at the times you choose.");
    spec.addText = tr("&Add notification policy…");
    spec.searchPlaceholder = tr("Search notification policies");
    spec.emptyTitle = tr("No notification policies yet");
    spec.emptyHint = tr("Add a policy to route alerts: pick the labels to match (or none, for every alert) and the "
                        "contacts, groups or robots to notify.");
    spec.selectHint = tr("Select a notification policy to see its rules and recipients.");
    spec.countName = QStringLiteral("policyCount");
    spec.countText = [](int n) { return tr("%n notification policy(s)", nullptr, n); };
    spec.sendTest = true;
    spec.sendTestKind = QStringLiteral("policy");
    spec.recordCount = countOf(workspace.policies());
    return recounted(new EntityPage(spec,
                                    EntityPage::ModelFactory([&workspace] { return new PolicyTableModel(workspace); }),
                                    parent),
                     workspace.policies());
}

} // namespace alertdesk
