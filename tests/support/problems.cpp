// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "problems.h"

namespace alertdesk::test {

QStringList fields(const Problems& problems)
{
    QStringList result;
    for (const Error& problem : problems) {
        if (problem.kind != Error::Kind::Invalid || problem.field.isEmpty() || problem.message.isEmpty())
            return {QStringLiteral("<problem without kind, field or message>")};
        result.append(problem.field);
    }
    return result;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Error& problem : problems)
        lines.append(problem.field + QStringLiteral(": ") + problem.message);
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(u'\n');
}

} // namespace alertdesk::test
