// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>

class QTranslator;

namespace alertdesk {

/// The languages AlertDesk ships translations for, as accepted by the GUI's --lang: "en", "zh_CN".
QStringList availableLanguages();

/// Installs Qt's own translation (qtbase, from QLibraryInfo::TranslationsPath) and AlertDesk's for `locale` into the
/// application, and returns them (children of the application) so a caller can remove them again. Both binaries call
/// it: the GUI with the system locale or its --lang override, alertdeskctl with the system locale (LANGUAGE, LC_ALL,
/// LC_MESSAGES, LANG, as QLocale::system() reads them). One pair of .ts files covers core, CLI and GUI sentences; the
/// compiled .qm files are embedded in alertdesk_core. AlertDesk's English translation is the fallback for a locale it
/// has no translation for; it also carries the English plural forms ("1 robot", "3 robots").
/// Needs a QCoreApplication (or QApplication).
QList<QTranslator*> installTranslations(const QLocale& locale = QLocale::system());

/// Removes and deletes translators returned by installTranslations().
void removeTranslations(const QList<QTranslator*>& translators);

} // namespace alertdesk
