// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Bad workspace files as alertdeskctl meets them: each refused with exit status 2 and a sentence that names the file
// and says what to do, the file's bytes untouched. tst_database has the core's side of damaged, foreign, newer and
// read-only files; this adds what only shows end to end (truncated, empty, locked by another program, a missing
// folder) and the core's side of the lock.
#include "clirun.h"
#include "filehash.h"
#include "storage/database.h"
#include "workspacelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

QStringList contactAdd(const QString& name)
{
    return {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), name};
}

} // namespace

class TestBadWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    /// A workspace with one contact, written by alertdeskctl and closed (no -wal, no -shm left).
    void makeWorkspace()
    {
        QVERIFY(runCtl(m_db, contactAdd(QStringLiteral("zhang"))).ok());
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
    }

    QStringList filesInDir() const
    {
        return QDir(QFileInfo(m_db).absolutePath()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    }

private slots:
    void init()
    {
        static int counter = 0;
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++counter));
        QVERIFY(QDir().mkpath(folder));
        m_db = folder + QStringLiteral("/workspace.sqlite");
    }

    void refusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentence"); // what the message must say besides the file's name
        QTest::addRow("truncated") << "truncated"
                                   << "is damaged";
        QTest::addRow("newer schema") << "newer"
                                      << "Update AlertDesk to open it";
        QTest::addRow("read-only") << "readonly"
                                   << "Make the file writable";
    }

    void refusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sentence);
        makeWorkspace();
        if (kind == QStringLiteral("truncated")) {
            QFile file(m_db);
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QStringLiteral("newer")) {
            auto db = Database::open(m_db);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA user_version = 999")));
        } else if (kind == QStringLiteral("readonly")) {
            QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        }
        const QByteArray before = fileHash(m_db);
        const QStringList filesBefore = filesInDir();

        for (const QStringList& arguments :
             {QStringList{QStringLiteral("contact"), QStringLiteral("list")}, contactAdd(QStringLiteral("li"))}) {
            const CliRun run = runCtl(m_db, arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(m_db)), qPrintable(run.err));
            QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("nothing was changed")), qPrintable(run.err));
        }
        QCOMPARE(fileHash(m_db), before);
        QCOMPARE(filesInDir(), filesBefore); // no backup, no -wal, no -shm
    }

    void damageInsideTheFileIsReportedWhereItIsMet()
    {
        // Opening reads the header and the schema, not every page (that would cost as much as the file is large, on
        // every start); a page damaged further in is reported as damaged by the query that meets it.
        QVERIFY(runCtl(m_db, {QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("3000")}).ok());
        {
            QFile file(m_db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            // The middle of the file: pages of the contacts table and its indexes, far from the schema at the start.
            const qint64 page = 4096;
            QVERIFY(file.seek(size * 2 / 5 / page * page));
            QVERIFY(file.write(QByteArray(size / 5 / page * page, '\x42')) > 0);
        }
        const QByteArray before = fileHash(m_db);
        const CliRun list = runCtl(m_db, {QStringLiteral("contact"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(QStringLiteral("the workspace file is damaged")), qPrintable(list.err));
        QVERIFY2(list.err.contains(QStringLiteral("Restore a backup")), qPrintable(list.err));
        QCOMPARE(fileHash(m_db), before);
    }

    void emptyFileBecomesAWorkspace()
    {
        // Zero bytes hold nothing to lose (`touch`, mktemp): AlertDesk makes a workspace of it, as of a missing file.
        QFile empty(m_db);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(runCtl(m_db, contactAdd(QStringLiteral("zhang"))).ok());
        const CliRun list = runCtl(m_db, {QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")});
        QVERIFY(list.ok());
        QCOMPARE(list.json().toArray().size(), 1);
    }

    void lockedByAnotherProgram()
    {
        makeWorkspace();
        const QByteArray before = fileHash(m_db);
        {
            WorkspaceLock lock(m_db);
            QVERIFY(lock.isHeld());
            // Writing waits for the busy timeout, then says who is in the way and what to do.
            const CliRun add = runCtl(m_db, contactAdd(QStringLiteral("li")));
            QCOMPARE(add.exitCode, 2);
            QVERIFY2(add.err.contains(QDir::toNativeSeparators(m_db)), qPrintable(add.err));
            QVERIFY2(add.err.contains(QStringLiteral("being changed by another program")), qPrintable(add.err));
            QVERIFY2(add.err.contains(QStringLiteral("then try again")), qPrintable(add.err));
            // Reading still works: the workspace is in WAL mode.
            const CliRun list =
                runCtl(m_db, {QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")});
            QVERIFY2(list.ok(), qPrintable(list.err));
            QCOMPARE(list.json().toArray().size(), 1);
        }
        QCOMPARE(fileHash(m_db), before);
        QVERIFY(runCtl(m_db, contactAdd(QStringLiteral("li"))).ok()); // and once the other program is done, it works
    }

    void lockedWhileOpenInCore()
    {
        makeWorkspace();
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        WorkspaceLock lock(m_db);
        QVERIFY(lock.isHeld());
        const auto written = db.value()->transaction([] { return Result<void>(); });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Storage);
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(m_db)), qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("being changed by another program")),
                 qPrintable(written.error().message));
    }

    void lockedOldWorkspaceIsNotUpgraded()
    {
        // A v1 workspace (rollback journal, not WAL): the other program's lock also keeps the upgrade out.
        QVERIFY(QFile::copy(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/workspace-v1.sqlite"), m_db));
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray before = fileHash(m_db);
        {
            WorkspaceLock lock(m_db);
            QVERIFY(lock.isHeld());
            const CliRun run = runCtl(m_db, {QStringLiteral("contact"), QStringLiteral("list")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(m_db)), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("another program")), qPrintable(run.err));
        }
        QCOMPARE(fileHash(m_db), before);
    }

    void missingFolderThatCannotBeCreated()
    {
        QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a folder");
        plain.close();
        const QString db = plain.fileName() + QStringLiteral("/sub/workspace.sqlite");
        const CliRun run = runCtl(db, contactAdd(QStringLiteral("zhang")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(plain.fileName() + QStringLiteral("/sub"))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("create it or choose another location")), qPrintable(run.err));
        QVERIFY(QFileInfo(plain.fileName()).isFile());
        QCOMPARE(plain.size(), qint64(12));
    }

    void missingFolderIsCreated()
    {
        const QString db = m_dir.filePath(QStringLiteral("new/sub/workspace.sqlite"));
        QVERIFY(runCtl(db, contactAdd(QStringLiteral("zhang"))).ok());
        QVERIFY(QFileInfo(db).isFile());
    }
};

QTEST_GUILESS_MAIN(TestBadWorkspace)
#include "tst_badworkspace.moc"
