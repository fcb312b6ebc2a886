// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <optional>

namespace alertdesk {

namespace {

QString sqliteSaid(const QSqlError& error)
{
    QString said = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    return said;
}

Error damaged(const QString& shown, const QString& said)
{
    return Error::storage(QCoreApplication::translate(
                              "alertdesk::Database",
                              "\"%1\" is damaged (SQLite reports: %2); nothing was changed. Restore a backup (for "
                              "example a .bak-v file next to it) or open another file.")
                              .arg(shown, said));
}

Error damaged(const QString& shown, const QSqlError& error)
{
    if (isWorkspaceLocked(error))
        return workspaceLocked(shown);
    return damaged(shown, sqliteSaid(error));
}

// Runs on a read-only connection: nothing here may write.
Result<WorkspaceFileState> probe(QSqlDatabase& db, const QString& shown, int newestKnown)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return damaged(shown, query.lastError());
    const int version = query.value(0).toInt();
    if (version > newestKnown) {
        return Error::storage(QCoreApplication::translate(
                                  "alertdesk::Database",
                                  "\"%1\" was written by a newer AlertDesk (schema v%2, this build knows up to v%3); "
                                  "nothing was changed. Update AlertDesk to open it.")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(newestKnown));
    }
    if (version == newestKnown) {
        // Reading the schema catches a damaged page 1 or schema table. Every page is not read here: that costs as much
        // as the file is large, on every start. The file's size is checked against its header (checkHeader), and a
        // page damaged later in the file is reported as damaged by the query that meets it (Database::queryError).
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
            return damaged(shown, query.lastError());
        return WorkspaceFileState{false, version};
    }
    if (version > 0) {
        // An upgrade rewrites tables: every page is checked before anything is copied or changed.
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return damaged(shown, query.lastError());
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(shown, problems.mid(0, 3).join(QStringLiteral("; ")));
        return WorkspaceFileState{false, version};
    }

    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return damaged(shown, query.lastError());
    if (query.value(0).toInt() > 0) {
        return Error::storage(
            QCoreApplication::translate("alertdesk::Database",
                                        "\"%1\" is a SQLite database of another program, not an AlertDesk workspace; "
                                        "nothing was changed. Open another file or restore a backup.")
                .arg(shown));
    }
    return WorkspaceFileState{};
}

quint32 bigEndian(const QByteArray& bytes, int offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

/// The database header (the file's first 100 bytes; https://sqlite.org/fileformat.html#the_database_header) against
/// the file: a page size SQLite would refuse, or a file shorter than the pages its header counts (cut off by a full
/// disk or a half-finished copy). `hasLog`: part of the database lives in a -wal file, where the header's count is not
/// yet the file's.
std::optional<QString> checkHeader(const QByteArray& header, qint64 size, bool hasLog)
{
    const QString notADatabase = QStringLiteral("file is not a database");
    if (header.size() < 100)
        return notADatabase;
    const quint32 pageSize = bigEndian(header, 16, 2) == 1 ? 65536 : bigEndian(header, 16, 2);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return notADatabase;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countIsValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4) && pageCount > 0;
    if (!hasLog && countIsValid && size < qint64(pageCount) * pageSize)
        return QStringLiteral("database disk image is malformed");
    return std::nullopt;
}

Result<WorkspaceFileState> probeReadOnly(const QString& path, const QString& shown, int newestKnown)
{
    const QString connection = QStringLiteral("alertdesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<WorkspaceFileState> result = WorkspaceFileState{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
            // Part of the database lives in the write-ahead log: it must be read, which needs the -shm index.
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            // Nothing in a log: read the file alone, so that SQLite creates no -wal/-shm beside it.
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open())
            result = damaged(shown, db.lastError());
        else
            result = probe(db, shown, newestKnown);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

bool isWorkspaceLocked(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // primary result code of an extended one
    return numeric && (code == 5 || code == 6);                      // SQLITE_BUSY, SQLITE_LOCKED
}

Error workspaceLocked(const QString& shown)
{
    return Error::storage(QCoreApplication::translate(
                              "alertdesk::Database",
                              "\"%1\" is being changed by another program right now (SQLite reports: database is "
                              "locked), so nothing was changed. Close the other program or AlertDesk window using "
                              "it, or wait until it is done, then try again.")
                              .arg(shown));
}

Result<WorkspaceFileState> inspectWorkspaceFile(const QString& path, int newestKnown)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error::storage(QCoreApplication::translate("alertdesk::Database",
                                                          "\"%1\" is a folder, not a workspace file; choose a file.")
                                  .arg(shown));

    if (!info.exists()) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder)) {
            return Error::storage(QCoreApplication::translate(
                                      "alertdesk::Database",
                                      "The folder \"%1\" does not exist and could not be created; create it or choose "
                                      "another location for the workspace.")
                                      .arg(QDir::toNativeSeparators(folder)));
        }
        return WorkspaceFileState{};
    }

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(QCoreApplication::translate(
                                  "alertdesk::Database",
                                  "\"%1\" could not be read (%2); nothing was changed. Check that you may read it.")
                                  .arg(shown, file.errorString()));
    }
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();

    static constexpr char sqliteHeader[] = "SQLite format 3"; // 16 bytes with its NUL, as in the file
    if (size > 0 && !header.startsWith(QByteArray(sqliteHeader, sizeof sqliteHeader))) {
        return Error::storage(QCoreApplication::translate(
                                  "alertdesk::Database",
                                  "\"%1\" is not an AlertDesk workspace (not a SQLite database); nothing was changed. "
                                  "Open another file or restore a backup.")
                                  .arg(shown));
    }
    // The owner's write bit, not only access(2): root may write anywhere, but a file marked read-only was marked so
    // for a reason. WriteUser (what this user may do) covers files of other users.
    const QFileDevice::Permissions permissions = file.permissions();
    if (!permissions.testFlag(QFileDevice::WriteOwner) || !permissions.testFlag(QFileDevice::WriteUser)) {
        return Error::storage(QCoreApplication::translate(
                                  "alertdesk::Database", "\"%1\" is read-only (marked so, or not yours to change), so "
                                                         "AlertDesk could not save changes to it; nothing was changed. "
                                                         "Make the file writable, or open a copy of it.")
                                  .arg(shown));
    }
    if (size == 0)
        return WorkspaceFileState{};
    if (const auto problem = checkHeader(header, size, QFileInfo(path + QStringLiteral("-wal")).size() > 0))
        return damaged(shown, *problem);
    return probeReadOnly(info.absoluteFilePath(), shown, newestKnown);
}

} // namespace alertdesk
