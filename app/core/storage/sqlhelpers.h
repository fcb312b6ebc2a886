// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <QVariantList>

namespace alertdesk::sql {

/// Small helpers the repositories share: running a prepared statement with positional values, and the text forms
/// of the column types (timestamps are ISO 8601 UTC with milliseconds, NULL when unset). Internal to storage/.

/// Prepares `statement`, binds `values` in order to its `?` placeholders and runs it. `doing` completes
/// "Could not ..." in the error (Database::queryError). A failed UNIQUE constraint on a name comes back as
/// Error::Kind::Conflict with field "name" (the repository's own check lost a race with another program), so the
/// repository can say which name is taken.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& doing);
/// run() for statements that return no rows.
Result<void> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& doing);
/// Runs one statement per element of `rows` (each a list of values).
Result<void> runEach(const QSqlDatabase& db, const QString& statement, const QList<QVariantList>& rows,
                     const QString& doing);
/// After reading rows with next(): a query that stopped at an error (a damaged page, a lock) instead of after its last
/// row is that error (Database::queryError), never a shorter result.
Result<void> finished(const QSqlQuery& rows, const QString& doing);
/// The first column of every row a query returns, as text.
Result<QStringList> strings(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                            const QString& doing);
/// Whether `table` holds a row with this uuid.
Result<bool> exists(const QSqlDatabase& db, const QString& table, const QString& uuid, const QString& doing);
/// The uuid of the row of `table` whose name_key is `key`; empty when there is none.
Result<QString> uuidByNameKey(const QSqlDatabase& db, const QString& table, const QString& key, const QString& doing);

QVariant timeValue(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);
QVariant clockValue(const QTime& time); ///< "HH:mm", with seconds/milliseconds only when set
QTime clockFrom(const QVariant& value);
QVariant text(const QString& value); ///< NULL for an empty string
QVariant flag(bool value);

} // namespace alertdesk::sql
