// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace alertdesk {

class WebhookField;

/// "Add DingTalk robot", step 4: the webhook URL DingTalk shows once the robot exists (validated as pasted, its token
/// never shown), then Finish saves; afterwards the page offers Copy webhook and a test message with its result inline.
/// The wizard does the saving, copying and sending; this page shows their state. objectNames: webhookField,
/// sendTestCheck, saveStatus, copyWebhookButton, copyResult, sendTestButton, testResult.
class RobotWebhookPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RobotWebhookPage(QWidget* parent = nullptr);

    WebhookField* webhook() const { return m_webhook; }
    bool sendTestAfterSave() const;
    bool isComplete() const override;

    void showSaving();
    void showSaveError(const QString& message);
    void showSaved(const QString& message);
    void showTestRunning();
    void showTestResult(const QString& message, bool delivered);
    void showCopyResult(const QString& message, bool failed);

signals:
    void sendTestRequested();
    void copyRequested();

private:
    WebhookField* m_webhook;
    QCheckBox* m_sendTest;
    QLabel* m_status;
    QPushButton* m_copyButton;
    QLabel* m_copyResult;
    QPushButton* m_sendButton;
    QLabel* m_result;
    bool m_busy = false;
    bool m_saved = false;
};

} // namespace alertdesk
