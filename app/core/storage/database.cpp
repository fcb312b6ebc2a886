// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace alertdesk {

namespace {

QString sqliteSaid(const QSqlError& error)
{
    QString said = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    return said;
}

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, std::chrono::milliseconds lockWait)
{
    if (path.trimmed().isEmpty()) {
        return Error::storage(
            QCoreApplication::translate("alertdesk::Database", "No workspace file was given; name a file to open."));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error::storage(QCoreApplication::translate(
            "alertdesk::Database", "Qt's SQLite driver is not installed, so no workspace can be opened; install the "
                                   "package that provides it (libqt6sql6-sqlite on Debian)."));
    }
    auto state = inspectWorkspaceFile(path, currentSchemaVersion());
    if (!state)
        return state.error();

    const QString connection = QStringLiteral("alertdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWait.count()));
    }
    // From here on the destructor closes and removes the connection, whatever happens.
    std::unique_ptr<Database> database(new Database(path, connection));
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database", "Could not open the workspace \"%1\": "
                                                                                 "%2. Check the file and its folder.")
                                  .arg(shownPath(path), sqliteSaid(db.lastError())));
    }
    auto prepared = database->prepare(state->isNew, state->userVersion, lockWait);
    if (!prepared)
        return prepared.error();
    return database;
}

Result<void> Database::prepare(bool isNew, int version, std::chrono::milliseconds lockWait)
{
    auto done = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(lockWait.count()),
                     QCoreApplication::translate("alertdesk::Database", "set the busy timeout"));
    if (done && version < currentSchemaVersion()) {
        QString backupPath;
        if (!isNew) {
            auto backup = backUp(version);
            if (!backup)
                return backup.error();
            backupPath = backup.value();
        }
        // Migrations may rebuild tables, which foreign keys would cascade through; they are checked before commit.
        done = exec(QStringLiteral("PRAGMA foreign_keys = OFF"),
                    QCoreApplication::translate("alertdesk::Database", "prepare the upgrade"));
        if (done)
            done = migrate(version, backupPath);
    }
    if (done)
        done = exec(QStringLiteral("PRAGMA foreign_keys = ON"),
                    QCoreApplication::translate("alertdesk::Database", "turn on foreign keys"));
    if (!done)
        return done.error();

    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return queryError(
            QCoreApplication::translate("alertdesk::Database", "switch the workspace to write-ahead logging"), query);
    if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not switch \"%1\" to write-ahead logging (SQLite kept "
                                                          "journal mode \"%2\"); move the workspace to a local disk.")
                                  .arg(shownPath(m_path), query.value(0).toString()));
    }
    return {};
}

Result<QString> Database::backUp(int version)
{
    QSqlQuery query(connection());
    // A log left by an earlier session holds part of the data: fold it into the file before copying the file.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return queryError(QCoreApplication::translate("alertdesk::Database", "prepare the workspace for its backup"),
                          query);
    if (query.value(0).toInt() != 0) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not back up \"%1\" before upgrading it, because "
                                                          "another program is using it; nothing was changed. Close the "
                                                          "other program (or AlertDesk window) and open it again.")
                                  .arg(shownPath(m_path)));
    }
    const QString base = m_path + QStringLiteral(".bak-v%1").arg(version);
    QString backupPath = base;
    for (int n = 2; QFileInfo::exists(backupPath); ++n) // never overwrite an earlier backup
        backupPath = base + QStringLiteral("-%1").arg(n);
    QFile file(m_path);
    if (!file.copy(backupPath)) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not back up \"%1\" to \"%2\" before upgrading it "
                                                          "(%3); nothing was changed. Free some disk space or make the "
                                                          "folder writable, then open the workspace again.")
                                  .arg(shownPath(m_path), shownPath(backupPath), file.errorString()));
    }
    return backupPath;
}

