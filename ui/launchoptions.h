// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace alertdesk {

/// What `alertdesk` was started with:
///   --db PATH          the workspace file (default: Workspace::defaultDatabasePath(), which honours ALERTDESK_DB)
///   --screenshot FILE  show the window, save a PNG of it to FILE once the keychain check has answered, and quit
///   --lang en|zh_CN    the language, instead of the system locale's
///   --startup-check    open the workspace, show the window, exit 0 right after its first paint (the start-up
///                      benchmark and a smoke test; failures go to stderr, never to a message box)
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::LaunchOptions)
public:
    QString databasePath;
    QString screenshotPath; ///< empty: a normal interactive session
    QString language;       ///< empty: follow the system locale
    QString page;           ///< --page: the page to open on (PageCatalog's keys); empty: the one shown last
    bool startupCheck = false;

    /// Just --lang, read before the translators are installed (so that --help can be shown translated).
    static QString requestedLanguage(const QStringList& arguments);
    /// The pages --page accepts, as PageCatalog names them.
    static QStringList pageKeys();
    /// Parses the command line. --help and --version print and exit; a bad option is an Error with a sentence.
    static Result<LaunchOptions> parse(const QStringList& arguments);
};

} // namespace alertdesk
