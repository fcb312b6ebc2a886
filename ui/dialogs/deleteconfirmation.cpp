// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/deleteconfirmation.h"

#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "widgets/fieldproblem.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alertdesk {

using editors::Entity;

namespace {

QString question(Entity entity, const QString& name)
{
    switch (entity) {
    case Entity::Robot:
        return DeleteConfirmation::tr("Delete robot “%1”?").arg(name);
    case Entity::Contact:
        return DeleteConfirmation::tr("Delete contact “%1”?").arg(name);
    case Entity::Group:
        return DeleteConfirmation::tr("Delete contact group “%1”?").arg(name);
    case Entity::Policy:
        return DeleteConfirmation::tr("Delete notification policy “%1”?").arg(name);
    }
    return {};
}

/// What deleting does, one sentence per consequence that applies.
QStringList consequences(Entity entity, const Usage& usage)
{
    QStringList lines;
    if (entity == Entity::Robot) {
        lines.append(DeleteConfirmation::tr("Its access token and signing secret are deleted from the keychain. The "
                                            "robot itself stays in the DingTalk group until you remove it there."));
    }
    if (!usage.contacts.isEmpty())
        lines.append(
            DeleteConfirmation::tr("%n contact(s) lose their DingTalk chatbot.", nullptr, int(usage.contacts.size())));
    if (!usage.groups.isEmpty())
        lines.append(
            DeleteConfirmation::tr("The contact is taken out of %n group(s).", nullptr, int(usage.groups.size())));
    if (!usage.policies.isEmpty()) {
        lines.append(DeleteConfirmation::tr("%n policy(s) lose it as a recipient; a policy left without recipients "
                                            "reaches nobody until you add one.",
                                            nullptr, int(usage.policies.size())));
    }
    if (entity == Entity::Group)
        lines.append(DeleteConfirmation::tr("Its members stay in the workspace as contacts."));
    if (entity == Entity::Policy)
        lines.append(DeleteConfirmation::tr("Its matching rules and message templates are deleted with it."));
    if (usage.isEmpty() && entity != Entity::Policy)
        lines.append(DeleteConfirmation::tr("Nothing else in the workspace uses it."));
    lines.append(DeleteConfirmation::tr("This cannot be undone."));
    return lines;
}

} // namespace

DeleteConfirmation::DeleteConfirmation(Workspace& workspace, Entity entity, const QString& uuid, const QString& name,
                                       const Usage& usage, QWidget* parent, editors::Report report)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_uuid(uuid)
    , m_name(name)
    , m_report(std::move(report))
    , m_usage(new QTreeWidget(this))
    , m_error(new FieldProblem(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("deleteConfirmation"));
    setWindowTitle(tr("Delete"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    auto* icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    auto* title = new QLabel(question(entity, name), this);
    title->setObjectName(QStringLiteral("question"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    auto* what = new QLabel(consequences(entity, usage).join(u'\n'), this);
    what->setObjectName(QStringLiteral("consequences"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);

    m_usage->setObjectName(QStringLiteral("usageTree"));
    m_usage->setAccessibleName(tr("Where it is used"));
    m_usage->setHeaderLabels({tr("Where it is used")});
    const struct {
        const QStringList& names;
        QString heading;
    } lists[] = {{usage.contacts, tr("Contacts using it as their DingTalk chatbot")},
                 {usage.groups, tr("Contact groups it is a member of")},
                 {usage.policies, tr("Notification policies sending to it")}};
    for (const auto& list : lists) {
        if (list.names.isEmpty())
            continue;
        auto* top = new QTreeWidgetItem(m_usage, {QStringLiteral("%1 (%2)").arg(list.heading).arg(list.names.size())});
        for (const QString& n : list.names)
            new QTreeWidgetItem(top, {n});
        top->setExpanded(true);
    }
    m_usage->setVisible(!usage.isEmpty());

    m_error->setObjectName(QStringLiteral("deleteError"));
    QPushButton* remove = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setAccessibleName(tr("Delete"));
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // Enter must not delete by accident
    connect(remove, &QPushButton::clicked, this, &DeleteConfirmation::remove);
    connect(cancel, &QPushButton::clicked, this, &DeleteConfirmation::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(what);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_usage, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

QString DeleteConfirmation::error() const
{
    return m_error->problem();
}

void DeleteConfirmation::reject()
{
    if (!m_removing) // a keychain job under way answers later: wait for it
        QDialog::reject();
}

void DeleteConfirmation::remove()
{
    if (m_removing)
        return;
    m_removing = true;
    m_error->setProblem({});
    m_buttons->setEnabled(false);
    switch (m_entity) {
    case Entity::Robot:
        m_workspace.removeRobot(m_uuid, this, [this](Result<void> result) { finished(result); });
        return;
    case Entity::Contact:
        finished(m_workspace.contacts().remove(m_uuid));
        return;
    case Entity::Group:
        finished(m_workspace.groups().remove(m_uuid));
        return;
    case Entity::Policy:
        finished(m_workspace.policies().remove(m_uuid));
        return;
    }
}

void DeleteConfirmation::finished(const Result<void>& result)
{
    m_removing = false;
    m_buttons->setEnabled(true);
    if (!result) {
        m_error->setProblem(result.error().message);
        return;
    }
    if (m_report) {
        switch (m_entity) {
        case Entity::Robot:
            m_report(tr("Deleted robot “%1” and its keychain entries.").arg(m_name));
            break;
        case Entity::Contact:
            m_report(tr("Deleted contact “%1”.").arg(m_name));
            break;
        case Entity::Group:
            m_report(tr("Deleted contact group “%1”.").arg(m_name));
            break;
        case Entity::Policy:
            m_report(tr("Deleted notification policy “%1”.").arg(m_name));
            break;
        }
    }
    accept();
}

} // namespace alertdesk
