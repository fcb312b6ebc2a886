// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/testsendrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

const QList<QPair<TestSend::Outcome, QString>>& outcomeNames()
{
    static const QList<QPair<TestSend::Outcome, QString>> names = {
        {TestSend::Outcome::Delivered, QStringLiteral("delivered")},
        {TestSend::Outcome::DingTalkError, QStringLiteral("dingtalk-error")},
        {TestSend::Outcome::HttpError, QStringLiteral("http-error")},
        {TestSend::Outcome::NetworkError, QStringLiteral("network-error")},
        {TestSend::Outcome::Timeout, QStringLiteral("timeout")},
        {TestSend::Outcome::UnreadableAnswer, QStringLiteral("unreadable-answer")},
        {TestSend::Outcome::HeldBack, QStringLiteral("held-back")},
    };
    return names;
}

QVariant nullableInt(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

QString TestSend::outcomeName(Outcome outcome)
{
    for (const auto& [value, name] : outcomeNames()) {
        if (value == outcome)
            return name;
    }
    return QString();
}

std::optional<TestSend::Outcome> TestSend::outcomeFromName(const QString& name)
{
    for (const auto& [value, known] : outcomeNames()) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

TestSendRepository::TestSendRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<TestSend> TestSendRepository::record(TestSend send)
{
    if (!send.sentAt.isValid())
        send.sentAt = m_db.now();
    // Milliseconds are all the history shows; keeping them exact makes what recent() returns equal what was stored.
    send.sentAt = send.sentAt.toUTC();
    const QString doing = QCoreApplication::translate("alertdesk::TestSendRepository", "record the test send");
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        // A robot removed meanwhile keeps its name in the history, not a dangling reference.
        auto robotExists = sql::exists(db, QStringLiteral("robots"), send.robotUuid, doing);
        if (!robotExists)
            return robotExists.error();
        if (!robotExists.value())
            send.robotUuid.clear();
        auto inserted = sql::run(
            db,
            QStringLiteral("INSERT INTO test_sends (sent_at, robot_uuid, robot_name, policy_uuid, policy_name, "
                           "msgtype, outcome, errcode, errmsg, http_status, latency_ms) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::timeValue(send.sentAt), sql::text(send.robotUuid), sql::text(send.robotName),
             sql::text(send.policyUuid), sql::text(send.policyName), sql::text(send.msgtype),
             TestSend::outcomeName(send.outcome), nullableInt(send.errcode), sql::text(send.errmsg), send.httpStatus,
             send.latencyMs},
            doing);
        if (!inserted)
            return inserted.error();
        send.id = inserted.value().lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    emit recorded(send);
    return send;
}

Result<QList<TestSend>> TestSendRepository::recent(int limit, const QString& robotUuid) const
{
    const QString doing = QCoreApplication::translate("alertdesk::TestSendRepository", "read the test send history");
    const QString where = robotUuid.isEmpty() ? QString() : QStringLiteral(" WHERE robot_uuid = ?");
    QVariantList values;
    if (!robotUuid.isEmpty())
        values.append(robotUuid);
    values.append(qMax(0, limit));
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, sent_at, robot_uuid, robot_name, policy_uuid, policy_name, msgtype, "
                                "outcome, errcode, errmsg, http_status, latency_ms FROM test_sends") +
                     where + QStringLiteral(" ORDER BY sent_at DESC, id DESC LIMIT ?"),
                 values, doing);
    if (!query)
        return query.error();
    QList<TestSend> sends;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        TestSend send;
        send.id = rows.value(0).toLongLong();
        send.sentAt = sql::timeFrom(rows.value(1));
        send.robotUuid = rows.value(2).toString();
        send.robotName = rows.value(3).toString();
        send.policyUuid = rows.value(4).toString();
        send.policyName = rows.value(5).toString();
        send.msgtype = rows.value(6).toString();
        // Rows written before v3, or by a newer AlertDesk with outcomes this build does not know, read as errors.
        send.outcome = TestSend::outcomeFromName(rows.value(7).toString()).value_or(TestSend::Outcome::NetworkError);
        if (!rows.value(8).isNull())
            send.errcode = rows.value(8).toInt();
        send.errmsg = rows.value(9).toString();
        send.httpStatus = rows.value(10).toInt();
        send.latencyMs = rows.value(11).toLongLong();
        sends.append(send);
    }
    if (auto done = sql::finished(rows, doing); !done)
        return done.error();
    return sends;
}

} // namespace alertdesk
