// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl killed with SIGKILL in the middle of a run of writes, many times over: every change it reported as
// done survives, a killed change is all there or not there at all, and the file stays sound.
#include "clirun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace alertdesk::test;

namespace {

/// The outcome of `PRAGMA integrity_check` on `path`, read on a connection of the test's own.
QString integrityCheck(const QString& path)
{
    const QString name = QUuid::createUuid().toString();
    QStringList said;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("cannot check");
        while (query.next())
            said.append(query.value(0).toString());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return said.join(QStringLiteral("; "));
}

/// One write: a contact, or a group of the contacts added so far (several rows in one transaction).
struct Write {
    QStringList arguments;
    QString name;
    QStringList members; ///< for a group
};

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedWritesLoseNothingReported()
    {
        const int iterations = qEnvironmentVariableIntValue("ALERTDESK_CRASH_ITERATIONS") > 0
                                   ? qEnvironmentVariableIntValue("ALERTDESK_CRASH_ITERATIONS")
                                   : 200;
        const quint32 seed = qEnvironmentVariableIsSet("ALERTDESK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("ALERTDESK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
        QVERIFY(runCtl(db, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("first")})
                    .ok());
        // Kills land at a random moment within the shortest recent run: before, during and after the write.
        QList<qint64> recentRunMs;
        QStringList reportedContacts{QStringLiteral("first")};
        QHash<QString, QStringList> reportedGroups;
        QStringList killedContacts;
        QHash<QString, QStringList> killedGroups;
        int serial = 0;
        int kills = 0;
        const auto nextWrite = [&] {
            Write write;
            ++serial;
            if (reportedContacts.size() >= 3 && random.bounded(3) == 0) {
                write.name = QStringLiteral("g%1").arg(serial);
                write.arguments = {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("--name"),
                                   write.name};
                for (int i = 0; i < 3; ++i) {
                    const QString member = reportedContacts.at(random.bounded(int(reportedContacts.size())));
                    if (!write.members.contains(member)) {
                        write.members.append(member);
                        write.arguments += {QStringLiteral("--member"), member};
                    }
                }
            } else {
                write.name = QStringLiteral("c%1").arg(serial);
                write.arguments = {QStringLiteral("contact"), QStringLiteral("add"),
                                   QStringLiteral("--name"),  write.name,
                                   QStringLiteral("--email"), write.name + QStringLiteral("@example.com")};
            }
            return write;
        };
        const auto reported = [&](const Write& write) {
            if (write.members.isEmpty())
                reportedContacts.append(write.name);
            else
                reportedGroups.insert(write.name, write.members);
        };

        for (int iteration = 0; iteration < iterations; ++iteration) {
            // A few writes that run to the end...
            for (int i = random.bounded(3); i > 0; --i) {
                const Write write = nextWrite();
                QElapsedTimer timer;
                timer.start();
                const CliRun run = runCtl(db, write.arguments);
                recentRunMs.append(timer.elapsed());
                if (recentRunMs.size() > 5)
                    recentRunMs.removeFirst();
                QVERIFY2(run.ok(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(run.err)));
                reported(write);
            }
            // ...and one killed at a random moment (runs that finish first count as reported; try again).
            bool killed = false;
            for (int attempt = 0; attempt < 20 && !killed; ++attempt) {
                const Write write = nextWrite();
                const qint64 shortest =
                    recentRunMs.isEmpty() ? 50 : *std::min_element(recentRunMs.cbegin(), recentRunMs.cend());
                QElapsedTimer timer;
                timer.start();
                QProcess process;
                process.start(QStringLiteral(ALERTDESKCTL_PATH),
                              QStringList{QStringLiteral("--db"), db} + write.arguments);
                QVERIFY(process.waitForStarted());
                if (!process.waitForFinished(random.bounded(int(shortest) + 1))) {
                    process.kill(); // SIGKILL
                    QVERIFY(process.waitForFinished());
                }
                if (process.exitStatus() == QProcess::NormalExit) {
                    QCOMPARE(process.exitCode(), 0);
                    reported(write);
                    recentRunMs.append(timer.elapsed());
                    if (recentRunMs.size() > 5)
                        recentRunMs.removeFirst();
                    continue;
                }
                killed = true;
                ++kills;
                if (write.members.isEmpty())
                    killedContacts.append(write.name);
                else
                    killedGroups.insert(write.name, write.members);
            }
            const QString integrity = integrityCheck(db);
            QVERIFY2(integrity == QStringLiteral("ok"),
                     qPrintable(QStringLiteral("seed %1, iteration %2: %3").arg(seed).arg(iteration).arg(integrity)));
        }

        // Every reported change is there, through the CLI (which recovers the log the killed runs left).
        const CliRun contacts =
            runCtl(db, {QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")});
        QVERIFY2(contacts.ok(), qPrintable(contacts.err));
        QSet<QString> contactNames;
        for (const QJsonValue contact : contacts.json().toArray())
            contactNames.insert(contact[QStringLiteral("name")].toString());
        for (const QString& name : std::as_const(reportedContacts))
            QVERIFY2(contactNames.contains(name), qPrintable(QStringLiteral("seed %1: lost %2").arg(seed).arg(name)));
        int killedButSaved = 0;
        for (const QString& name : std::as_const(killedContacts))
            killedButSaved += contactNames.contains(name) ? 1 : 0;

        const CliRun groups = runCtl(db, {QStringLiteral("--json"), QStringLiteral("group"), QStringLiteral("list")});
        QVERIFY2(groups.ok(), qPrintable(groups.err));
        QHash<QString, QStringList> groupMembers;
        for (const QJsonValue group : groups.json().toArray()) {
            QStringList members;
            for (const QJsonValue member : group[QStringLiteral("members")].toArray())
                members.append(member.toString());
            groupMembers.insert(group[QStringLiteral("name")].toString(), members);
        }
        for (auto it = reportedGroups.cbegin(); it != reportedGroups.cend(); ++it) {
            QVERIFY2(groupMembers.contains(it.key()),
                     qPrintable(QStringLiteral("seed %1: lost %2").arg(seed).arg(it.key())));
            QCOMPARE(QSet<QString>(groupMembers[it.key()].cbegin(), groupMembers[it.key()].cend()),
                     QSet<QString>(it.value().cbegin(), it.value().cend()));
        }
        for (auto it = killedGroups.cbegin(); it != killedGroups.cend(); ++it) {
            if (!groupMembers.contains(it.key()))
                continue;
            ++killedButSaved;
            // A killed group is all there or not at all: never without some of its members.
            QCOMPARE(QSet<QString>(groupMembers[it.key()].cbegin(), groupMembers[it.key()].cend()),
                     QSet<QString>(it.value().cbegin(), it.value().cend()));
        }
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        qInfo("crash safety: %d iterations (seed %u), %d alertdeskctl runs killed with SIGKILL (%d of them had "
              "committed first), %lld reported contacts and %lld reported groups all present, integrity_check ok",
              iterations, seed, kills, killedButSaved, qlonglong(reportedContacts.size()),
              qlonglong(reportedGroups.size()));
        QVERIFY(kills >= iterations * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
