// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/namedrecords.h"

#include "storage/sqlhelpers.h"

namespace alertdesk::sql {

QString policiesSendingTo(QLatin1String column)
{
    return QStringLiteral("SELECT name FROM policies WHERE uuid IN (SELECT policy_uuid FROM policy_recipients "
                          "WHERE %1 = ?) ORDER BY name_key")
        .arg(column);
}

QString childrenOf(QLatin1String column, const QString& table, const QString& where)
{
    if (where.isEmpty())
        return {};
    return QStringLiteral(" WHERE %1 IN (SELECT uuid FROM %2 %3)").arg(column, table, where);
}

Result<QHash<QString, QStringList>> textsByOwner(const QSqlDatabase& db, const QString& statement,
                                                 const QVariantList& values, const QString& doing)
{
    auto query = run(db, statement, values, doing);
    if (!query)
        return query.error();
    QHash<QString, QStringList> texts;
    QSqlQuery& rows = query.value();
    while (rows.next())
        texts[rows.value(0).toString()].append(rows.value(1).toString());
    if (auto done = finished(rows, doing); !done)
        return done.error();
    return texts;
}

NamedTable::NamedTable(Database& database, QString table, RecordWords words)
    : m_db(database)
    , m_table(std::move(table))
    , m_words(std::move(words))
{}

Result<qsizetype> NamedTable::count() const
{
    auto query = run(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(m_table), {}, m_words.readAll);
    if (!query)
        return query.error();
    QSqlQuery& rows = query.value();
    if (!rows.next()) {
        if (auto done = finished(rows, m_words.readAll); !done)
            return done.error();
        return qsizetype(0);
    }
    return qsizetype(rows.value(0).toLongLong());
}

Result<void> NamedTable::remove(const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    const QString& doing = m_words.removing;
    return m_db.transaction([&]() -> Result<void> {
        auto found = exists(db, m_table, uuid, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(m_words.goneAlready.arg(uuid));
        return exec(db, QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(m_table), {uuid}, doing);
    });
}

Result<Usage> NamedTable::usage(const QString& uuid, const QList<UsageQuery>& queries) const
{
    const QSqlDatabase db = m_db.connection();
    const QString& doing = m_words.findingUsage;
    auto found = exists(db, m_table, uuid, doing);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(m_words.noSuchId.arg(uuid));
    Usage usage;
    for (const UsageQuery& query : queries) {
        auto names = strings(db, query.statement, {uuid}, doing);
        if (!names)
            return names.error();
        usage.*query.list = names.value();
    }
    return usage;
}

Result<void>
NamedTable::writeChecked(const QString& name, const QString& uuid, bool insert,
                         const std::function<Result<void>(const QSqlDatabase&, const QString& doing)>& write)
{
    const Error nameTaken = Error::conflict(QStringLiteral("name"), m_words.nameTaken.arg(name));
    const QString doing = m_words.saving.arg(name);
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto owner = uuidByNameKey(db, m_table, nameKey(name), doing);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != uuid)
            return nameTaken;
        if (insert) {
            auto taken = exists(db, m_table, uuid, doing);
            if (!taken)
                return taken.error();
            if (taken.value())
                return Error::conflict(QStringLiteral("uuid"), m_words.idTaken.arg(uuid));
        }
        return write(db, doing);
    });
    if (!done && done.error().kind == Error::Kind::Conflict && done.error().field == QStringLiteral("name"))
        return nameTaken;
    return done;
}

} // namespace alertdesk::sql
