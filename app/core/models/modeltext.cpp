// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/modeltext.h"

#include <QLocale>

namespace alertdesk {

QString ModelText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ModelText::dateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString ModelText::list(const QStringList& items, const QString& none)
{
    return items.isEmpty() ? none : items.join(tr(", ", "list separator"));
}

QString ModelText::none()
{
    return tr("None");
}

} // namespace alertdesk
