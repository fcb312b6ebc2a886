// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/contacttablemodel.h"

#include "models/modeltext.h"
#include "models/nameindex.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

namespace alertdesk {

template <typename List> EntityTableModel::Rows ContactTableModel::rowsFrom(List list)
{
    return [this, list](const RowSink& sink) {
        const Result<void> read =
            list([this, &sink](const ContactListing& listing) { sink(listing.uuid, cellsOf(listing)); });
        if (!read)
            fail(read.error());
    };
}

ContactTableModel::ContactTableModel(Workspace& workspace, QObject* parent)
    : EntityTableModel({tr("Name"), tr("Mobile phone"), tr("Email"), tr("DingTalk chatbot"), tr("Contact groups")},
                       parent)
    , m_workspace(workspace)
    , m_robotNames(new NameIndex(workspace.robots(), this))
{
    ContactRepository& contacts = workspace.contacts();
    auto all = [&contacts](const ContactRepository::ListingVisitor& visit) { return contacts.listAll(visit); };
    const auto count = contacts.count();
    fill(rowsFrom(all), count ? count.value() : 0);

    auto reread = [this, &contacts](const QString& uuid) {
        update(rowsFrom([&contacts, uuid](const ContactRepository::ListingVisitor& visit) {
            return contacts.listOne(uuid, visit);
        }));
    };
    connect(&contacts, &ContactRepository::added, this, reread);
    connect(&contacts, &ContactRepository::updated, this, reread);
    connect(&contacts, &ContactRepository::removed, this, &ContactTableModel::drop);
    // The rows that name a robot follow its renames; deleting it leaves its contacts without a chatbot.
    auto ofRobot = [this, &contacts](const QString& robotUuid) {
        update(rowsFrom([&contacts, robotUuid](const ContactRepository::ListingVisitor& visit) {
            return contacts.listOfRobot(robotUuid, visit);
        }));
    };
    connect(m_robotNames, &NameIndex::renamed, this, ofRobot);
    connect(m_robotNames, &NameIndex::removed, this, [ofRobot] { ofRobot(QString()); });
    ContactGroupRepository& groups = workspace.groups();
    auto groupsChanged = [this, all] { update(rowsFrom(all)); };
    connect(&groups, &ContactGroupRepository::added, this, groupsChanged);
    connect(&groups, &ContactGroupRepository::updated, this, groupsChanged);
    connect(&groups, &ContactGroupRepository::removed, this, groupsChanged);
}

QStringList ContactTableModel::cellsOf(const ContactListing& listing) const
{
    return {listing.name, listing.phone, listing.email, m_robotNames->name(listing.robotUuid),
            listing.groups.join(QStringLiteral(", "))};
}

QList<EntityTableModel::Detail> ContactTableModel::details(const QString& uuid) const
{
    const auto found = m_workspace.contacts().find(uuid);
    if (!found)
        return {};
    const Contact& contact = found.value();
    const auto usage = m_workspace.contacts().usage(uuid);
    const QStringList groups = usage ? usage->groups : QStringList();
    auto orNone = [](const QString& text) { return text.isEmpty() ? ModelText::none() : text; };
    return {
        {tr("Name"), contact.name},
        {tr("Mobile phone"), orNone(contact.phone)},
        {tr("Email"), orNone(contact.email)},
        {tr("DingTalk user ID"), orNone(contact.userId)},
        {tr("DingTalk chatbot"), orNone(m_robotNames->name(contact.robotUuid))},
        {tr("Contact groups"), ModelText::list(groups, ModelText::none())},
        {tr("Notes"), orNone(contact.notes)},
        {tr("Created"), ModelText::dateTime(contact.createdAt)},
        {tr("Last changed"), ModelText::dateTime(contact.updatedAt)},
    };
}

} // namespace alertdesk
