// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/contactgroupform.h"

#include "ui_contactgroupform.h"

#include "domain/validation.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "widgets/fieldproblem.h"
#include "workspace.h"

namespace alertdesk {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;
} // namespace

ContactGroupForm::ContactGroupForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ContactGroupForm>())
{
    m_ui->setupUi(this);
    m_ui->nameProblem->attach(m_ui->nameEdit);
    m_ui->descriptionProblem->attach(m_ui->descriptionEdit);
    m_ui->membersProblem->attach(m_ui->membersList);
    m_markers.add(QStringLiteral("name"), m_ui->nameProblem);
    m_markers.add(QStringLiteral("description"), m_ui->descriptionProblem);
    m_markers.add(QStringLiteral("members"), m_ui->membersProblem);
    m_markers.setFallback(m_ui->generalProblem);
    m_ui->membersList->setMinimumHeight(fontMetrics().height() * 8);
    reloadChoices();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ContactGroupForm::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, &ContactGroupForm::revalidate);
    connect(m_ui->membersList, &QListWidget::itemChanged, this, &ContactGroupForm::revalidate);
    connect(m_ui->memberFilter, &QLineEdit::textChanged, this, &ContactGroupForm::applyFilter);
    revalidate();
}

ContactGroupForm::~ContactGroupForm() = default;

void ContactGroupForm::reloadChoices()
{
    const QStringList members = value().memberUuids;
    const QSignalBlocker blocker(m_ui->membersList);
    m_ui->membersList->clear();
    if (auto contacts = m_workspace.contacts().all()) {
        for (const Contact& contact : *contacts) {
            QString shown = contact.name;
            if (!contact.phone.isEmpty())
                shown += QStringLiteral("  (") + contact.phone + u')';
            auto* item = new QListWidgetItem(shown, m_ui->membersList);
            item->setData(UuidRole, contact.uuid);
            item->setData(SearchRole,
                          QStringList{contact.name, contact.phone, contact.email, contact.userId}.join(u' '));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(members.contains(contact.uuid) ? Qt::Checked : Qt::Unchecked);
        }
    }
    applyFilter();
    revalidate();
}

void ContactGroupForm::setValue(const ContactGroup& group)
{
    m_original = group;
    m_ui->nameEdit->setText(group.name);
    m_ui->descriptionEdit->setText(group.description);
    {
        const QSignalBlocker blocker(m_ui->membersList);
        for (int row = 0; row < m_ui->membersList->count(); ++row) {
            QListWidgetItem* item = m_ui->membersList->item(row);
            item->setCheckState(group.memberUuids.contains(item->data(UuidRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    }
    revalidate();
}

ContactGroup ContactGroupForm::value() const
{
    ContactGroup group = m_original;
    group.name = m_ui->nameEdit->text().trimmed();
    group.description = m_ui->descriptionEdit->text().trimmed();
    group.memberUuids.clear();
    for (int row = 0; row < m_ui->membersList->count(); ++row) {
        const QListWidgetItem* item = m_ui->membersList->item(row);
        if (item->checkState() == Qt::Checked)
            group.memberUuids.append(item->data(UuidRole).toString());
    }
    return group;
}

bool ContactGroupForm::isValid() const
{
    return m_valid;
}

void ContactGroupForm::showError(const Error& error)
{
    m_markers.show({error});
}

void ContactGroupForm::applyFilter()
{
    const QString filter = m_ui->memberFilter->text().trimmed();
    for (int row = 0; row < m_ui->membersList->count(); ++row) {
        QListWidgetItem* item = m_ui->membersList->item(row);
        item->setHidden(!filter.isEmpty() && !item->data(SearchRole).toString().contains(filter, Qt::CaseInsensitive));
    }
}

void ContactGroupForm::revalidate()
{
    const ContactGroup group = value();
    m_ui->memberCount->setText(tr("%n member(s) ticked", nullptr, int(group.memberUuids.size())));
    if (m_ui->membersList->count() == 0)
        m_ui->memberCount->setText(tr("There are no contacts yet; add contacts first, or save the group empty."));
    Problems problems = validateContactGroup(group);
    if (!group.name.isEmpty()) {
        auto other = m_workspace.groups().findByName(group.name);
        if (other && other->uuid != group.uuid) {
            problems.append(
                Error::conflict(QStringLiteral("name"),
                                tr("A contact group named “%1” already exists; pick another name.").arg(other->name)));
        }
    }
    const bool valid = problems.isEmpty();
    if (group.name.isEmpty() && !m_ui->nameEdit->isModified())
        problems.removeIf([](const Error& e) { return e.field == QStringLiteral("name"); });
    m_markers.show(problems);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
