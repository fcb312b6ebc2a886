// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clidispatcher.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALERTDESK_VERSION));
    alertdesk::installTranslations(QLocale::system()); // LANGUAGE, LC_ALL, LC_MESSAGES, LANG
    return alertdesk::runCli(QCoreApplication::arguments());
}
