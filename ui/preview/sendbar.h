// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/testsender.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace alertdesk {

class Workspace;

/// "Send test alert": sends asynchronously (TestSender; the window stays usable), the button disabled meanwhile, then
/// the outcome explained — errcode, DingTalk's message and what to do, or the HTTP, network, timeout or rate-budget
/// reason.
class SendBar : public QWidget {
    Q_OBJECT
public:
    explicit SendBar(Workspace& workspace, QWidget* parent = nullptr);

    /// Whether a send may start: `why` (shown) when not.
    void setReady(bool ready, const QString& why = QString());
    void send(const TestSendRequest& request);
    bool isSending() const { return m_sending; }
    /// Shows a sentence where the outcome goes (e.g. why the send could not start).
    void showResult(const QString& sentence, bool failed);
    QString resultText() const;

signals:
    void sendRequested();
    /// After each send: the sentence shown, and whether the message was delivered.
    void finished(const QString& sentence, bool delivered);

private:
    void updateButton();
    Workspace& m_workspace;
    QPushButton* m_send = nullptr;
    QLabel* m_result = nullptr;
    bool m_ready = false;
    bool m_sending = false;
    QString m_why;
};

} // namespace alertdesk
