// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QPalette>

namespace alertdesk {

/// `palette` with its text in a warning red that reads on light and dark system palettes alike.
QPalette withWarningText(QPalette palette);

} // namespace alertdesk
