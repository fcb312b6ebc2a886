// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/pagecatalog.h"

#include "pages/entitypage.h"
#include "pages/entitypages.h"
#include "pages/intropage.h"
#include "pages/lazypage.h"
#include "preview/previewpane.h"

namespace alertdesk {

namespace {

void addEntityPage(QList<PageEntry>& pages, EntityPage* page, const QString& iconName, const QString& title)
{
    pages.append(PageEntry{page->key(), QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, page});
}

} // namespace

QList<PageEntry> PageCatalog::create(Workspace& workspace, QWidget* parent)
{
    QList<PageEntry> pages;

    addEntityPage(pages, EntityPages::robots(workspace, parent), QStringLiteral("robot"), tr("Robots"));
    addEntityPage(pages, EntityPages::contacts(workspace, parent), QStringLiteral("contact"), tr("Contacts"));
    addEntityPage(pages, EntityPages::groups(workspace, parent), QStringLiteral("group"), tr("Contact groups"));
    addEntityPage(pages, EntityPages::policies(workspace, parent), QStringLiteral("policy"),
                  tr("Notification policies"));

    // The preview pane sits in a page of its own, so the window finds it by the page's key. It is built when the
    // page is first shown: it reads every robot and policy.
    auto* sendTest = new LazyPage([&workspace](QWidget* page) { return new PreviewPane(workspace, page); }, parent);
    sendTest->setObjectName(QStringLiteral("send-testPage"));
    pages.append(PageEntry{QStringLiteral("send-test"), QIcon(QStringLiteral(":/icons/send-test.svg")),
                           tr("Send test alert"), sendTest});

    // Built when first shown, like the preview pane: its long explanation costs a text layout at start-up.
    const QIcon exportIcon(QStringLiteral(":/icons/export.svg"));
    auto* exportPage = new LazyPage(
        [exportIcon](QWidget* page) {
            auto* intro = new IntroPage(
                exportIcon, tr("Export"),
                tr("Write the configuration your servers need to send these alerts: Alertmanager's routes and "
                   "receivers and the DingTalk webhook bridge's targets and templates, with a preview of each file "
                   "and a check with amtool before anything is written."),
                page);
            intro->addButton(QStringLiteral("openExportButton"), tr("&Export configuration…"));
            return intro;
        },
        parent);
    exportPage->setObjectName(QStringLiteral("exportPage"));
    pages.append(PageEntry{QStringLiteral("export"), exportIcon, tr("Export"), exportPage});

    return pages;
}

} // namespace alertdesk
