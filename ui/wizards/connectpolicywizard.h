// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "wizards/wizardledger.h"

#include <QWizard>

class QMessageBox;

namespace alertdesk {

class ContactStepPage;
class GroupStepPage;
class PolicyStepPage;
class VerifyStepPage;
class Workspace;

/// "Connect to a notification policy" — the console's Step 2: contact (with its DingTalk chatbot), optional contact
/// group, notification policy, verify with a test alert.
///
/// Each step stores what it made when the operator confirms it with Next (a whole, valid record each time: the next
/// step needs it, and Verify sends through the stored policy); confirming a step again updates the record this wizard
/// made rather than making another. Cancel after something was stored asks: keep it (the list says what), remove it
/// (created records deleted, a contact added to an existing group or a recipient added to an existing policy taken
/// out again), or go back to the wizard. Show it with open().
class ConnectPolicyWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ContactPage, GroupPage, PolicyPage, VerifyPage };

    explicit ConnectPolicyWizard(Workspace& workspace, QWidget* parent = nullptr);

    QString contactUuid() const;
    QString groupUuid() const;
    QString policyUuid() const;
    const WizardLedger& ledger() const { return m_ledger; }

    void reject() override;

private:
    void askKeepOrRemove();
    Workspace& m_workspace;
    WizardLedger m_ledger;
    ContactStepPage* m_contact;
    GroupStepPage* m_group;
    PolicyStepPage* m_policy;
    VerifyStepPage* m_verify;
    bool m_closing = false;
};

} // namespace alertdesk
