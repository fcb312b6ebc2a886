// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"
#include "result.h"
#include "storage/database.h"
#include "storage/usage.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <QVariantList>

#include <functional>

namespace alertdesk::sql {

/// What the repositories of named records (robots, contacts, groups, policies) share: reading by uuid or name,
/// saving with trimmed names, stamped times and names unique ignoring case, removing, and the checks around where a
/// record is used. Each repository supplies its table, how its rows are read and written, and its own words; the
/// signals stay with the repository. Internal to storage/.

/// The sentences of one repository, translated in its own context (each a literal `tr()` there, so lupdate finds
/// them). `%1` is the uuid or the name, filled in here.
struct RecordWords {
    QString readAll;      ///< doing, e.g. "read the robots"
    QString readOne;      ///< doing, e.g. "read the robot"
    QString noSuchId;     ///< "There is no robot with id %1; it may have been deleted."
    QString noSuchName;   ///< "There is no robot named \"%1\"."
    QString nameTaken;    ///< "A robot named \"%1\" already exists; pick another name."
    QString idTaken;      ///< "A robot with id %1 already exists; add it without an id."
    QString saving;       ///< doing, e.g. "save robot \"%1\""
    QString removing;     ///< doing, e.g. "delete the robot"
    QString goneAlready;  ///< "There is no robot with id %1; it may have been deleted already."
    QString findingUsage; ///< doing, e.g. "find where the robot is used"
};

/// One list of Usage: the names `statement` returns for the record's uuid (its one `?`).
struct UsageQuery {
    QStringList Usage::*list;
    QString statement;
};

/// The statement for the names of the policies that send to the record whose uuid policy_recipients keeps in `column`.
QString policiesSendingTo(QLatin1String column);

/// For loaders: " WHERE <column> IN (SELECT uuid FROM <table> <where>)", the child rows of the records `where` picks
/// (with the same values), or nothing when `where` is empty (all records).
QString childrenOf(QLatin1String column, const QString& table, const QString& where);

/// For loaders, so that reading N records takes a fixed number of queries rather than one per record: `statement`
/// returns (owner uuid, text) rows ordered by owner, then position; the texts of each owner, in that order.
Result<QHash<QString, QStringList>> textsByOwner(const QSqlDatabase& db, const QString& statement,
                                                 const QVariantList& values, const QString& doing);

/// The part that does not depend on the record's type.
class NamedTable {
public:
    NamedTable(Database& database, QString table, RecordWords words);

    /// How many rows the table holds, without reading them.
    Result<qsizetype> count() const;
    /// NotFound when there is no such row; otherwise deletes it (its child rows go by ON DELETE CASCADE).
    Result<void> remove(const QString& uuid);
    /// NotFound when there is no such row; otherwise runs `queries`.
    Result<Usage> usage(const QString& uuid, const QList<UsageQuery>& queries) const;

protected:
    /// Runs `write` in one transaction after checking that the name is no other row's and, on insert, that the
    /// uuid is free. A name conflict, the check's or the UNIQUE constraint's, comes back in the repository's words.
    Result<void> writeChecked(const QString& name, const QString& uuid, bool insert,
                              const std::function<Result<void>(const QSqlDatabase&, const QString& doing)>& write);

    Database& m_db;
    QString m_table;
    RecordWords m_words;
};

/// Records of type `T` (with uuid, name, createdAt, updatedAt) in one table.
template <typename T> class NamedRecords : public NamedTable {
public:
    /// The rows matching `where` (a WHERE clause with `?` placeholders, or empty), ordered by name.
    using Loader = std::function<Result<QList<T>>(const QSqlDatabase&, const QString& where, const QVariantList& values,
                                                  const QString& doing)>;
    using Validator = std::function<Problems(const T&)>;
    /// Inside the transaction, after the name and uuid checks: checks what the value refers to and inserts or
    /// updates its rows. May bring `value` to its stored form (by reading it back).
    using Writer = std::function<Result<void>(const QSqlDatabase&, T& value, bool insert, const QString& doing)>;

    NamedRecords(Database& database, QString table, RecordWords words, Loader load, Validator validate, Writer write)
        : NamedTable(database, std::move(table), std::move(words))
        , m_load(std::move(load))
        , m_validate(std::move(validate))
        , m_write(std::move(write))
    {}

    Result<QList<T>> all() const { return m_load(m_db.connection(), {}, {}, m_words.readAll); }

    Result<T> find(const QString& uuid) const
    {
        return first(QStringLiteral("WHERE uuid = ?"), uuid, m_words.noSuchId.arg(uuid));
    }

    Result<T> findByName(const QString& name) const
    {
        return first(QStringLiteral("WHERE name_key = ?"), nameKey(name), m_words.noSuchName.arg(name.trimmed()));
    }

    /// Trims the name. On insert assigns a uuid when empty and stamps both times; on update the stored value must
    /// exist, its created time stays and the updated time is stamped. Then validates, checks and writes.
    Result<T> save(T value, bool insert)
    {
        value.name = value.name.trimmed();
        if (insert) {
            if (value.uuid.isEmpty())
                value.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            value.createdAt = m_db.now();
        } else {
            auto stored = find(value.uuid);
            if (!stored)
                return stored.error();
            value.createdAt = stored->createdAt;
        }
        value.updatedAt = insert ? value.createdAt : m_db.now();
        const Problems problems = m_validate(value);
        if (!problems.isEmpty())
            return problems.first();
        Result<void> done =
            writeChecked(value.name, value.uuid, insert, [&](const QSqlDatabase& db, const QString& doing) {
                return m_write(db, value, insert, doing);
            });
        if (!done)
            return done.error();
        return value;
    }

private:
    Result<T> first(const QString& where, const QString& key, const QString& notFound) const
    {
        auto found = m_load(m_db.connection(), where, {key}, m_words.readOne);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::notFound(notFound);
        return found->first();
    }

    Loader m_load;
    Validator m_validate;
    Writer m_write;
};

} // namespace alertdesk::sql
