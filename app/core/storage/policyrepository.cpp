// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/policyrepository.h"

#include "domain/validation.h"
#include "storage/namedrecords.h"
#include "storage/policyrows.h"
#include "storage/sqlhelpers.h"
#include "templating/policytemplates.h"

namespace alertdesk {

namespace {

// Checks that every recipient exists, then writes the policy's rows.
Result<void> writePolicy(const QSqlDatabase& db, const NotificationPolicy& policy, bool insert, const QString& doing)
{
    for (const Recipient& recipient : policy.recipients) {
        const bool contact = recipient.kind == Recipient::Kind::Contact;
        const bool group = recipient.kind == Recipient::Kind::Group;
        const QString table = contact ? QStringLiteral("contacts")
                              : group ? QStringLiteral("contact_groups")
                                      : QStringLiteral("robots");
        auto found = sql::exists(db, table, recipient.uuid, doing);
        if (!found)
            return found.error();
        if (found.value())
            continue;
        const QString message =
            contact ? PolicyRepository::tr("Policy \"%1\" sends to a contact that does not exist (id %2); it may have "
                                           "been deleted. Remove it from the recipients.")
            : group ? PolicyRepository::tr("Policy \"%1\" sends to a contact group that does not exist (id %2); it "
                                           "may have been deleted. Remove it from the recipients.")
                    : PolicyRepository::tr("Policy \"%1\" sends to a robot that does not exist (id %2); it may have "
                                           "been deleted. Remove it from the recipients.");
        return Error::conflict(QStringLiteral("recipients"), message.arg(policy.name, recipient.uuid));
    }
    return sql::writePolicy(db, policy, insert, doing);
}

sql::NamedRecords<NotificationPolicy> policies(Database& db)
{
    return {
        db,
        QStringLiteral("policies"),
        {
            .readAll = PolicyRepository::tr("read the notification policies"),
            .readOne = PolicyRepository::tr("read the policy"),
            .noSuchId = PolicyRepository::tr("There is no notification policy with id %1; it may have been deleted."),
            .noSuchName = PolicyRepository::tr("There is no notification policy named \"%1\"."),
            .nameTaken = PolicyRepository::tr("A notification policy named \"%1\" already exists; pick another name."),
            .idTaken = PolicyRepository::tr("A notification policy with id %1 already exists; add it without an id."),
            .saving = PolicyRepository::tr("save notification policy \"%1\""),
            .removing = PolicyRepository::tr("delete the notification policy"),
            .goneAlready =
                PolicyRepository::tr("There is no notification policy with id %1; it may have been deleted already."),
            .findingUsage = PolicyRepository::tr("find where the notification policy is used"),
        },
        sql::loadPolicies,
        validatePolicyToSave,
        writePolicy};
}

} // namespace

PolicyRepository::PolicyRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<NotificationPolicy>> PolicyRepository::all() const
{
    return policies(m_db).all();
}

Result<qsizetype> PolicyRepository::count() const
{
    return policies(m_db).count();
}

Result<NotificationPolicy> PolicyRepository::find(const QString& uuid) const
{
    return policies(m_db).find(uuid);
}

Result<NotificationPolicy> PolicyRepository::findByName(const QString& name) const
{
    return policies(m_db).findByName(name);
}

Result<NotificationPolicy> PolicyRepository::add(NotificationPolicy value)
{
    return save(std::move(value), true);
}

Result<NotificationPolicy> PolicyRepository::update(NotificationPolicy value)
{
    return save(std::move(value), false);
}

Result<NotificationPolicy> PolicyRepository::save(NotificationPolicy value, bool insert)
{
    auto saved = policies(m_db).save(std::move(value), insert);
    if (saved)
        insert ? emit added(saved->uuid) : emit updated(saved->uuid);
    return saved;
}

Result<void> PolicyRepository::remove(const QString& uuid)
{
    // Rules, conditions, values, recipients and group-by labels go with it (ON DELETE CASCADE).
    auto done = policies(m_db).remove(uuid);
    if (done)
        emit removed(uuid);
    return done;
}

Result<Usage> PolicyRepository::usage(const QString& uuid) const
{
    // Nothing refers to a policy (test-send history keeps only its id), so deleting one touches nothing else.
    return policies(m_db).usage(uuid, {});
}

} // namespace alertdesk
