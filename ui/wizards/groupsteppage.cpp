// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/groupsteppage.h"

#include "dialogs/contactgroupform.h"
#include "storage/contactgrouprepository.h"
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

GroupStepPage::GroupStepPage(Workspace& workspace, WizardLedger& ledger,
                             std::function<QPair<QString, QString>()> contact, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_ledger(ledger)
    , m_contact(std::move(contact))
    , m_none(new QRadioButton(tr("&No group: the policy reaches the contact directly"), this))
    , m_pick(new QRadioButton(tr("Add the contact to an &existing group:"), this))
    , m_create(new QRadioButton(tr("&Create a group with the contact"), this))
    , m_picker(new QComboBox(this))
    , m_form(new ContactGroupForm(workspace, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("groupStepPage"));
    setTitle(tr("Contact group (optional)"));
    setSubTitle(tr("A group lets one policy reach everyone on call; skip it to reach the contact alone."));
    m_none->setObjectName(QStringLiteral("noGroupRadio"));
    m_pick->setObjectName(QStringLiteral("pickGroupRadio"));
    m_create->setObjectName(QStringLiteral("createGroupRadio"));
    m_picker->setObjectName(QStringLiteral("groupPicker"));
    m_picker->setAccessibleName(tr("Existing contact group"));
    m_form->setObjectName(QStringLiteral("groupForm"));
    m_problem->setObjectName(QStringLiteral("groupStepProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));
    m_problem->hide();
    auto* modes = new QButtonGroup(this);
    for (QRadioButton* button : {m_none, m_pick, m_create})
        modes->addButton(button);
    m_none->setChecked(true);

    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick);
    pickRow->addWidget(m_picker, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addLayout(pickRow);
    layout->addWidget(m_create);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QRadioButton* button : {m_none, m_pick, m_create})
        connect(button, &QRadioButton::toggled, this, &GroupStepPage::updateMode);
    connect(m_form, &ContactGroupForm::validityChanged, this, &QWizardPage::completeChanged);
}

void GroupStepPage::initializePage()
{
    const QString current = m_picker->currentData().toString();
    m_picker->clear();
    if (const auto groups = m_workspace.groups().all()) {
        for (const ContactGroup& group : groups.value())
            m_picker->addItem(group.name, group.uuid);
    }
    if (const int index = m_picker->findData(current); index >= 0)
        m_picker->setCurrentIndex(index);
    m_pick->setEnabled(m_picker->count() > 0);
    if (m_pick->isChecked() && !m_pick->isEnabled())
        m_none->setChecked(true);
    m_form->reloadChoices();
    ContactGroup group = m_form->value();
    const QString contactUuid = m_contact().first;
    if (!group.memberUuids.contains(contactUuid)) {
        group.memberUuids.append(contactUuid);
        group.uuid = m_createdUuid;
        m_form->setValue(group);
    }
    updateMode();
}

void GroupStepPage::updateMode()
{
    m_picker->setEnabled(m_pick->isChecked());
    m_form->setVisible(m_create->isChecked());
    emit completeChanged();
}

bool GroupStepPage::isComplete() const
{
    if (m_create->isChecked())
        return m_form->isValid();
    if (m_pick->isChecked())
        return m_picker->currentIndex() >= 0;
    return true;
}

bool GroupStepPage::joinPickedGroup(const QString& contactUuid)
{
    auto group = m_workspace.groups().find(m_picker->currentData().toString());
    if (group && !group->memberUuids.contains(contactUuid)) {
        ContactGroup changed = group.value();
        changed.memberUuids.append(contactUuid);
        auto saved = m_workspace.groups().update(changed);
        if (!saved)
            group = saved.error();
        else
            m_ledger.record({WizardLedger::Kind::GroupMember, changed.uuid, changed.name, contactUuid});
    }
    if (!group) {
        m_problem->setText(group.error().message);
        m_problem->show();
        return false;
    }
    m_groupUuid = group->uuid;
    m_groupName = group->name;
    return true;
}

bool GroupStepPage::validatePage()
{
    m_problem->hide();
    m_groupUuid.clear();
    m_groupName.clear();
    if (m_none->isChecked())
        return true;
    const QString contactUuid = m_contact().first;
    if (m_pick->isChecked())
        return joinPickedGroup(contactUuid);
    ContactGroup group = m_form->value();
    group.uuid = m_createdUuid;
    const Result<ContactGroup> saved =
        m_createdUuid.isEmpty() ? m_workspace.groups().add(group) : m_workspace.groups().update(group);
    if (!saved) {
        m_form->showError(saved.error());
        if (saved.error().field.isEmpty()) {
            m_problem->setText(saved.error().message);
            m_problem->show();
        }
        return false;
    }
    if (m_createdUuid.isEmpty())
        m_ledger.record({WizardLedger::Kind::Group, saved->uuid, saved->name, QString()});
    m_createdUuid = saved->uuid;
    m_groupUuid = saved->uuid;
    m_groupName = saved->name;
    m_form->setValue(saved.value());
    return true;
}

} // namespace alertdesk
