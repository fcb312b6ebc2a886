// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "screenshottaker.h"

#include "mainwindow.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPixmap>
#include <cstdio>

namespace alertdesk {

namespace {

constexpr auto safetyTimeout = std::chrono::seconds(5);

void printError(const QString& sentence)
{
    std::fprintf(stderr, "alertdesk: %s\n", qUtf8Printable(sentence));
}

} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow& window, QString path, QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(safetyTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        printError(tr("The keychain check did not answer within %n second(s); saving the window as it is.", nullptr,
                      int(safetyTimeout.count())));
        take();
    });
}

void ScreenshotTaker::start()
{
    m_window->installEventFilter(this);
    connect(m_window, &MainWindow::keychainChecked, this, &ScreenshotTaker::takeWhenReady);
    m_shown = m_window->isVisible();
    m_timeout.start();
    takeWhenReady();
}

bool ScreenshotTaker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_shown = true;
        takeWhenReady();
    }
    return QObject::eventFilter(watched, event);
}

void ScreenshotTaker::takeWhenReady()
{
    if (m_shown && m_window && m_window->isKeychainChecked()) {
        // Queued, so that the layout and status bar changes posted by the keychain answer are in the picture.
        QMetaObject::invokeMethod(this, &ScreenshotTaker::take, Qt::QueuedConnection);
    }
}

void ScreenshotTaker::take()
{
    if (m_taken) {
        return;
    }
    m_taken = true;
    m_timeout.stop();
    if (!m_window) {
        printError(tr("The window closed before its screenshot was taken."));
        emit finished(1);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!m_window->grab().save(m_path, "PNG")) {
        printError(tr("Could not save the screenshot to %1. Check that the folder exists and is writable.")
                       .arg(QDir::toNativeSeparators(m_path)));
        emit finished(1);
        return;
    }
    emit finished(0);
}

} // namespace alertdesk
