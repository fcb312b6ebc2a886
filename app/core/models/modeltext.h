// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace alertdesk {

/// The small words the entity tables share, so "Yes", dates and lists read the same in every table.
class ModelText {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ModelText)
public:
    static QString yesNo(bool value);
    /// Local time in the current locale's short format; "—" for an invalid time.
    static QString dateTime(const QDateTime& time);
    /// "a, b, c"; `none` when empty.
    static QString list(const QStringList& items, const QString& none);
    static QString none();
};

} // namespace alertdesk
