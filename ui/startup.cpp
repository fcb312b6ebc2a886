// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "startup.h"

#include "resources.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QPaintEvent>
#include <QSettings>
#include <QWidget>
#include <cstdio>

namespace alertdesk::startup {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AlertDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALERTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.alertdesk.AlertDesk"));
    initResources();
    QApplication::setWindowIcon(appIcon(QStringLiteral("alertdesk")));
}

QLocale useLanguage(const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    return locale;
}

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QString chosenLanguage(const QString& commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString chosen = QSettings().value(languageSettingKey()).toString();
    return availableLanguages().contains(chosen) ? chosen : QString();
}

int reportUsageError(const QString& sentence)
{
    std::fprintf(stderr, "alertdesk: %s\n%s\n", qUtf8Printable(sentence),
                 qUtf8Printable(Messages::tr("Run alertdesk --help to see the options.")));
    return 64; // EX_USAGE
}

int reportCannotOpen(const QString& sentence)
{
    std::fprintf(stderr, "alertdesk: %s\n", qUtf8Printable(sentence));
    return 2;
}

namespace {

/// Watches the window for its first paint event. The event loop ends once the paint (and the flush of the backing
/// store that follows it) has returned; nothing queued after the paint runs.
class FirstPaintWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

void quitAfterFirstPaint(QWidget& window)
{
    window.installEventFilter(new FirstPaintWatcher(&window));
}

} // namespace alertdesk::startup
