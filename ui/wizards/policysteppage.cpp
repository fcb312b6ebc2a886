// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/policysteppage.h"

#include "dialogs/policyform.h"
#include "storage/policyrepository.h"
#include "widgets/warningpalette.h"
#include "wizards/wizardledger.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {
QString recipientDetail(const Recipient& recipient)
{
    const QString kind = recipient.kind == Recipient::Kind::Group   ? QStringLiteral("group")
                         : recipient.kind == Recipient::Kind::Robot ? QStringLiteral("robot")
                                                                    : QStringLiteral("contact");
    return kind + QLatin1Char(':') + recipient.uuid;
}
} // namespace

PolicyStepPage::PolicyStepPage(Workspace& workspace, WizardLedger& ledger,
                               std::function<QPair<Recipient, QString>()> recipient, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_ledger(ledger)
    , m_recipient(std::move(recipient))
    , m_pick(new QRadioButton(tr("Add the recipient to an &existing policy:"), this))
    , m_create(new QRadioButton(tr("&Create a policy"), this))
    , m_picker(new QComboBox(this))
    , m_form(new PolicyForm(workspace, this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("policyStepPage"));
    setTitle(tr("Notification policy"));
    setSubTitle(tr("Which alerts go to the recipient, when, and how: method DingTalk."));
    m_pick->setObjectName(QStringLiteral("pickPolicyRadio"));
    m_create->setObjectName(QStringLiteral("createPolicyRadio"));
    m_picker->setObjectName(QStringLiteral("policyPicker"));
    m_picker->setAccessibleName(tr("Existing notification policy"));
    m_form->setObjectName(QStringLiteral("policyForm"));
    m_note->setObjectName(QStringLiteral("policyRecipientNote"));
    m_note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("policyStepProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));
    m_problem->hide();
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_pick);
    modes->addButton(m_create);
    m_create->setChecked(true);

    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick);
    pickRow->addWidget(m_picker, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_create);
    layout->addWidget(m_form, 1);
    layout->addLayout(pickRow);
    layout->addWidget(m_problem);

    connect(m_pick, &QRadioButton::toggled, this, &PolicyStepPage::updateMode);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_form, &PolicyForm::validityChanged, this, &QWizardPage::completeChanged);
}

void PolicyStepPage::initializePage()
{
    const auto [recipient, name] = m_recipient();
    m_note->setText(tr("Recipient: %1").arg(name));
    const QString current = m_picker->currentData().toString();
    m_picker->clear();
    if (const auto policies = m_workspace.policies().all()) {
        for (const NotificationPolicy& policy : policies.value())
            m_picker->addItem(policy.name, policy.uuid);
    }
    if (const int index = m_picker->findData(current); index >= 0)
        m_picker->setCurrentIndex(index);
    m_pick->setEnabled(m_picker->count() > 0);
    if (!m_pick->isEnabled())
        m_create->setChecked(true);

    // The new policy reaches whom the earlier steps chose; going back and choosing again replaces that recipient.
    m_form->reloadChoices();
    NotificationPolicy policy = m_form->value();
    if (m_formRecipient)
        policy.recipients.removeAll(*m_formRecipient);
    if (!policy.recipients.contains(recipient))
        policy.recipients.append(recipient);
    m_formRecipient = recipient;
    policy.uuid = m_createdUuid;
    m_form->setValue(policy);
    updateMode();
}

void PolicyStepPage::updateMode()
{
    m_picker->setEnabled(m_pick->isChecked());
    m_form->setEnabled(m_create->isChecked());
    emit completeChanged();
}

bool PolicyStepPage::isComplete() const
{
    if (m_pick->isChecked())
        return m_picker->currentIndex() >= 0;
    return m_form->isValid();
}

bool PolicyStepPage::addRecipientToPicked(const Recipient& recipient)
{
    auto policy = m_workspace.policies().find(m_picker->currentData().toString());
    if (policy && !policy->recipients.contains(recipient)) {
        NotificationPolicy changed = policy.value();
        changed.recipients.append(recipient);
        auto saved = m_workspace.policies().update(changed);
        if (!saved)
            policy = saved.error();
        else
            m_ledger.record(
                {WizardLedger::Kind::PolicyRecipient, changed.uuid, changed.name, recipientDetail(recipient)});
    }
    if (!policy) {
        m_problem->setText(policy.error().message);
        m_problem->show();
        return false;
    }
    m_policyUuid = policy->uuid;
    return true;
}

bool PolicyStepPage::validatePage()
{
    m_problem->hide();
    if (m_pick->isChecked())
        return addRecipientToPicked(m_recipient().first);
    NotificationPolicy policy = m_form->value();
    policy.uuid = m_createdUuid;
    const Result<NotificationPolicy> saved =
        m_createdUuid.isEmpty() ? m_workspace.policies().add(policy) : m_workspace.policies().update(policy);
    if (!saved) {
        m_form->showError(saved.error());
        if (saved.error().field.isEmpty()) {
            m_problem->setText(saved.error().message);
            m_problem->show();
        }
        return false;
    }
    if (m_createdUuid.isEmpty())
        m_ledger.record({WizardLedger::Kind::Policy, saved->uuid, saved->name, QString()});
    m_createdUuid = saved->uuid;
    m_policyUuid = saved->uuid;
    m_form->setValue(saved.value());
    return true;
}

} // namespace alertdesk
