// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/sqlhelpers.h"

#include "storage/database.h"

#include <QSqlError>

namespace alertdesk::sql {

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Database::queryError(doing, query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        Error error = Database::queryError(doing, query);
        const QString said = query.lastError().databaseText();
        if (said.contains(QStringLiteral("UNIQUE")) && said.contains(QStringLiteral("name_key"))) {
            error.kind = Error::Kind::Conflict;
            error.field = QStringLiteral("name");
        }
        return error;
    }
    return query;
}

Result<void> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& doing)
{
    auto done = run(db, statement, values, doing);
    if (!done)
        return done.error();
    return {};
}

Result<void> runEach(const QSqlDatabase& db, const QString& statement, const QList<QVariantList>& rows,
                     const QString& doing)
{
    for (const QVariantList& row : rows) {
        auto done = exec(db, statement, row, doing);
        if (!done)
            return done;
    }
    return {};
}

Result<void> finished(const QSqlQuery& rows, const QString& doing)
{
    if (rows.lastError().isValid())
        return Database::queryError(doing, rows);
    return {};
}

Result<QStringList> strings(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                            const QString& doing)
{
    auto query = run(db, statement, values, doing);
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result.append(query.value().value(0).toString());
    if (auto done = finished(query.value(), doing); !done)
        return done.error();
    return result;
}

Result<bool> exists(const QSqlDatabase& db, const QString& table, const QString& uuid, const QString& doing)
{
    auto found = strings(db, QStringLiteral("SELECT uuid FROM %1 WHERE uuid = ?").arg(table), {uuid}, doing);
    if (!found)
        return found.error();
    return !found.value().isEmpty();
}

Result<QString> uuidByNameKey(const QSqlDatabase& db, const QString& table, const QString& key, const QString& doing)
{
    auto found = strings(db, QStringLiteral("SELECT uuid FROM %1 WHERE name_key = ?").arg(table), {key}, doing);
    if (!found)
        return found.error();
    return found.value().value(0);
}

QVariant timeValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant clockValue(const QTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    if (time.msec() != 0)
        return time.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (time.second() != 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    return time.toString(QStringLiteral("HH:mm"));
}

QTime clockFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant text(const QString& value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return value;
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

} // namespace alertdesk::sql
