// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QString>

namespace alertdesk {

/// One line of a line diff: kept, added (only in the new text) or removed (only in the old one).
struct DiffLine {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

/// A plain line diff of `before` and `after`, for the Export dialog's "what changes in DIR" view: the common head and
/// tail are kept, the middle is a longest-common-subsequence diff; a middle too large for that (both sides past a few
/// thousand lines) is shown as removed, then added.
QList<DiffLine> lineDiff(const QString& before, const QString& after);

} // namespace alertdesk
