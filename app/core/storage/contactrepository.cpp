// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactrepository.h"

#include "domain/validation.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QUuid>

namespace alertdesk {

namespace {

Result<QList<Contact>> loadContacts(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                                    const QString& doing)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT uuid, name, phone, email, user_id, robot_uuid, notes, created_at, "
                                         "updated_at FROM contacts ") +
                              where + QStringLiteral(" ORDER BY name_key"),
                          values, doing);
    if (!query)
        return query.error();
    QList<Contact> contacts;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        Contact contact;
        contact.uuid = rows.value(0).toString();
        contact.name = rows.value(1).toString();
        contact.phone = rows.value(2).toString();
        contact.email = rows.value(3).toString();
        contact.userId = rows.value(4).toString();
        contact.robotUuid = rows.value(5).toString();
        contact.notes = rows.value(6).toString();
        contact.createdAt = sql::timeFrom(rows.value(7));
        contact.updatedAt = sql::timeFrom(rows.value(8));
        contacts.append(contact);
    }
    return contacts;
}

Result<void> writeContact(const QSqlDatabase& db, const Contact& contact, bool insert, const QString& doing)
{
    const QVariantList fields = {contact.name,
                                 nameKey(contact.name),
                                 sql::text(contact.phone),
                                 sql::text(contact.email),
                                 sql::text(contact.userId),
                                 sql::text(contact.robotUuid),
                                 sql::text(contact.notes),
                                 sql::timeValue(contact.createdAt),
                                 sql::timeValue(contact.updatedAt),
                                 contact.uuid};
    return sql::exec(db,
                     insert
                         ? QStringLiteral("INSERT INTO contacts (name, name_key, phone, email, user_id, robot_uuid, "
                                          "notes, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         : QStringLiteral("UPDATE contacts SET name = ?, name_key = ?, phone = ?, email = ?, "
                                          "user_id = ?, robot_uuid = ?, notes = ?, created_at = ?, updated_at = ? "
                                          "WHERE uuid = ?"),
                     fields, doing);
}

} // namespace

ContactRepository::ContactRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Contact>> ContactRepository::all() const
{
    return loadContacts(m_db.connection(), {}, {}, tr("read the contacts"));
}

Result<Contact> ContactRepository::find(const QString& uuid) const
{
    auto found = loadContacts(m_db.connection(), QStringLiteral("WHERE uuid = ?"), {uuid}, tr("read the contact"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no contact with id %1; it may have been deleted.").arg(uuid));
    return found->first();
}

Result<Contact> ContactRepository::findByName(const QString& name) const
{
    auto found =
        loadContacts(m_db.connection(), QStringLiteral("WHERE name_key = ?"), {nameKey(name)}, tr("read the contact"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no contact named \"%1\".").arg(name.trimmed()));
    return found->first();
}

Result<Contact> ContactRepository::add(Contact value)
{
    value.name = value.name.trimmed();
    if (value.uuid.isEmpty())
        value.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    value.createdAt = value.updatedAt = m_db.now();
    return save(std::move(value), true);
}

Result<Contact> ContactRepository::update(Contact value)
{
    auto stored = find(value.uuid);
    if (!stored)
        return stored.error();
    value.name = value.name.trimmed();
    value.createdAt = stored->createdAt;
    value.updatedAt = m_db.now();
    return save(std::move(value), false);
}

Result<Contact> ContactRepository::save(Contact value, bool insert)
{
    const Problems problems = validateContact(value);
    if (!problems.isEmpty())
        return problems.first();
    const Error nameTaken = Error::conflict(
        QStringLiteral("name"), tr("A contact named \"%1\" already exists; pick another name.").arg(value.name));
    const QString doing = tr("save contact \"%1\"").arg(value.name);
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto owner = sql::uuidByNameKey(db, QStringLiteral("contacts"), nameKey(value.name), doing);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != value.uuid)
            return nameTaken;
        if (insert) {
            auto taken = sql::exists(db, QStringLiteral("contacts"), value.uuid, doing);
            if (!taken)
                return taken.error();
            if (taken.value())
                return Error::conflict(
                    QStringLiteral("uuid"),
                    tr("A contact with id %1 already exists; add it without an id.").arg(value.uuid));
        }
        if (!value.robotUuid.isEmpty()) {
            auto robot = sql::exists(db, QStringLiteral("robots"), value.robotUuid, doing);
            if (!robot)
                return robot.error();
            if (!robot.value())
                return Error::conflict(QStringLiteral("robot"),
                                       tr("The DingTalk chatbot of contact \"%1\" is a robot that does not exist (id "
                                          "%2); it may have been deleted. Pick another robot or none.")
                                           .arg(value.name, value.robotUuid));
        }
        return writeContact(db, value, insert, doing);
    });
    if (!done) {
        const bool sameName =
            done.error().kind == Error::Kind::Conflict && done.error().field == QStringLiteral("name");
        return sameName ? nameTaken : done.error();
    }
    if (insert)
        emit added(value.uuid);
    else
        emit updated(value.uuid);
    return value;
}

Result<void> ContactRepository::remove(const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("delete the contact");
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto found = sql::exists(db, QStringLiteral("contacts"), uuid, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("There is no contact with id %1; it may have been deleted already.").arg(uuid));
        // Group memberships and policy recipients go with it (ON DELETE CASCADE).
        return sql::exec(db, QStringLiteral("DELETE FROM contacts WHERE uuid = ?"), {uuid}, doing);
    });
    if (!done)
        return done;
    emit removed(uuid);
    return {};
}

Result<Usage> ContactRepository::usage(const QString& uuid) const
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("find where the contact is used");
    auto found = sql::exists(db, QStringLiteral("contacts"), uuid, doing);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no contact with id %1; it may have been deleted.").arg(uuid));
    auto groups = sql::strings(db,
                               QStringLiteral("SELECT name FROM contact_groups WHERE uuid IN (SELECT group_uuid FROM "
                                              "contact_group_members WHERE contact_uuid = ?) ORDER BY name_key"),
                               {uuid}, doing);
    if (!groups)
        return groups.error();
    auto policies = sql::strings(db,
                                 QStringLiteral("SELECT name FROM policies WHERE uuid IN (SELECT policy_uuid FROM "
                                                "policy_recipients WHERE contact_uuid = ?) ORDER BY name_key"),
                                 {uuid}, doing);
    if (!policies)
        return policies.error();
    Usage usage;
    usage.groups = groups.value();
    usage.policies = policies.value();
    return usage;
}

} // namespace alertdesk
