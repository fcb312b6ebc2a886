// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "filehash.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace alertdesk;
using alertdesk::test::fileHash;

namespace {

QVariant pragma(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

/// A plain SQLite connection of the test's own, to make files AlertDesk would not write.
void withRawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + u' ' + statement));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }
    void cleanup() { m_temp.reset(); }

    void createsNewWorkspaceAtCurrentVersion();
    void emptyFileIsANewWorkspace();
    void reopensWithoutBackupOrLeftovers();
    void refusesFileUntouched_data();
    void refusesFileUntouched();
    void refusesFolderThatCannotBeCreated();
    void refusesFolderAsFile();
    void transactionCommitsAndRollsBack();
    void nestedTransactionRollsBackOnlyItsPart();
    void queryErrorIsASentence();
    void clockCanBeSet();
    void closingRemovesTheConnection();

private:
    QString path(const QString& name = QStringLiteral("workspace.sqlite")) const { return m_temp->filePath(name); }
    QStringList filesInDir() const { return QDir(m_temp->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestDatabase::createsNewWorkspaceAtCurrentVersion()
{
    const QString file = m_temp->filePath(QStringLiteral("nested/folders/workspace.sqlite"));
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), currentSchemaVersion());
    QCOMPARE(db.value()->path(), file);
    QCOMPARE(pragma(*db.value(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*db.value(), QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(*db.value(), QStringLiteral("busy_timeout")).toInt(), 5000);
    const QStringList tables = db.value()->connection().tables();
    for (const char* table :
         {"robots", "robot_keywords", "robot_ip_ranges", "contacts", "contact_groups", "contact_group_members",
          "policies", "policy_group_by", "policy_recipients", "match_rules", "match_conditions",
          "match_condition_values", "test_sends", "workspace_settings", "send_slots", "robot_throttles"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    const QStringList files = QDir(QFileInfo(file).path()).entryList(QDir::Files);
    QVERIFY2(!files.join(u' ').contains(QStringLiteral(".bak")), qPrintable(files.join(u' ')));
}

void TestDatabase::emptyFileIsANewWorkspace()
{
    writeFile(path(), {});
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), currentSchemaVersion());
    QCOMPARE(filesInDir().filter(QStringLiteral(".bak")), QStringList());
}

void TestDatabase::reopensWithoutBackupOrLeftovers()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
    }
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("workspace.sqlite")});
    auto again = Database::open(path());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again.value()->schemaVersion(), currentSchemaVersion());
    QCOMPARE(filesInDir().filter(QStringLiteral(".bak")), QStringList());
}

void TestDatabase::refusesFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addRow("random bytes") << "random"
                                  << "not a SQLite database";
    QTest::addRow("text file") << "text"
                               << "not a SQLite database";
    QTest::addRow("shorter than a header") << "short"
                                           << "not a SQLite database";
    QTest::addRow("SQLite file with garbage in the middle") << "garbage"
                                                            << "damaged";
    QTest::addRow("SQLite file cut short") << "truncated"
                                           << "damaged";
    QTest::addRow("newer schema")
        << "newer"
        << QStringLiteral("newer AlertDesk (schema v99, this build knows up to v%1)").arg(currentSchemaVersion());
    QTest::addRow("read-only file") << "readonly"
                                    << "Make the file writable, or open a copy";
    QTest::addRow("another program's SQLite database") << "foreign"
                                                       << "not an AlertDesk workspace";
}

