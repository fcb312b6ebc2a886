// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactrepository.h"

#include "domain/validation.h"
#include "storage/database.h"
#include "storage/namedrecords.h"
#include "storage/sqlhelpers.h"

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
    if (auto done = sql::finished(rows, doing); !done)
        return done.error();
    return contacts;
}

// Checks that the contact's robot exists, then inserts or updates the row.
Result<void> writeContact(const QSqlDatabase& db, const Contact& contact, bool insert, const QString& doing)
{
    if (!contact.robotUuid.isEmpty()) {
        auto robot = sql::exists(db, QStringLiteral("robots"), contact.robotUuid, doing);
        if (!robot)
            return robot.error();
        if (!robot.value())
            return Error::conflict(QStringLiteral("robot"),
                                   ContactRepository::tr("The DingTalk chatbot of contact \"%1\" is a robot that does "
                                                         "not exist (id %2); it may have been deleted. Pick another "
                                                         "robot or none.")
                                       .arg(contact.name, contact.robotUuid));
    }
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

sql::NamedRecords<Contact> contacts(Database& db)
{
    return {
        db,
        QStringLiteral("contacts"),
        {
            .readAll = ContactRepository::tr("read the contacts"),
            .readOne = ContactRepository::tr("read the contact"),
            .noSuchId = ContactRepository::tr("There is no contact with id %1; it may have been deleted."),
            .noSuchName = ContactRepository::tr("There is no contact named \"%1\"."),
            .nameTaken = ContactRepository::tr("A contact named \"%1\" already exists; pick another name."),
            .idTaken = ContactRepository::tr("A contact with id %1 already exists; add it without an id."),
            .saving = ContactRepository::tr("save contact \"%1\""),
            .removing = ContactRepository::tr("delete the contact"),
            .goneAlready = ContactRepository::tr("There is no contact with id %1; it may have been deleted already."),
            .findingUsage = ContactRepository::tr("find where the contact is used"),
        },
        loadContacts,
        validateContact,
        writeContact};
}

} // namespace

ContactRepository::ContactRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Contact>> ContactRepository::all() const
{
    return contacts(m_db).all();
}

Result<Contact> ContactRepository::find(const QString& uuid) const
{
    return contacts(m_db).find(uuid);
}

Result<Contact> ContactRepository::findByName(const QString& name) const
{
    return contacts(m_db).findByName(name);
}

Result<Contact> ContactRepository::add(Contact value)
{
    return save(std::move(value), true);
}

Result<Contact> ContactRepository::update(Contact value)
{
    return save(std::move(value), false);
}

Result<Contact> ContactRepository::save(Contact value, bool insert)
{
    auto saved = contacts(m_db).save(std::move(value), insert);
    if (saved)
        insert ? emit added(saved->uuid) : emit updated(saved->uuid);
    return saved;
}

Result<void> ContactRepository::remove(const QString& uuid)
{
    // Group memberships and policy recipients go with it (ON DELETE CASCADE).
    auto done = contacts(m_db).remove(uuid);
    if (done)
        emit removed(uuid);
    return done;
}

Result<Usage> ContactRepository::usage(const QString& uuid) const
{
    return contacts(m_db).usage(
        uuid, {{&Usage::groups, QStringLiteral("SELECT name FROM contact_groups WHERE uuid IN (SELECT "
                                               "group_uuid FROM contact_group_members WHERE "
                                               "contact_uuid = ?) ORDER BY name_key")},
               {&Usage::policies, sql::policiesSendingTo(QLatin1String("contact_uuid"))}});
}

Result<qsizetype> ContactRepository::count() const
{
    return contacts(m_db).count();
}

Result<void> ContactRepository::listAll(const ListingVisitor& visit) const
{
    return list({}, {}, visit);
}

Result<void> ContactRepository::listOne(const QString& uuid, const ListingVisitor& visit) const
{
    return list(QStringLiteral("WHERE c.uuid = ?"), {uuid}, visit);
}

Result<void> ContactRepository::listOfRobot(const QString& robotUuid, const ListingVisitor& visit) const
{
    if (robotUuid.isEmpty())
        return list(QStringLiteral("WHERE c.robot_uuid IS NULL"), {}, visit);
    return list(QStringLiteral("WHERE c.robot_uuid = ?"), {robotUuid}, visit);
}

Result<void> ContactRepository::list(const QString& where, const QVariantList& values,
                                     const ListingVisitor& visit) const
{
    // The unit separator cannot be in a name; the inner ORDER BY puts each contact's groups in name order.
    const QString doing = tr("read the contacts");
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT c.uuid, c.name, c.phone, c.email, c.robot_uuid, "
                                         "(SELECT group_concat(name, char(31)) FROM (SELECT g.name FROM "
                                         "contact_group_members m JOIN contact_groups g ON g.uuid = m.group_uuid "
                                         "WHERE m.contact_uuid = c.uuid ORDER BY g.name_key)) FROM contacts c ") +
                              where + QStringLiteral(" ORDER BY c.name_key"),
                          values, doing);
    if (!query)
        return query.error();
    QSqlQuery& rows = query.value();
    ContactListing listing;
    while (rows.next()) {
        listing.uuid = rows.value(0).toString();
        listing.name = rows.value(1).toString();
        listing.phone = rows.value(2).toString();
        listing.email = rows.value(3).toString();
        listing.robotUuid = rows.value(4).toString();
        const QString groups = rows.value(5).toString();
        listing.groups = groups.isEmpty() ? QStringList() : groups.split(QChar(0x1f));
        visit(listing);
    }
    return sql::finished(rows, doing);
}

} // namespace alertdesk
