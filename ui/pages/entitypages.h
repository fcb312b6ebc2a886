// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>

class QWidget;

namespace alertdesk {

class EntityPage;
class Workspace;

/// The four entity pages: one EntityPage design, each with its own model and words.
class EntityPages {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::EntityPages)
public:
    static EntityPage* robots(Workspace& workspace, QWidget* parent);
    static EntityPage* contacts(Workspace& workspace, QWidget* parent);
    static EntityPage* groups(Workspace& workspace, QWidget* parent);
    static EntityPage* policies(Workspace& workspace, QWidget* parent);
};

} // namespace alertdesk
