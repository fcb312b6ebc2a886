// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QIcon>
#include <QString>

namespace alertdesk {

/// Registers resources/alertdesk.qrc (the icons). The resource lives in the static alertdesk_ui library, where
/// nothing would otherwise pull it into the executable. Safe to call more than once.
void initResources();

/// AlertDesk's own icon `name` (alertdesk, robot, contact, group, policy, send-test, export) in every size, from the
/// PNGs rendered from resources/icons/<name>.svg at build time (ui/CMakeLists.txt): no SVG is parsed while the
/// window starts. The one way the window gets these icons.
QIcon appIcon(const QString& name);

} // namespace alertdesk
