// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/pagecatalog.h"

#include "pages/entitypage.h"
#include "pages/entitypages.h"
#include "pages/intropage.h"
#include "pages/lazypage.h"
#include "preview/previewpane.h"
#include "resources.h"

#include <QScrollArea>

namespace alertdesk {

namespace {

/// An entity page is built when first shown (or asked for: MainWindow::entityPage): only the page on show at start-up
/// costs anything before the first paint.
void addEntityPage(QList<PageEntry>& pages, const QString& key, EntityPage* (*make)(Workspace&, QWidget*),
                   Workspace& workspace, const QString& iconName, const QString& title, QWidget* parent)
{
    auto* page = new LazyPage([make, &workspace](QWidget* lazy) { return make(workspace, lazy); }, parent);
    page->setObjectName(key + QStringLiteral("Page"));
    pages.append(PageEntry{key, appIcon(iconName), title, page});
}

} // namespace

QList<PageEntry> PageCatalog::create(Workspace& workspace, QWidget* parent)
{
    QList<PageEntry> pages;

    addEntityPage(pages, QStringLiteral("robots"), &EntityPages::robots, workspace, QStringLiteral("robot"),
                  tr("Robots"), parent);
    addEntityPage(pages, QStringLiteral("contacts"), &EntityPages::contacts, workspace, QStringLiteral("contact"),
                  tr("Contacts"), parent);
    addEntityPage(pages, QStringLiteral("groups"), &EntityPages::groups, workspace, QStringLiteral("group"),
                  tr("Contact groups"), parent);
    addEntityPage(pages, QStringLiteral("policies"), &EntityPages::policies, workspace, QStringLiteral("policy"),
                  tr("Notification policies"), parent);

    // The preview pane sits in a page of its own, so the window finds it by the page's key. It is built when the
    // page is first shown: it reads every robot and policy.
    // In a scroll area: the pane needs more height than a small screen has, and must not make the window outgrow it.
    auto* sendTest = new LazyPage(
        [&workspace](QWidget* page) {
            auto* scroll = new QScrollArea(page);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidgetResizable(true);
            scroll->setWidget(new PreviewPane(workspace, scroll));
            return scroll;
        },
        parent);
    sendTest->setObjectName(QStringLiteral("send-testPage"));
    pages.append(
        PageEntry{QStringLiteral("send-test"), appIcon(QStringLiteral("send-test")), tr("Send test alert"), sendTest});

    // Built when first shown, like the preview pane: its long explanation costs a text layout at start-up.
    const QIcon exportIcon = appIcon(QStringLiteral("export"));
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