void TestDatabase::refusesFileUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path();
    const auto bigDatabase = [&] {
        QStringList statements = {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")};
        for (int i = 0; i < 400; ++i)
            statements.append(
                QStringLiteral("INSERT INTO t (text) VALUES ('%1')").arg(QString(200, QChar(char16_t(u'a' + i % 26)))));
        statements.append(QStringLiteral("PRAGMA user_version = 2"));
        withRawSqlite(file, statements);
    };
    if (kind == QStringLiteral("random")) {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        writeFile(file, bytes);
    } else if (kind == QStringLiteral("text")) {
        writeFile(file, "route:\n  receiver: dingtalk\n");
    } else if (kind == QStringLiteral("short")) {
        writeFile(file, "SQLite for");
    } else if (kind == QStringLiteral("garbage") || kind == QStringLiteral("truncated")) {
        bigDatabase();
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        QVERIFY(size > 16 * 4096);
        if (kind == QStringLiteral("garbage")) {
            QVERIFY(damaged.seek(size / 2 / 4096 * 4096));
            QVERIFY(damaged.write(QByteArray(4096, '\x5a')) == 4096);
        } else {
            QVERIFY(damaged.resize(size / 2));
        }
    } else if (kind == QStringLiteral("newer")) {
        // As a newer AlertDesk leaves it: WAL journal, so a careless read would leave -wal/-shm files behind.
        withRawSqlite(file, {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE robots (x)"),
                             QStringLiteral("PRAGMA user_version = 99")});
    } else if (kind == QStringLiteral("readonly")) {
        QVERIFY(Database::open(file).ok());
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (kind == QStringLiteral("foreign")) {
        withRawSqlite(file, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")});
    }
    const QStringList filesBefore = filesInDir();
    QCOMPARE(filesBefore, QStringList{QStringLiteral("workspace.sqlite")});
    const QByteArray before = fileHash(file);

    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("nothing was changed")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(file)), qPrintable(db.error().message));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(filesInDir(), filesBefore); // no backup, no -wal, no -shm
}

void TestDatabase::refusesFolderThatCannotBeCreated()
{
    writeFile(path(QStringLiteral("plain-file")), "x");
    auto db = Database::open(m_temp->filePath(QStringLiteral("plain-file/sub/workspace.sqlite")));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("could not be created")), qPrintable(db.error().message));
}

void TestDatabase::refusesFolderAsFile()
{
    auto db = Database::open(m_temp->path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("is a folder")), qPrintable(db.error().message));
}

void TestDatabase::transactionCommitsAndRollsBack()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    Database& db = *opened.value();
    const auto insert = [&](const QString& key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, 'v')"));
        query.addBindValue(key);
        return query.exec();
    };
    const auto keys = [&] {
        QStringList result;
        QSqlQuery query(QStringLiteral("SELECT key FROM workspace_settings ORDER BY key"), db.connection());
        while (query.next())
            result.append(query.value(0).toString());
        return result;
    };
    auto kept = db.transaction([&]() -> Result<void> {
        if (!insert(QStringLiteral("kept")))
            return Error::storage(QStringLiteral("insert failed"));
        return {};
    });
    QVERIFY(kept.ok());
    auto failed = db.transaction([&]() -> Result<void> {
        if (!insert(QStringLiteral("dropped")))
            return Error::storage(QStringLiteral("insert failed"));
        return Error::conflict(QStringLiteral("name"), QStringLiteral("forced failure"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("forced failure"));
    QCOMPARE(keys(), QStringList{QStringLiteral("kept")});
}

void TestDatabase::nestedTransactionRollsBackOnlyItsPart()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    Database& db = *opened.value();
    const auto insert = [&](const QString& key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, 'v')"));
        query.addBindValue(key);
        return query.exec();
    };
    auto outer = db.transaction([&]() -> Result<void> {
        insert(QStringLiteral("outer"));
        auto inner = db.transaction([&]() -> Result<void> {
            insert(QStringLiteral("inner"));
            return Error::storage(QStringLiteral("inner failed"));
        });
        return inner.ok() ? Error::storage(QStringLiteral("inner should have failed")) : Result<void>();
    });
    QVERIFY(outer.ok());
    QSqlQuery query(QStringLiteral("SELECT key FROM workspace_settings"), db.connection());
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    QCOMPARE(keys, QStringList{QStringLiteral("outer")});
}

void TestDatabase::queryErrorIsASentence()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    const Error error = Database::queryError(QStringLiteral("read the robots"), query);
    QCOMPARE(error.kind, Error::Kind::Storage);
    QCOMPARE(error.message, QStringLiteral("Could not read the robots: no such table: no_such_table."));
}

void TestDatabase::clockCanBeSet()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->now().timeSpec(), Qt::UTC);
    const QDateTime fixed(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    opened.value()->setClock([fixed] { return fixed; });
    QCOMPARE(opened.value()->now(), fixed);
}

void TestDatabase::closingRemovesTheConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto opened = Database::open(path());
        QVERIFY(opened.ok());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        auto second = Database::open(path(QStringLiteral("second.sqlite")));
        QVERIFY(second.ok());
        QVERIFY(opened.value()->connection().connectionName() != second.value()->connection().connectionName());
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
