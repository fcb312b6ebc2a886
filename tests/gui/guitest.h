// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// What the GUI tests share (header-only: each tst_*.cpp is its own executable): the languages screenshots are taken
// in, switching the application's language, and saving a screenshot of a widget to build/screenshots/.

#include "translations.h"
#include "widgettexts.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace alertdesk::test {

/// The languages every screen is photographed in.
inline QStringList screenshotLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

/// Installs AlertDesk's (and Qt's) translations for `language` for as long as it lives; the previous ones go first.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language)
        : m_translators(installTranslations(QLocale(language)))
    {}
    ~LanguageScope() { removeTranslations(m_translators); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QList<QTranslator*> m_translators;
};

/// Saves `widget` (its window, when `wholeWindow`) as build/screenshots/<name>.png, and every text it shows as
/// <name>.txt beside it; names are "<area>-<what>-<language>", e.g. "robot-editor-invalid-zh_CN". Returns false (with
/// a warning) when it cannot, or when a text shown looks like a token or signing secret (secret hygiene: a screenshot
/// must never show one).
inline bool saveScreenshot(QWidget& widget, const QString& name, bool wholeWindow = true)
{
    QWidget& target = wholeWindow ? *widget.window() : widget;
    if (!target.isVisible()) {
        target.show();
        if (!QTest::qWaitForWindowExposed(&target))
            qWarning("%s: the window was not exposed", qPrintable(name));
    }
    const QDir dir(QStringLiteral(ALERTDESK_SCREENSHOT_DIR));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return false;
    const QString file = dir.filePath(name + QStringLiteral(".png"));
    if (!target.grab().save(file)) {
        qWarning("could not save %s", qPrintable(file));
        return false;
    }
    const QStringList texts = widgetTexts(target);
    QFile textFile(dir.filePath(name + QStringLiteral(".txt")));
    if (!textFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        textFile.write(texts.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        qWarning("could not save %s", qPrintable(textFile.fileName()));
        return false;
    }
    if (const QString leak = secretLikeText(texts); !leak.isEmpty()) {
        qWarning("%s shows something shaped like a token or signing secret: %s", qPrintable(name), qPrintable(leak));
        return false;
    }
    return true;
}

} // namespace alertdesk::test
