// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/recipientspicker.h"

#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alertdesk {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;

QTreeWidgetItem* addChoice(QTreeWidgetItem* parent, const QString& uuid, const QString& text, const QString& detail)
{
    auto* item = new QTreeWidgetItem(parent, {text, detail});
    item->setData(0, UuidRole, uuid);
    item->setData(0, KindRole, parent->data(0, KindRole));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}
} // namespace

RecipientsPicker::RecipientsPicker(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("recipientsFilter"));
    m_filter->setAccessibleName(tr("Filter recipients"));
    m_filter->setPlaceholderText(tr("Filter contacts, groups and robots"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("recipientsTree"));
    m_tree->setAccessibleName(tr("Recipients"));
    m_tree->setHeaderLabels({tr("Recipient"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(fontMetrics().height() * 10);
    m_count->setObjectName(QStringLiteral("recipientsCount"));
    const struct {
        Recipient::Kind kind;
        QString text;
    } headings[] = {{Recipient::Kind::Contact, tr("Contacts")},
                    {Recipient::Kind::Group, tr("Contact groups")},
                    {Recipient::Kind::Robot, tr("Robots (DingTalk groups reached directly)")}};
    for (const auto& h : headings) {
        auto* item = new QTreeWidgetItem(m_tree, {h.text});
        item->setData(0, KindRole, int(h.kind));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);
    connect(m_filter, &QLineEdit::textChanged, this, &RecipientsPicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        updateCount();
        emit changed();
    });
    updateCount();
}

QTreeWidgetItem* RecipientsPicker::heading(Recipient::Kind kind) const
{
    return m_tree->topLevelItem(int(kind));
}

void RecipientsPicker::reload(Workspace& workspace)
{
    const QList<Recipient> picked = recipients();
    {
        const QSignalBlocker blocker(m_tree);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            qDeleteAll(m_tree->topLevelItem(i)->takeChildren());
        if (auto contacts = workspace.contacts().all()) {
            for (const Contact& c : *contacts) {
                const QString detail = c.robotUuid.isEmpty() ? tr("no DingTalk chatbot") : c.phone;
                addChoice(heading(Recipient::Kind::Contact), c.uuid, c.name, detail);
            }
        }
        if (auto groups = workspace.groups().all()) {
            for (const ContactGroup& g : *groups)
                addChoice(heading(Recipient::Kind::Group), g.uuid, g.name,
                          tr("%n member(s)", nullptr, int(g.memberUuids.size())));
        }
        if (auto robots = workspace.robots().all()) {
            for (const Robot& r : *robots)
                addChoice(heading(Recipient::Kind::Robot), r.uuid, r.name, r.enabled ? QString() : tr("disabled"));
        }
    }
    setRecipients(picked);
    applyFilter();
}

void RecipientsPicker::setRecipients(const QList<Recipient>& recipients)
{
    {
        const QSignalBlocker blocker(m_tree);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = m_tree->topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j)
                top->child(j)->setCheckState(0, Qt::Unchecked);
        }
        for (const Recipient& recipient : recipients) {
            QTreeWidgetItem* top = heading(recipient.kind);
            QTreeWidgetItem* found = nullptr;
            for (int j = 0; j < top->childCount() && !found; ++j) {
                if (top->child(j)->data(0, UuidRole).toString() == recipient.uuid)
                    found = top->child(j);
            }
            if (!found)
                found = addChoice(top, recipient.uuid, tr("(deleted)"), recipient.uuid);
            found->setCheckState(0, Qt::Checked);
        }
    }
    updateCount();
    emit changed();
}

QList<Recipient> RecipientsPicker::recipients() const
{
    QList<Recipient> picked;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            const QTreeWidgetItem* item = top->child(j);
            if (item->checkState(0) == Qt::Checked)
                picked.append({Recipient::Kind(item->data(0, KindRole).toInt()), item->data(0, UuidRole).toString()});
        }
    }
    return picked;
}

void RecipientsPicker::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem* item = top->child(j);
            item->setHidden(!filter.isEmpty() && !item->text(0).contains(filter, Qt::CaseInsensitive) &&
                            !item->text(1).contains(filter, Qt::CaseInsensitive));
        }
    }
}

void RecipientsPicker::updateCount()
{
    m_count->setText(tr("%n recipient(s) picked", nullptr, int(recipients().size())));
}

} // namespace alertdesk
