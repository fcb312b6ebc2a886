// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QWidget;

namespace alertdesk::startup {

/// Organisation and application name (QSettings, AppDataLocation), version, desktop file name, window icon.
void setApplicationIdentity();
/// Makes `language` ("en", "zh_CN") the default locale and returns it.
QLocale useLanguage(const QString& language);
/// The QSettings key of the language chosen in Preferences ("en", "zh_CN"; absent: the system's).
QString languageSettingKey();
/// The language to start in: `commandLine` (--lang) when given, else the one chosen in Preferences when AlertDesk
/// has it, else empty (follow the system locale). Needs the application identity set (QSettings).
QString chosenLanguage(const QString& commandLine);
/// Prints a command-line mistake to stderr; returns the exit code for it.
int reportUsageError(const QString& sentence);
/// --startup-check or --screenshot could not open the workspace: the sentence on stderr; returns exit code 2. (The
/// interactive app shows the WorkspaceProblemWindow instead and keeps running.)
int reportCannotOpen(const QString& sentence);

/// `--startup-check`: quits the application with exit code 0 as soon as `window` has been painted once.
void quitAfterFirstPaint(QWidget& window);

class Messages {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::startup::Messages)
};

} // namespace alertdesk::startup
