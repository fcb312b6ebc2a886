// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dialogs/editors.h"
#include "domain/notificationpolicy.h"

namespace alertdesk {

class EditorDialog;

/// The notification policy editor: a PolicyForm in an EditorDialog. A value without a uuid is added, one with a uuid
/// updated.
EditorDialog* policyEditor(Workspace& workspace, const NotificationPolicy& policy, QWidget* parent,
                           editors::Report report);

} // namespace alertdesk
