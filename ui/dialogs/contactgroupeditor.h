// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dialogs/editors.h"
#include "domain/contact.h"

namespace alertdesk {

class EditorDialog;

/// The contact group editor: a ContactGroupForm in an EditorDialog. A value without a uuid is added, one with a uuid
/// updated.
EditorDialog* contactGroupEditor(Workspace& workspace, const ContactGroup& group, QWidget* parent,
                                 editors::Report report);

} // namespace alertdesk
