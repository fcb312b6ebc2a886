// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"

#include <QWizard>

namespace alertdesk {

class RobotProfilePage;
class RobotSecurityPage;
class RobotTermsPage;
class RobotWebhookPage;
class WebhookClipboard;
class Workspace;

/// "Add DingTalk robot": the operator's steps in the DingTalk client, recorded as they go — profile, security settings,
/// terms, webhook. Finish saves through Workspace::addRobot (secrets to the keychain, then the row; on a failure the
/// reason shows on the page and the wizard stays open with everything typed). Once saved, Finish reads Close, Back
/// and Cancel go away, and the page offers Copy webhook and a test message with the result inline. Show it with open();
/// nothing in it blocks the GUI thread.
class AddRobotWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ProfilePage, SecurityPage, TermsPage, WebhookPage };

    explicit AddRobotWizard(Workspace& workspace, QWidget* parent = nullptr);

    /// Pre-fills the webhook step (a URL pasted elsewhere, e.g. into a contact's DingTalk chatbot field).
    void setWebhook(const QString& pastedUrl);
    /// The robot saved by this wizard; empty until Finish succeeded.
    QString savedRobotUuid() const { return m_savedUuid; }

    void accept() override;

signals:
    void robotAdded(const QString& uuid);

private:
    void save();
    void sendTest();
    void copyWebhook();
    Robot draft() const;
    Workspace& m_workspace;
    RobotProfilePage* m_profile;
    RobotSecurityPage* m_security;
    RobotTermsPage* m_terms;
    RobotWebhookPage* m_webhook;
    WebhookClipboard* m_clipboard;
    QString m_savedUuid;
    bool m_saving = false;
};

} // namespace alertdesk
