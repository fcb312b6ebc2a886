// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/contactform.h"

#include "ui_contactform.h"

#include "domain/validation.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "widgets/fieldproblem.h"
#include "workspace.h"

namespace alertdesk {

namespace {

void checkItems(QListWidget& list, const QStringList& uuids)
{
    for (int row = 0; row < list.count(); ++row) {
        QListWidgetItem* item = list.item(row);
        item->setCheckState(uuids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

ContactForm::ContactForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ContactForm>())
{
    m_ui->setupUi(this);
    m_ui->nameProblem->attach(m_ui->nameEdit);
    m_ui->phoneProblem->attach(m_ui->phoneEdit);
    m_ui->emailProblem->attach(m_ui->emailEdit);
    m_ui->userIdProblem->attach(m_ui->userIdEdit);
    m_ui->robotProblem->attach(m_ui->robotCombo);
    m_ui->notesProblem->attach(m_ui->notesEdit);
    m_markers.add(QStringLiteral("name"), m_ui->nameProblem);
    m_markers.add(QStringLiteral("phone"), m_ui->phoneProblem);
    m_markers.add(QStringLiteral("email"), m_ui->emailProblem);
    m_markers.add(QStringLiteral("userId"), m_ui->userIdProblem);
    m_markers.add(QStringLiteral("robot"), m_ui->robotProblem);
    m_markers.add(QStringLiteral("notes"), m_ui->notesProblem);
    m_markers.setFallback(m_ui->generalProblem);
    m_ui->groupsList->setMinimumHeight(fontMetrics().height() * 5);
    m_ui->notesEdit->setMinimumHeight(fontMetrics().height() * 4);
    reloadChoices();

    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->userIdEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactForm::revalidate);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &ContactForm::revalidate);
    connect(m_ui->robotCombo, &QComboBox::currentIndexChanged, this, &ContactForm::revalidate);
    revalidate();
}

ContactForm::~ContactForm() = default;

void ContactForm::reloadChoices()
{
    const QString robot = m_ui->robotCombo->currentData().toString();
    const QStringList groups = groupUuids();
    {
        const QSignalBlocker blocker(m_ui->robotCombo);
        m_ui->robotCombo->clear();
        m_ui->robotCombo->addItem(tr("None"), QString());
        if (auto robots = m_workspace.robots().all()) {
            for (const Robot& r : *robots)
                m_ui->robotCombo->addItem(r.name, r.uuid);
        }
    }
    m_ui->groupsList->clear();
    if (auto all = m_workspace.groups().all()) {
        for (const ContactGroup& group : *all) {
            auto* item = new QListWidgetItem(group.name, m_ui->groupsList);
            item->setData(Qt::UserRole, group.uuid);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    setGroupUuids(groups);
    const int index = m_ui->robotCombo->findData(robot);
    m_ui->robotCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ContactForm::setValue(const Contact& contact)
{
    m_original = contact;
    m_ui->nameEdit->setText(contact.name);
    m_ui->phoneEdit->setText(contact.phone);
    m_ui->emailEdit->setText(contact.email);
    m_ui->userIdEdit->setText(contact.userId);
    m_ui->notesEdit->setPlainText(contact.notes);
    int index = m_ui->robotCombo->findData(contact.robotUuid);
    if (index < 0) {
        // A chatbot that is gone (deleted elsewhere): keep it visible so saving does not silently drop it.
        m_ui->robotCombo->addItem(tr("(deleted robot)"), contact.robotUuid);
        index = m_ui->robotCombo->count() - 1;
    }
    m_ui->robotCombo->setCurrentIndex(index);
    if (!contact.uuid.isEmpty()) {
        QStringList groups;
        if (auto all = m_workspace.groups().all()) {
            for (const ContactGroup& group : *all) {
                if (group.memberUuids.contains(contact.uuid))
                    groups.append(group.uuid);
            }
        }
        setGroupUuids(groups);
    }
    revalidate();
}

Contact ContactForm::value() const
{
    Contact contact = m_original;
    contact.name = m_ui->nameEdit->text().trimmed();
    contact.phone = m_ui->phoneEdit->text().trimmed();
    contact.email = m_ui->emailEdit->text().trimmed();
    contact.userId = m_ui->userIdEdit->text().trimmed();
    contact.robotUuid = m_ui->robotCombo->currentData().toString();
    contact.notes = m_ui->notesEdit->toPlainText();
    return contact;
}

bool ContactForm::isValid() const
{
    return m_valid;
}

void ContactForm::setGroupUuids(const QStringList& uuids)
{
    checkItems(*m_ui->groupsList, uuids);
}

QStringList ContactForm::groupUuids() const
{
    QStringList uuids;
    for (int row = 0; row < m_ui->groupsList->count(); ++row) {
        const QListWidgetItem* item = m_ui->groupsList->item(row);
        if (item->checkState() == Qt::Checked)
            uuids.append(item->data(Qt::UserRole).toString());
    }
    return uuids;
}

void ContactForm::showError(const Error& error)
{
    m_markers.show({error});
}

void ContactForm::revalidate()
{
    const Contact contact = value();
    Problems problems = validateContact(contact);
    if (!contact.name.isEmpty()) {
        auto other = m_workspace.contacts().findByName(contact.name);
        if (other && other->uuid != contact.uuid) {
            problems.append(
                Error::conflict(QStringLiteral("name"),
                                tr("A contact named “%1” already exists; pick another name.").arg(other->name)));
        }
    }
    const bool valid = problems.isEmpty();
    // An untouched empty name on a new contact is not worth a red mark yet; OK stays disabled all the same.
    if (contact.name.isEmpty() && !m_ui->nameEdit->isModified())
        problems.removeIf([](const Error& e) { return e.field == QStringLiteral("name"); });
    m_markers.show(problems);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
