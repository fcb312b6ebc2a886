// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/sendslotrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

QString doingRead()
{
    return QCoreApplication::translate("alertdesk::SendSlotRepository", "read the robot's send budget");
}

QString doingWrite()
{
    return QCoreApplication::translate("alertdesk::SendSlotRepository", "update the robot's send budget");
}

Result<SendSlotState> load(const QSqlDatabase& db, const QString& robotUuid, qint64 sinceMs)
{
    SendSlotState state;
    auto taken = sql::run(db,
                          QStringLiteral("SELECT sent_at_ms FROM send_slots WHERE robot_uuid = ? AND sent_at_ms > ? "
                                         "ORDER BY sent_at_ms"),
                          {robotUuid, sinceMs}, doingRead());
    if (!taken)
        return taken.error();
    while (taken.value().next())
        state.sentAtMs.append(taken.value().value(0).toLongLong());
    if (auto done = sql::finished(taken.value(), doingRead()); !done)
        return done.error();
    auto throttle = sql::run(db, QStringLiteral("SELECT throttled_until_ms FROM robot_throttles WHERE robot_uuid = ?"),
                             {robotUuid}, doingRead());
    if (!throttle)
        return throttle.error();
    if (throttle.value().next())
        state.throttledUntilMs = throttle.value().value(0).toLongLong();
    else if (auto done = sql::finished(throttle.value(), doingRead()); !done)
        return done.error();
    return state;
}

} // namespace

SendSlotRepository::SendSlotRepository(Database& database)
    : m_db(database)
{}

Result<SendSlotState> SendSlotRepository::state(const QString& robotUuid, qint64 sinceMs) const
{
    return load(m_db.connection(), robotUuid, sinceMs);
}

Result<SendSlotState> SendSlotRepository::reserve(const QString& robotUuid, qint64 sinceMs, qint64 nowMs,
                                                  const std::function<bool(const SendSlotState&)>& take)
{
    SendSlotState before;
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        // Writing first takes SQLite's write lock before the read below, so no other program can take a slot
        // between our count and our insert.
        auto pruned =
            sql::exec(db, QStringLiteral("DELETE FROM send_slots WHERE sent_at_ms <= ?"), {sinceMs}, doingWrite());
        if (!pruned)
            return pruned;
        pruned = sql::exec(db, QStringLiteral("DELETE FROM robot_throttles WHERE throttled_until_ms <= ?"), {nowMs},
                           doingWrite());
        if (!pruned)
            return pruned;
        auto state = load(db, robotUuid, sinceMs);
        if (!state)
            return state.error();
        before = state.value();
        if (!take(before))
            return {};
        return sql::exec(db, QStringLiteral("INSERT INTO send_slots (robot_uuid, sent_at_ms) VALUES (?, ?)"),
                         {robotUuid, nowMs}, doingWrite());
    });
    if (!done)
        return done.error();
    return before;
}

Result<void> SendSlotRepository::setThrottledUntil(const QString& robotUuid, qint64 untilMs, int errcode)
{
    const QSqlDatabase db = m_db.connection();
    return m_db.transaction([&]() -> Result<void> {
        auto removed = sql::exec(db, QStringLiteral("DELETE FROM robot_throttles WHERE robot_uuid = ?"), {robotUuid},
                                 doingWrite());
        if (!removed)
            return removed;
        return sql::exec(
            db,
            QStringLiteral("INSERT INTO robot_throttles (robot_uuid, throttled_until_ms, errcode) VALUES (?, ?, ?)"),
            {robotUuid, untilMs, errcode}, doingWrite());
    });
}

} // namespace alertdesk
