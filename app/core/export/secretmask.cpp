// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/secretmask.h"

#include <QRegularExpression>

namespace alertdesk {

QString maskSecrets(const QString& text)
{
    static const QString mask = QStringLiteral("\\1••••••");
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(access_token=)(?!\\$\\{)[^\\s&'\"]+")),
        QRegularExpression(QStringLiteral("(^\\s*(?:secret|password):\\s*)(?!\\$\\{)\\S.*$"),
                           QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral("(\"(?:accessToken|signSecret)\":\\s*\")(?:[^\"\\\\]|\\\\.)+(?=\")")),
        QRegularExpression(QStringLiteral("(://[^/:@\\s]*:)(?!\\$\\{)[^/@\\s]+(?=@)")),
    };
    QString masked = text;
    for (const QRegularExpression& pattern : patterns)
        masked.replace(pattern, mask);
    return masked;
}

} // namespace alertdesk
