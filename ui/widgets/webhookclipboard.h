// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>

namespace alertdesk {

class Workspace;

/// "Copy webhook": reads the robot's full webhook URL from the keychain (asynchronously), puts it on the clipboard and
/// clears it again after a while (30 s) — but only if the clipboard still holds exactly that URL, so that whatever
/// the operator copied meanwhile is left alone. The URL is never shown or logged; a keychain error is handed back.
class WebhookClipboard : public QObject {
    Q_OBJECT
public:
    WebhookClipboard(Workspace& workspace, QObject* parent);
    ~WebhookClipboard() override;

    void copy(const QString& robotUuid, std::function<void(Result<void>)> done);
    /// How long the URL may stay on the clipboard (default 30 s; tests shorten it).
    void setClearAfter(std::chrono::milliseconds delay);

signals:
    /// The URL was taken off the clipboard again (not emitted when something else had replaced it).
    void cleared();

private:
    void clear();
    Workspace& m_workspace;
    QTimer m_timer;
    QString m_copied; ///< what we put there, to recognise it; held only while it may be on the clipboard
};

} // namespace alertdesk
