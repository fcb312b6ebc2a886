// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/policyrepository.h"

#include "domain/validation.h"
#include "storage/database.h"
#include "storage/policyrows.h"
#include "storage/sqlhelpers.h"

#include <QUuid>

namespace alertdesk {

PolicyRepository::PolicyRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<NotificationPolicy>> PolicyRepository::all() const
{
    return sql::loadPolicies(m_db.connection(), {}, {}, tr("read the notification policies"));
}

Result<NotificationPolicy> PolicyRepository::find(const QString& uuid) const
{
    auto found = sql::loadPolicies(m_db.connection(), QStringLiteral("WHERE uuid = ?"), {uuid}, tr("read the policy"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no notification policy with id %1; it may have been deleted.").arg(uuid));
    return found->first();
}

Result<NotificationPolicy> PolicyRepository::findByName(const QString& name) const
{
    auto found = sql::loadPolicies(m_db.connection(), QStringLiteral("WHERE name_key = ?"), {nameKey(name)},
                                   tr("read the policy"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no notification policy named \"%1\".").arg(name.trimmed()));
    return found->first();
}

Result<NotificationPolicy> PolicyRepository::add(NotificationPolicy value)
{
    value.name = value.name.trimmed();
    if (value.uuid.isEmpty())
        value.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    value.createdAt = value.updatedAt = m_db.now();
    return save(std::move(value), true);
}

Result<NotificationPolicy> PolicyRepository::update(NotificationPolicy value)
{
    auto stored = find(value.uuid);
    if (!stored)
        return stored.error();
    value.name = value.name.trimmed();
    value.createdAt = stored->createdAt;
    value.updatedAt = m_db.now();
    return save(std::move(value), false);
}

Result<NotificationPolicy> PolicyRepository::save(NotificationPolicy value, bool insert)
{
    const Problems problems = validatePolicy(value);
    if (!problems.isEmpty())
        return problems.first();
    const Error nameTaken =
        Error::conflict(QStringLiteral("name"),
                        tr("A notification policy named \"%1\" already exists; pick another name.").arg(value.name));
    const QString doing = tr("save notification policy \"%1\"").arg(value.name);
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto owner = sql::uuidByNameKey(db, QStringLiteral("policies"), nameKey(value.name), doing);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != value.uuid)
            return nameTaken;
        if (insert) {
            auto taken = sql::exists(db, QStringLiteral("policies"), value.uuid, doing);
            if (!taken)
                return taken.error();
            if (taken.value())
                return Error::conflict(QStringLiteral("uuid"), tr("A notification policy with id %1 already exists; "
                                                                  "add it without an id.")
                                                                   .arg(value.uuid));
        }
        for (const Recipient& recipient : value.recipients) {
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
                contact ? tr("Policy \"%1\" sends to a contact that does not exist (id %2); it may have been deleted. "
                             "Remove it from the recipients.")
                : group ? tr("Policy \"%1\" sends to a contact group that does not exist (id %2); it may have been "
                             "deleted. Remove it from the recipients.")
                        : tr("Policy \"%1\" sends to a robot that does not exist (id %2); it may have been deleted. "
                             "Remove it from the recipients.");
            return Error::conflict(QStringLiteral("recipients"), message.arg(value.name, recipient.uuid));
        }
        return sql::writePolicy(db, value, insert, doing);
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

Result<void> PolicyRepository::remove(const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("delete the notification policy");
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto found = sql::exists(db, QStringLiteral("policies"), uuid, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(
                tr("There is no notification policy with id %1; it may have been deleted already.").arg(uuid));
        // Rules, conditions, values, recipients and group-by labels go with it (ON DELETE CASCADE).
        return sql::exec(db, QStringLiteral("DELETE FROM policies WHERE uuid = ?"), {uuid}, doing);
    });
    if (!done)
        return done;
    emit removed(uuid);
    return {};
}

Result<Usage> PolicyRepository::usage(const QString& uuid) const
{
    // Nothing refers to a policy (test-send history keeps only its id), so deleting one touches nothing else.
    auto found = sql::exists(m_db.connection(), QStringLiteral("policies"), uuid,
                             tr("find where the notification policy is used"));
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no notification policy with id %1; it may have been deleted.").arg(uuid));
    return Usage{};
}

} // namespace alertdesk
