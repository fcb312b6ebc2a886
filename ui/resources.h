// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

namespace alertdesk {

/// Registers resources/alertdesk.qrc (the icons). The resource lives in the static alertdesk_ui library, where
/// nothing would otherwise pull it into the executable. Safe to call more than once.
void initResources();

} // namespace alertdesk
