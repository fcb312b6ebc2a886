// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace alertdesk {

class ContactGroupForm;
class WizardLedger;
class Workspace;

/// "Connect to a notification policy", step 2 (optional): no group, an existing group the contact joins, or a new group
/// (ContactGroupForm) with the contact ticked. Next stores it. objectNames: noGroupRadio, pickGroupRadio,
/// createGroupRadio, groupPicker, groupForm, groupStepProblem.
class GroupStepPage : public QWizardPage {
    Q_OBJECT
public:
    /// `contact` answers the uuid and name of the contact of step 1.
    GroupStepPage(Workspace& workspace, WizardLedger& ledger, std::function<QPair<QString, QString>()> contact,
                  QWidget* parent = nullptr);

    /// The group picked or stored; empty when the operator chose none.
    QString groupUuid() const { return m_groupUuid; }
    QString groupName() const { return m_groupName; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMode();
    bool joinPickedGroup(const QString& contactUuid);
    Workspace& m_workspace;
    WizardLedger& m_ledger;
    std::function<QPair<QString, QString>()> m_contact;
    QRadioButton* m_none;
    QRadioButton* m_pick;
    QRadioButton* m_create;
    QComboBox* m_picker;
    ContactGroupForm* m_form;
    QLabel* m_problem;
    QString m_groupUuid;
    QString m_groupName;
    QString m_createdUuid;
};

} // namespace alertdesk
