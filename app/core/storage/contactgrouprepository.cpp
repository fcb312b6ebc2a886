// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactgrouprepository.h"

#include "domain/validation.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QUuid>

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
    for (ContactGroup& group : groups) {
        auto members = sql::strings(db,
                                    QStringLiteral("SELECT m.contact_uuid FROM contact_group_members m JOIN contacts c "
                                                   "ON c.uuid = m.contact_uuid WHERE m.group_uuid = ? "
                                                   "ORDER BY c.name_key, c.uuid"),
                                    {group.uuid}, doing);
        if (!members)
            return members.error();
        group.memberUuids = members.value();
    }
    return groups;
}

Result<void> writeGroup(const QSqlDatabase& db, const ContactGroup& group, bool insert, const QString& doing)
{
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
    return written;
}

} // namespace

ContactGroupRepository::ContactGroupRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<ContactGroup>> ContactGroupRepository::all() const
{
    return loadGroups(m_db.connection(), {}, {}, tr("read the contact groups"));
}

Result<ContactGroup> ContactGroupRepository::find(const QString& uuid) const
{
    auto found = loadGroups(m_db.connection(), QStringLiteral("WHERE uuid = ?"), {uuid}, tr("read the contact group"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no contact group with id %1; it may have been deleted.").arg(uuid));
    return found->first();
}

Result<ContactGroup> ContactGroupRepository::findByName(const QString& name) const
{
    auto found = loadGroups(m_db.connection(), QStringLiteral("WHERE name_key = ?"), {nameKey(name)},
                            tr("read the contact group"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no contact group named \"%1\".").arg(name.trimmed()));
    return found->first();
}

Result<ContactGroup> ContactGroupRepository::add(ContactGroup value)
{
    value.name = value.name.trimmed();
    if (value.uuid.isEmpty())
        value.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    value.createdAt = value.updatedAt = m_db.now();
    return save(std::move(value), true);
}

Result<ContactGroup> ContactGroupRepository::update(ContactGroup value)
{
    auto stored = find(value.uuid);
    if (!stored)
        return stored.error();
    value.name = value.name.trimmed();
    value.createdAt = stored->createdAt;
    value.updatedAt = m_db.now();
    return save(std::move(value), false);
}

Result<ContactGroup> ContactGroupRepository::save(ContactGroup value, bool insert)
{
    const Problems problems = validateContactGroup(value);
    if (!problems.isEmpty())
        return problems.first();
    const Error nameTaken = Error::conflict(
        QStringLiteral("name"), tr("A contact group named \"%1\" already exists; pick another name.").arg(value.name));
    const QString doing = tr("save contact group \"%1\"").arg(value.name);
    const QSqlDatabase db = m_db.connection();
    ContactGroup stored;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto owner = sql::uuidByNameKey(db, QStringLiteral("contact_groups"), nameKey(value.name), doing);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != value.uuid)
            return nameTaken;
        if (insert) {
            auto taken = sql::exists(db, QStringLiteral("contact_groups"), value.uuid, doing);
            if (!taken)
                return taken.error();
            if (taken.value())
                return Error::conflict(QStringLiteral("uuid"), tr("A contact group with id %1 already exists; add it "
                                                                  "without an id.")
                                                                   .arg(value.uuid));
        }
        for (const QString& member : value.memberUuids) {
            auto found = sql::exists(db, QStringLiteral("contacts"), member, doing);
            if (!found)
                return found.error();
            if (!found.value())
                return Error::conflict(QStringLiteral("members"), tr("Group \"%1\" lists a contact that does not "
                                                                     "exist (id %2); it may have been deleted. "
                                                                     "Remove it from the members.")
                                                                      .arg(value.name, member));
        }
        Result<void> written = writeGroup(db, value, insert, doing);
        if (!written)
            return written;
        auto reread = loadGroups(db, QStringLiteral("WHERE uuid = ?"), {value.uuid}, doing);
        if (!reread)
            return reread.error();
        stored = reread->value(0);
        return {};
    });
    if (!done) {
        const bool sameName =
            done.error().kind == Error::Kind::Conflict && done.error().field == QStringLiteral("name");
        return sameName ? nameTaken : done.error();
    }
    if (insert)
        emit added(stored.uuid);
    else
        emit updated(stored.uuid);
    return stored;
}

Result<void> ContactGroupRepository::remove(const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("delete the contact group");
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto found = sql::exists(db, QStringLiteral("contact_groups"), uuid, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(
                tr("There is no contact group with id %1; it may have been deleted already.").arg(uuid));
        // Its memberships and the policy recipients naming it go with it (ON DELETE CASCADE); contacts stay.
        return sql::exec(db, QStringLiteral("DELETE FROM contact_groups WHERE uuid = ?"), {uuid}, doing);
    });
    if (!done)
        return done;
    emit removed(uuid);
    return {};
}

Result<Usage> ContactGroupRepository::usage(const QString& uuid) const
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("find where the contact group is used");
    auto found = sql::exists(db, QStringLiteral("contact_groups"), uuid, doing);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no contact group with id %1; it may have been deleted.").arg(uuid));
    auto policies = sql::strings(db,
                                 QStringLiteral("SELECT name FROM policies WHERE uuid IN (SELECT policy_uuid FROM "
                                                "policy_recipients WHERE group_uuid = ?) ORDER BY name_key"),
                                 {uuid}, doing);
    if (!policies)
        return policies.error();
    Usage usage;
    usage.policies = policies.value();
    return usage;
}

} // namespace alertdesk
