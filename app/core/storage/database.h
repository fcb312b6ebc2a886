// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace alertdesk {

/// The workspace file: one SQLite database opened through Qt Sql on its own named connection (no default
/// connection, no global state). Opening checks the file before anything writes to it: a file that is not a SQLite
/// database, a file marked read-only, or a schema newer than this build is refused with a sentence for a person and
/// left byte-for-byte untouched. An older schema is copied to `<file>.bak-v<N>` and migrated in one transaction.
/// Once open: foreign keys on, WAL journal, busy timeout.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// How long a write waits for another program's write lock before it gives up with "the workspace is being
    /// changed by another program". Scripts (alertdeskctl) can afford to wait; a window must answer at once.
    static constexpr std::chrono::milliseconds scriptLockWait{5000};
    static constexpr std::chrono::milliseconds windowLockWait{250};

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  std::chrono::milliseconds lockWait = scriptLockWait);

    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /// Runs `work` in one transaction: commits when it returns ok, rolls back otherwise (and on a failed commit).
    Result<void> transaction(const std::function<Result<void>()>& work);

    /// The clock repositories stamp created/updated times with (UTC). Tests set a fixed one.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// A sentence for a failed query: what AlertDesk was doing, and SQLite's own words.
    static Error queryError(const QString& doing, const class QSqlQuery& query);

private:
    explicit Database(QString path, QString connectionName);
    Result<void> prepare(bool isNew, int version, std::chrono::milliseconds lockWait);
    Result<QString> backUp(int version);
    Result<void> migrate(int from, const QString& backupPath);
    Result<void> exec(const QString& statement, const QString& doing);
    QString m_path;
    QString m_connectionName;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0; ///< nested transaction() calls run in savepoints
};

} // namespace alertdesk
