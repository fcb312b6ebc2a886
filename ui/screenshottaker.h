// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace alertdesk {

class MainWindow;

/// `alertdesk --screenshot FILE`: waits until the window is shown and its keychain check has answered, saves a PNG
/// of the window to FILE and reports the exit code. If the keychain does not answer within the safety timeout, the
/// window is saved as it is (still "checking…") with a warning on stderr.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow& window, QString path, QObject* parent = nullptr);

    /// Starts waiting; call before showing the window.
    void start();

signals:
    /// 0 when the PNG was written, 1 otherwise (the reason is on stderr).
    void finished(int exitCode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void takeWhenReady();
    void take();

    QPointer<MainWindow> m_window;
    QString m_path;
    QTimer m_timeout;
    bool m_shown = false;
    bool m_taken = false;
};

} // namespace alertdesk
