// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// Line tests of DingTalk's markdown that the lint (what DingTalk will not show) and the preview (how DingTalk shows
// it) share. Internal to core.

#include <QRegularExpression>
#include <QString>

namespace alertdesk::markdown {

inline bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

/// The opening or closing line of a fenced code block.
inline bool isFence(const QString& line)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    return fence.match(line).hasMatch();
}

} // namespace alertdesk::markdown
