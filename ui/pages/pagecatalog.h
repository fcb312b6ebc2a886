// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

class QWidget;

namespace alertdesk {

class Workspace;

/// One page of the main window, as the navigation lists it.
struct PageEntry {
    QString key; ///< stable, untranslated: "robots", "contacts", "groups", "policies", "send-test", "export"
    QIcon icon;
    QString title;
    QWidget* widget = nullptr;
};

/// Builds the main window's pages in navigation order. The entity pages show how many robots, contacts, groups and
/// policies the workspace holds and follow their repository's change signals.
class PageCatalog {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::PageCatalog)
public:
    static QList<PageEntry> create(Workspace& workspace, QWidget* parent);
};

} // namespace alertdesk
