// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/warningpalette.h"

namespace alertdesk {

QPalette withWarningText(QPalette palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    palette.setColor(QPalette::WindowText, red);
    palette.setColor(QPalette::Text, red);
    return palette;
}

} // namespace alertdesk
