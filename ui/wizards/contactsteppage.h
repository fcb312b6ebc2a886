// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace alertdesk {

class ContactForm;
class WebhookField;
class WizardLedger;
class Workspace;

/// "Connect to a notification policy", step 1: pick a contact, or create one with ContactForm. Its DingTalk chatbot is
/// a robot of the workspace, or a pasted webhook URL: a URL whose token belongs to a robot already in the workspace
/// links that robot; otherwise "Add this robot…" opens the Add DingTalk robot wizard with the URL filled in, and the
/// robot it saves becomes the contact's chatbot. Next stores a new contact (or the changes to the one this wizard
/// created). objectNames: pickContactRadio, createContactRadio, contactPicker, contactForm, chatbotWebhookField,
/// chatbotLinkNote, addRobotButton, contactStepProblem.
class ContactStepPage : public QWizardPage {
    Q_OBJECT
public:
    ContactStepPage(Workspace& workspace, WizardLedger& ledger, QWidget* parent = nullptr);

    /// The contact picked or stored (valid after Next).
    QString contactUuid() const { return m_contactUuid; }
    QString contactName() const { return m_contactName; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMode();
    void addRobotFromWebhook();
    void lookUpPastedWebhook();
    void linkRobot(const QString& uuid, const QString& note);
    void reloadContacts();
    Workspace& m_workspace;
    WizardLedger& m_ledger;
    QRadioButton* m_pick;
    QRadioButton* m_create;
    QComboBox* m_picker;
    ContactForm* m_form;
    WebhookField* m_webhook;
    QPushButton* m_addRobot;
    QLabel* m_linkNote;
    int m_lookup = 0; ///< the paste being looked up; answers about an older one are ignored
    bool m_linked = false;
    QLabel* m_problem;
    QWidget* m_chatbotBox = nullptr;
    QString m_contactUuid;
    QString m_contactName;
    QString m_createdUuid; ///< the contact this wizard created, updated when the step is confirmed again
};

} // namespace alertdesk
