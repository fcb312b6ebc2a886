// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactgrouprepository.h"

#include "domain/validation.h"
#include "storage/namedrecords.h"
#include "storage/sqlhelpers.h"

namespace alertdesk {

namespace {

Result<QList<ContactGroup>> loadGroups(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                                       const QString& doing)
{
    auto query =
        sql::run(db,
                 QStringLiteral("SELECT uuid, name, description, created_at, updated_at FROM contact_groups ") + where +
                     QStringLiteral(" ORDER BY name_key"),
                 values, doing);
    if (!query)
        return query.error();
    QList<ContactGroup> groups;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        ContactGroup group;
        group.uuid = rows.value(0).toString();
        group.name = rows.value(1).toString();
        group.description = rows.value(2).toString();
        group.createdAt = sql::timeFrom(rows.value(3));
        group.updatedAt = sql::timeFrom(rows.value(4));
        groups.append(group);
    }
    if (auto done = sql::finished(rows, doing); !done)
        return done.error();
    if (groups.isEmpty())
        return groups;
    auto members = sql::textsByOwner(
        db,
        QStringLiteral("SELECT m.group_uuid, m.contact_uuid FROM contact_group_members m JOIN contacts c ON c.uuid = "
                       "m.contact_uuid") +
            sql::childrenOf(QLatin1String("m.group_uuid"), QStringLiteral("contact_groups"), where) +
            QStringLiteral(" ORDER BY m.group_uuid, c.name_key, c.uuid"),
        values, doing);
    if (!members)
        return members.error();
    for (ContactGroup& group : groups)
        group.memberUuids = members->value(group.uuid);
    return groups;
}

// Checks that the members exist, writes the row and the memberships, and reads the group back: members come
// ordered by name.
Result<void> writeGroup(const QSqlDatabase& db, ContactGroup& group, bool insert, const QString& doing)
{
    for (const QString& member : group.memberUuids) {
        auto found = sql::exists(db, QStringLiteral("contacts"), member, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::conflict(QStringLiteral("members"),
                                   ContactGroupRepository::tr("Group \"%1\" lists a contact that does not exist (id "
                                                              "%2); it may have been deleted. Remove it from the "
                                                              "members.")
                                       .arg(group.name, member));
    }
    const QVariantList fields = {group.name,
                                 nameKey(group.name),
                                 sql::text(group.description),
                                 sql::timeValue(group.createdAt),
                                 sql::timeValue(group.updatedAt),
                                 group.uuid};
    Result<void> written =
        sql::exec(db,
                  insert ? QStringLiteral("INSERT INTO contact_groups (name, name_key, description, created_at, "
                                          "updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?)")
                         : QStringLiteral("UPDATE contact_groups SET name = ?, name_key = ?, description = ?, "
                                          "created_at = ?, updated_at = ? WHERE uuid = ?"),
                  fields, doing);
    if (written)
        written = sql::exec(db, QStringLiteral("DELETE FROM contact_group_members WHERE group_uuid = ?"), {group.uuid},
                            doing);
    QList<QVariantList> members;
    for (const QString& member : group.memberUuids)
        members.append({group.uuid, member});
    if (written)
        written = sql::runEach(
            db, QStringLiteral("INSERT INTO contact_group_members (group_uuid, contact_uuid) VALUES (?, ?)"), members,
            doing);
    if (!written)
        return written;
    auto reread = loadGroups(db, QStringLiteral("WHERE uuid = ?"), {group.uuid}, doing);
    if (!reread)
        return reread.error();
    group = reread->value(0);
    return {};
}

sql::NamedRecords<ContactGroup> groups(Database& db)
{
    return {
        db,
        QStringLiteral("contact_groups"),
        {
            .readAll = ContactGroupRepository::tr("read the contact groups"),
            .readOne = ContactGroupRepository::tr("read the contact group"),
            .noSuchId = ContactGroupRepository::tr("There is no contact group with id %1; it may have been deleted."),
            .noSuchName = ContactGroupRepository::tr("There is no contact group named \"%1\"."),
            .nameTaken = ContactGroupRepository::tr("A contact group named \"%1\" already exists; pick another name."),
            .idTaken = ContactGroupRepository::tr("A contact group with id %1 already exists; add it without an id."),
            .saving = ContactGroupRepository::tr("save contact group \"%1\""),
            .removing = ContactGroupRepository::tr("delete the contact group"),
            .goneAlready =
                ContactGroupRepository::tr("There is no contact group with id %1; it may have been deleted already."),
            .findingUsage = ContactGroupRepository::tr("find where the contact group is used"),
        },
        loadGroups,
        validateContactGroup,
        writeGroup};
}

} // namespace

ContactGroupRepository::ContactGroupRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<ContactGroup>> ContactGroupRepository::all() const
{
    return groups(m_db).all();
}

Result<qsizetype> ContactGroupRepository::count() const
{
    return groups(m_db).count();
}

Result<ContactGroup> ContactGroupRepository::find(const QString& uuid) const
{
    return groups(m_db).find(uuid);
}

Result<ContactGroup> ContactGroupRepository::findByName(const QString& name) const
{
    return groups(m_db).findByName(name);
}

Result<ContactGroup> ContactGroupRepository::add(ContactGroup value)
{
    return save(std::move(value), true);
}

Result<ContactGroup> ContactGroupRepository::update(ContactGroup value)
{
    return save(std::move(value), false);
}

Result<ContactGroup> ContactGroupRepository::save(ContactGroup value, bool insert)
{
    auto saved = groups(m_db).save(std::move(value), insert);
    if (saved)
        insert ? emit added(saved->uuid) : emit updated(saved->uuid);
    return saved;
}

Result<void> ContactGroupRepository::remove(const QString& uuid)
{
    // Its memberships and the policy recipients naming it go with it (ON DELETE CASCADE); contacts stay.
    auto done = groups(m_db).remove(uuid);
    if (done)
        emit removed(uuid);
    return done;
}

Result<Usage> ContactGroupRepository::usage(const QString& uuid) const
{
    return groups(m_db).usage(uuid, {{&Usage::policies, sql::policiesSendingTo(QLatin1String("group_uuid"))}});
}

} // namespace alertdesk
