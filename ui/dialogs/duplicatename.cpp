// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/duplicatename.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace alertdesk {

QString duplicateName(const QString& name, const std::function<bool(const QString&)>& taken)
{
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QCoreApplication::translate("alertdesk::DuplicateName", " (copy)")
                                      : QCoreApplication::translate("alertdesk::DuplicateName", " (copy %1)").arg(n);
        QString base = name.trimmed();
        // Cut whole code points so that a Chinese name is not split into half a surrogate pair.
        while (!base.isEmpty() && base.toUcs4().size() + suffix.toUcs4().size() > limits::nameLength)
            base.chop(base.back().isLowSurrogate() && base.size() > 1 ? 2 : 1);
        const QString candidate = base.trimmed() + suffix;
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace alertdesk
