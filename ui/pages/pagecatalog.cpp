// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/pagecatalog.h"

#include "pages/intropage.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <functional>

namespace alertdesk {

namespace {

/// Keeps `page`'s status line at the repository's current count; a failed read shows its sentence instead.
template <typename Repository>
void followCount(Repository& repository, IntroPage* page, std::function<QString(int)> describe)
{
    auto refresh = [&repository, page, describe = std::move(describe)] {
        const auto all = repository.all();
        if (!all) {
            page->setStatus(all.error().message, true);
            return;
        }
        page->setStatus(describe(int(all.value().size())));
    };
    QObject::connect(&repository, &Repository::added, page, refresh);
    QObject::connect(&repository, &Repository::removed, page, refresh);
    QObject::connect(&repository, &Repository::updated, page, refresh);
    refresh();
}

IntroPage* addPage(QList<PageEntry>& pages, const QString& key, const QString& iconName, const QString& title,
                   const QString& explanation, QWidget* parent)
{
    const QIcon pageIcon(QStringLiteral(":/icons/%1.svg").arg(iconName));
    auto* page = new IntroPage(pageIcon, title, explanation, parent);
    page->setObjectName(key + QStringLiteral("Page"));
    pages.append(PageEntry{key, pageIcon, title, page});
    return page;
}

} // namespace

QList<PageEntry> PageCatalog::create(Workspace& workspace, QWidget* parent)
{
    QList<PageEntry> pages;

    auto* robots =
        addPage(pages, QStringLiteral("robots"), QStringLiteral("robot"), tr("Robots"),
                tr("DingTalk custom robots post alerts into a group. Add one for each group that should receive "
                   "alerts; its access token and signing secret are kept in the system keychain."),
                parent);
    robots->setStatusName(QStringLiteral("robotCount"));
    followCount(workspace.robots(), robots,
                [](int n) { return n == 0 ? tr("No robots yet") : tr("%n robot(s)", nullptr, n); });

    auto* contacts =
        addPage(pages, QStringLiteral("contacts"), QStringLiteral("contact"), tr("Contacts"),
                tr("Contacts are the people alerts are for. Each one records how to @mention the person in "
                   "DingTalk (mobile number or user ID) and which robot reaches them."),
                parent);
    contacts->setStatusName(QStringLiteral("contactCount"));
    followCount(workspace.contacts(), contacts,
                [](int n) { return n == 0 ? tr("No contacts yet") : tr("%n contact(s)", nullptr, n); });

    auto* groups =
        addPage(pages, QStringLiteral("groups"), QStringLiteral("group"), tr("Contact groups"),
                tr("A contact group is a named set of contacts, such as an on-call rota or a team, so that a "
                   "policy can notify all of them at once."),
                parent);
    groups->setStatusName(QStringLiteral("groupCount"));
    followCount(workspace.groups(), groups,
                [](int n) { return n == 0 ? tr("No contact groups yet") : tr("%n contact group(s)", nullptr, n); });

    auto* policies =
        addPage(pages, QStringLiteral("policies"), QStringLiteral("policy"), tr("Notification policies"),
                tr("A notification policy decides which alerts reach whom: it matches alerts by their labels and "
                   "sends them through DingTalk to a contact, a contact group or a robot, at the times you "
                   "choose."),
                parent);
    policies->setStatusName(QStringLiteral("policyCount"));
    followCount(workspace.policies(), policies, [](int n) {
        return n == 0 ? tr("No notification policies yet") : tr("%n notification policy(s)", nullptr, n);
    });

    auto* sendTest =
        addPage(pages, QStringLiteral("send-test"), QStringLiteral("send-test"), tr("Send test alert"),
                tr("Here you will pick a policy or a robot and a sample alert, see the message exactly as "
                   "DingTalk will show it, check it against DingTalk's rules (keywords, size, mentions) and send "
                   "it to the group to be sure it arrives."),
                parent);
    sendTest->setStatus(tr("Coming in a later version of AlertDesk."));

    auto* exportPage =
        addPage(pages, QStringLiteral("export"), QStringLiteral("export"), tr("Export"),
                tr("Here you will write the configuration your servers need to send these alerts: Alertmanager's "
                   "routes and receivers and the DingTalk webhook bridge's targets and templates, with a preview "
                   "of each file and a check with amtool before anything is written."),
                parent);
    exportPage->setStatus(tr("Coming in a later version of AlertDesk."));

    return pages;
}

} // namespace alertdesk
