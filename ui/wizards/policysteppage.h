// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace alertdesk {

class PolicyForm;
class WizardLedger;
class Workspace;

/// "Connect to a notification policy", step 3: a new policy (PolicyForm: matching rules, timing, method DingTalk) whose
/// recipient is the group of step 2 or else the contact of step 1, or an existing policy that gains that recipient.
/// Next stores it. objectNames: pickPolicyRadio, createPolicyRadio, policyPicker, policyForm, policyRecipientNote,
/// policyStepProblem.
class PolicyStepPage : public QWizardPage {
    Q_OBJECT
public:
    /// `recipient` answers who the policy must reach (group or contact) and the name to show for it.
    PolicyStepPage(Workspace& workspace, WizardLedger& ledger, std::function<QPair<Recipient, QString>()> recipient,
                   QWidget* parent = nullptr);

    QString policyUuid() const { return m_policyUuid; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMode();
    bool addRecipientToPicked(const Recipient& recipient);
    Workspace& m_workspace;
    WizardLedger& m_ledger;
    std::function<QPair<Recipient, QString>()> m_recipient;
    QRadioButton* m_pick;
    QRadioButton* m_create;
    QComboBox* m_picker;
    PolicyForm* m_form;
    QLabel* m_note;
    QLabel* m_problem;
    std::optional<Recipient> m_formRecipient; ///< the recipient this step put into the new policy
    QString m_policyUuid;
    QString m_createdUuid;
};

} // namespace alertdesk
