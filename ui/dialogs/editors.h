// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace alertdesk {
class Workspace;
}

/// The entry points the main window uses to add, edit, duplicate and delete robots, contacts, groups and policies.
/// Every dialog is opened with open() (window-modal, deleted on close); nothing here blocks the GUI thread. The
/// Report callback gets one sentence for the status bar: what was saved or deleted, or what failed.
namespace alertdesk::editors {

enum class Entity { Robot, Contact, Group, Policy };
using Report = std::function<void(const QString&)>;

void openAdd(Workspace& workspace, Entity entity, QWidget* parent, Report report);
void openEdit(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report);
/// Copies the item under a free name ("X (copy)", "X (copy 2)") and opens it as a new item.
void openDuplicate(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report);
/// Asks first, listing where the item is used and what deleting it does.
void confirmDelete(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report);

} // namespace alertdesk::editors
