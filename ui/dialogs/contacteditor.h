// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dialogs/editors.h"
#include "domain/contact.h"

#include <QStringList>

namespace alertdesk {

class EditorDialog;

/// The contact editor: a ContactForm in an EditorDialog. A value without a uuid is added, one with a uuid updated;
/// the contact and the groups it is in are saved in one transaction.
EditorDialog* contactEditor(Workspace& workspace, const Contact& contact, const QStringList& groupUuids,
                            QWidget* parent, editors::Report report);

} // namespace alertdesk
