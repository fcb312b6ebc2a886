// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "userguide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace alertdesk {

QUrl userGuideUrl()
{
    const QDir binaries(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        binaries.filePath(QStringLiteral("../share/doc/alertdesk/docs/user-guide.md")),
        QStringLiteral(ALERTDESK_SOURCE_DOCS_DIR "/user-guide.md"),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isReadable())
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return QUrl(QStringLiteral("https://github.com/alertdesk/alertdesk/blob/main/docs/user-guide.md"));
}

} // namespace alertdesk
