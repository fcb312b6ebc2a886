// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importreport.h"

#include <QFileInfo>

namespace alertdesk {

QString ImportNote::text() const
{
    QString where = QFileInfo(file).fileName();
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!path.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString ImportReport::text() const
{
    QStringList lines;
    for (const ImportNote& note : m_notes)
        lines.append(note.text());
    return lines.join(u'\n');
}

} // namespace alertdesk