Result<void> Database::migrate(int from, const QString& backupPath)
{
    const int to = currentSchemaVersion();
    QSqlDatabase db = connection();
    QString failed;
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isWorkspaceLocked(begin.lastError()))
            return workspaceLocked(shownPath(m_path));
        failed = sqliteSaid(begin.lastError());
    } else {
        QSqlQuery query(db);
        for (const Migration& migration : schemaMigrations()) {
            if (migration.version <= from)
                continue;
            for (const QString& statement : migration.statements) {
                if (failed.isEmpty() && !query.exec(statement))
                    failed = sqliteSaid(query.lastError());
            }
        }
        if (failed.isEmpty() && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
            failed = sqliteSaid(query.lastError());
        if (failed.isEmpty() && !query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            failed = sqliteSaid(query.lastError());
        else if (failed.isEmpty() && query.next())
            failed = QCoreApplication::translate("alertdesk::Database", "rows of %1 point at rows that do not exist")
                         .arg(query.value(0).toString());
        query.finish();
        if (failed.isEmpty() && !db.commit())
            failed = sqliteSaid(db.lastError());
        if (!failed.isEmpty())
            db.rollback();
    }
    if (failed.isEmpty())
        return {};
    if (from == 0) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not create the workspace \"%1\": %2. Check the "
                                                          "file and its folder, or choose another location.")
                                  .arg(shownPath(m_path), failed));
    }
    return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                      "Could not upgrade the workspace \"%1\" from schema v%2 to v%3: "
                                                      "%4. The upgrade was rolled back, so the file is as it was; a "
                                                      "copy of it is also at \"%5\". Please report this problem.")
                              .arg(shownPath(m_path))
                              .arg(from)
                              .arg(to)
                              .arg(failed, shownPath(backupPath)));
}

Result<void> Database::exec(const QString& statement, const QString& doing)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return queryError(doing, query);
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    // Nested calls run in a savepoint, so an inner failure undoes only the inner work and the outer call decides.
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("alertdesk_%1").arg(m_transactionDepth);
    QSqlDatabase db = connection();
    if (outermost) {
        // IMMEDIATE takes the write lock now, waiting out the busy timeout for another writer; a deferred BEGIN would
        // find the lock taken only at its first write, where SQLite cannot wait (it answers "locked" at once).
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (isWorkspaceLocked(begin.lastError()))
                return workspaceLocked(shownPath(m_path));
            return Error::storage(
                QCoreApplication::translate("alertdesk::Database", "Could not start a transaction: %1. Try again.")
                    .arg(sqliteSaid(begin.lastError())));
        }
    }
    if (!outermost) {
        auto started = exec(QStringLiteral("SAVEPOINT ") + savepoint,
                            QCoreApplication::translate("alertdesk::Database", "start a savepoint"));
        if (!started)
            return started;
    }
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;

    if (!outermost) {
        if (!result) {
            (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint,
                       QCoreApplication::translate("alertdesk::Database", "roll back"));
            (void)exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint,
                       QCoreApplication::translate("alertdesk::Database", "roll back"));
            return result;
        }
        return exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint,
                    QCoreApplication::translate("alertdesk::Database", "save the changes"));
    }
    if (!result) {
        db.rollback();
        return result;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        Error error = isWorkspaceLocked(commit.lastError())
                          ? workspaceLocked(shownPath(m_path))
                          : Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                                       "Could not save the changes: %1. Nothing was "
                                                                       "saved; try again.")
                                               .arg(sqliteSaid(commit.lastError())));
        db.rollback();
        return error;
    }
    return {};
}

Error Database::queryError(const QString& doing, const QSqlQuery& query)
{
    if (isWorkspaceLocked(query.lastError())) {
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not %1: another program is changing the workspace "
                                                          "right now (SQLite reports: database is locked). Close the "
                                                          "other program or AlertDesk window using it, or wait until "
                                                          "it is done, then try again.")
                                  .arg(doing));
    }
    bool numeric = false;
    const int code = query.lastError().nativeErrorCode().toInt(&numeric) & 0xff; // the primary result code
    if (numeric && (code == 11 || code == 26)) {                                 // SQLITE_CORRUPT, SQLITE_NOTADB
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "Could not %1: the workspace file is damaged (SQLite "
                                                          "reports: %2). Restore a backup (for example a .bak-v file "
                                                          "next to it) or open another workspace.")
                                  .arg(doing, sqliteSaid(query.lastError())));
    }
    return Error::storage(QCoreApplication::translate("alertdesk::Database", "Could not %1: %2.")
                              .arg(doing, sqliteSaid(query.lastError())));
}

} // namespace alertdesk
