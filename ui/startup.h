// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace alertdesk::startup {

/// Organisation and application name (QSettings, AppDataLocation), version, desktop file name, window icon.
void setApplicationIdentity();
/// Makes `language` ("en", "zh_CN") the default locale and returns it.
QLocale useLanguage(const QString& language);
/// Prints a command-line mistake to stderr; returns the exit code for it.
int reportUsageError(const QString& sentence);
/// The workspace could not be opened: a critical message box (stderr in --screenshot mode); returns exit code 2.
int reportCannotOpen(const QString& sentence, bool headless);

class Messages {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::startup::Messages)
};

} // namespace alertdesk::startup
