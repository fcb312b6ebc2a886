// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "appcontroller.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "screenshottaker.h"
#include "secrets/keychainsecretstore.h"
#include "startup.h"
#include "translations.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    using namespace alertdesk;
    QApplication app(argc, argv);
    startup::setApplicationIdentity();
    const QString language = startup::chosenLanguage(LaunchOptions::requestedLanguage(QCoreApplication::arguments()));
    installTranslations(language.isEmpty() ? QLocale::system() : startup::useLanguage(language));
    const Result<LaunchOptions> options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options) {
        return startup::reportUsageError(options.error().message);
    }

    AppController controller([] { return std::make_unique<KeychainSecretStore>(); });
    const bool headless = !options->screenshotPath.isEmpty() || options->startupCheck;
    if (!headless) {
        // A workspace that cannot be opened gets a window that says why and offers another one.
        controller.start(options->databasePath);
        if (!options->page.isEmpty() && controller.window())
            controller.window()->showPage(options->page);
        return QApplication::exec();
    }
    if (const Result<void> opened = controller.open(options->databasePath); !opened) {
        return startup::reportCannotOpen(opened.error().message);
    }
    if (!options->page.isEmpty())
        controller.window()->showPage(options->page);
    ScreenshotTaker screenshot(*controller.window(), options->screenshotPath);
    if (!options->screenshotPath.isEmpty()) {
        QObject::connect(&screenshot, &ScreenshotTaker::finished, &app, &QCoreApplication::exit);
        screenshot.start();
    }
    if (options->startupCheck)
        startup::quitAfterFirstPaint(*controller.window());
    controller.window()->show();
    return QApplication::exec();
}
