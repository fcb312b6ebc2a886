// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "startup.h"

#include "resources.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

namespace alertdesk::startup {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALERTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("alertdesk"));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/alertdesk.svg")));
}

QLocale useLanguage(const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    return locale;
}

int reportUsageError(const QString& sentence)
{
    std::fprintf(stderr, "alertdesk: %s\n%s\n", qUtf8Printable(sentence),
                 qUtf8Printable(Messages::tr("Run alertdesk --help to see the options.")));
    return 64; // EX_USAGE
}

int reportCannotOpen(const QString& sentence, bool headless)
{
    if (headless) {
        std::fprintf(stderr, "alertdesk: %s\n", qUtf8Printable(sentence));
    } else {
        QMessageBox::critical(nullptr, Messages::tr("Could not open the workspace"), sentence);
    }
    return 2;
}

} // namespace alertdesk::startup
