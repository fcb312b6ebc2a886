// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/connectpolicywizard.h"

#include "wizards/contactsteppage.h"
#include "wizards/groupsteppage.h"
#include "wizards/policysteppage.h"
#include "wizards/verifysteppage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace alertdesk {

ConnectPolicyWizard::ConnectPolicyWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectPolicyWizard"));
    setWindowTitle(tr("Connect to a Notification Policy"));
    m_contact = new ContactStepPage(workspace, m_ledger, this);
    m_group = new GroupStepPage(
        workspace, m_ledger, [this] { return qMakePair(m_contact->contactUuid(), m_contact->contactName()); }, this);
    m_policy = new PolicyStepPage(
        workspace, m_ledger,
        [this] {
            if (!m_group->groupUuid().isEmpty())
                return qMakePair(Recipient{Recipient::Kind::Group, m_group->groupUuid()},
                                 tr("contact group \"%1\"").arg(m_group->groupName()));
            return qMakePair(Recipient{Recipient::Kind::Contact, m_contact->contactUuid()},
                             tr("contact \"%1\"").arg(m_contact->contactName()));
        },
        this);
    m_verify = new VerifyStepPage(
        workspace, [this] { return m_policy->policyUuid(); }, this);
    setPage(ContactPage, m_contact);
    setPage(GroupPage, m_group);
    setPage(PolicyPage, m_policy);
    setPage(VerifyPage, m_verify);
    for (const WizardButton button : {BackButton, NextButton, FinishButton, CancelButton}) {
        static const char* const names[] = {"backButton", "nextButton", "commitButton", "finishButton", "cancelButton"};
        this->button(button)->setObjectName(QLatin1String(names[button]));
    }
    resize(820, 720);
}

QString ConnectPolicyWizard::contactUuid() const
{
    return m_contact->contactUuid();
}

QString ConnectPolicyWizard::groupUuid() const
{
    return m_group->groupUuid();
}

QString ConnectPolicyWizard::policyUuid() const
{
    return m_policy->policyUuid();
}

void ConnectPolicyWizard::reject()
{
    if (m_ledger.isEmpty() || m_closing) {
        QWizard::reject();
        return;
    }
    askKeepOrRemove();
}

void ConnectPolicyWizard::askKeepOrRemove()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Keep What Was Saved?"),
                                tr("These steps are already saved in the workspace:"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(QStringLiteral("• ") + m_ledger.describe().join(QStringLiteral("\n• ")) +
                            QStringLiteral("\n\n") +
                            tr("Each is complete on its own. Keep them, or remove them again?"));
    QPushButton* keep = box->addButton(tr("&Keep Them"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    QPushButton* remove = box->addButton(tr("&Remove Them"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    QPushButton* stay = box->addButton(tr("Back to the &Wizard"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("stayButton"));
    box->setDefaultButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, remove](QAbstractButton* clicked) {
        if (clicked == keep) {
            m_closing = true;
            QWizard::reject();
        } else if (clicked == remove) {
            m_closing = true;
            setEnabled(false);
            m_ledger.undo(m_workspace, this, [this](const QStringList& failures) {
                setEnabled(true);
                if (!failures.isEmpty()) {
                    auto* warning = new QMessageBox(QMessageBox::Warning, tr("Not Everything Was Removed"),
                                                    failures.join(QLatin1Char('\n')), QMessageBox::Ok, parentWidget());
                    warning->setObjectName(QStringLiteral("undoFailures"));
                    warning->setAttribute(Qt::WA_DeleteOnClose);
                    warning->open();
                }
                QWizard::reject();
            });
        }
    });
    box->open();
}

} // namespace alertdesk
