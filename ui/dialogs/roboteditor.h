// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dialogs/editors.h"
#include "domain/robot.h"

namespace alertdesk {

class EditorDialog;

/// The robot editor: a RobotForm in an EditorDialog. A value without a uuid is added (Workspace::addRobot), one with
/// a uuid updated (Workspace::updateRobot); both are asynchronous (the keychain), the dialog waits for the outcome.
EditorDialog* robotEditor(Workspace& workspace, const Robot& robot, QWidget* parent, editors::Report report);

} // namespace alertdesk
