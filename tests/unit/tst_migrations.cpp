// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "filehash.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace alertdesk;
using alertdesk::test::fileHash;
using namespace std::chrono_literals;

namespace {

/// Runs statements on a plain SQLite connection of the test's own and returns the first column of the last one.
QVariantList rawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariantList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                result.clear();
                if (!query.exec(statement))
                    result.append(query.lastError().text());
                while (query.next())
                    result.append(query.value(0));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

const QString opsRobot = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString backupRobot = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString alice = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
const QString bob = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
const QString carol = QStringLiteral("cccccccc-cccc-4ccc-8ccc-cccccccccccc");
const QString onCall = QStringLiteral("99999999-9999-4999-8999-999999999999");

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_temp.reset(); }

    void migrationsAreNumberedInOrder();
    void upgradesVersion1WithBackup();
    void keepsAnEarlierBackup();
    void failedUpgradeRollsBack();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_path;
};

void TestMigrations::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_path = m_temp->filePath(QStringLiteral("workspace.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/workspace-v1.sqlite"), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestMigrations::migrationsAreNumberedInOrder()
{
    const QList<Migration>& migrations = schemaMigrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(qsizetype(migrations.at(i).version), i + 1);
        QVERIFY(!migrations.at(i).description.isEmpty());
        QVERIFY(!migrations.at(i).statements.isEmpty());
        for (const QString& statement : migrations.at(i).statements) {
            // Portable SQL: what a PostgreSQL workspace could take as well.
            QVERIFY2(!statement.contains(QStringLiteral("AUTOINCREMENT"), Qt::CaseInsensitive), qPrintable(statement));
            QVERIFY2(!statement.contains(QStringLiteral("COLLATE"), Qt::CaseInsensitive), qPrintable(statement));
            QVERIFY2(!statement.contains(QStringLiteral("PRAGMA"), Qt::CaseInsensitive), qPrintable(statement));
        }
    }
    QCOMPARE(currentSchemaVersion(), migrations.constLast().version);
    QCOMPARE(currentSchemaVersion(), 3);
}

void TestMigrations::upgradesVersion1WithBackup()
{
    const QByteArray original = fileHash(m_path);
    QCOMPARE(rawSqlite(m_path, {QStringLiteral("PRAGMA user_version")}), QVariantList{1});

    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), currentSchemaVersion());
    const QString backup = m_path + QStringLiteral(".bak-v1");
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(fileHash(backup), original);
    QVERIFY(db.connection().tables().contains(QStringLiteral("test_sends")));
    QVERIFY(db.connection().tables().contains(QStringLiteral("workspace_settings")));
    QVERIFY(db.connection().tables().contains(QStringLiteral("send_slots")));
    QVERIFY(db.connection().tables().contains(QStringLiteral("robot_throttles")));

    RobotRepository robots(db);
    auto allRobots = robots.all();
    QVERIFY(allRobots.ok());
    QCOMPARE(allRobots->size(), 2);
    QCOMPARE(allRobots->at(0).name, QStringLiteral("Backup Robot"));
    QCOMPARE(allRobots->at(0).ipRanges,
             (QStringList{QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.7")}));
    QCOMPARE(allRobots->at(0).enabled, false);
    const Robot& ops = allRobots->at(1);
    QCOMPARE(ops.uuid, opsRobot);
    QCOMPARE(ops.keywords, armsKeywords());
    QCOMPARE(ops.signing, true);
    QCOMPARE(ops.endpoint, Robot::defaultEndpoint());
    QCOMPARE(ops.termsAcceptedAt, utc("2024-03-01T08:00:00.000Z"));
    QCOMPARE(ops.updatedAt, utc("2024-03-02T09:30:00.250Z"));
    QCOMPARE(ops.notes, QStringLiteral("Main ops group"));

    ContactRepository contacts(db);
    auto allContacts = contacts.all();
    QVERIFY(allContacts.ok());
    QCOMPARE(allContacts->size(), 3);
    QCOMPARE(allContacts->at(0).name, QStringLiteral("Alice"));
    QCOMPARE(allContacts->at(0).phone, QStringLiteral("+852-12345678"));
    QCOMPARE(allContacts->at(0).robotUuid, opsRobot);
    QCOMPARE(allContacts->at(1).email, QStringLiteral("bob@example.com"));
    QCOMPARE(allContacts->at(2).robotUuid, QString());

    ContactGroupRepository groups(db);
    auto group = groups.findByName(QStringLiteral("ON-CALL"));
    QVERIFY(group.ok());
    QCOMPARE(group->memberUuids, (QStringList{alice, carol})); // by name, not by insertion order

    PolicyRepository policies(db);
    auto critical = policies.findByName(QStringLiteral("critical"));
    QVERIFY(critical.ok());
    NotificationPolicy expected;
    expected.uuid = QStringLiteral("eeeeeeee-0000-4000-8000-000000000001");
    expected.name = QStringLiteral("Critical");
    expected.description = QStringLiteral("Pages on-call");
    expected.rules = {
        MatchRule{{MatchCondition{QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("critical")}},
                   MatchCondition{
                       QStringLiteral("env"), MatchOperator::In, {QStringLiteral("prod"), QStringLiteral("staging")}}}},
        MatchRule{{MatchCondition{QStringLiteral("alertname"), MatchOperator::Re, {QStringLiteral("Disk.*")}}}},
    };
    expected.recipients = {{Recipient::Kind::Group, onCall}, {Recipient::Kind::Robot, backupRobot}};
    expected.groupBy = {QStringLiteral("alertname"), QStringLiteral("cluster")};
    expected.groupWait = 10s;
    expected.groupInterval = 60s;
    expected.repeatInterval = 1h;
    expected.window = NotificationWindow{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                                         QTime(9, 0),
                                         QTime(18, 0),
                                         QStringLiteral("Asia/Shanghai")};
    expected.message = MessageSettings{MessageType::Markdown, QStringLiteral("{{ .CommonLabels.alertname }}"),
                                       QStringLiteral("{{ range .Alerts }}{{ .Annotations.summary }}{{ end }}"),
                                       TemplateDialect::Alertmanager};
    expected.mention = Mention::Recipients;
    expected.createdAt = expected.updatedAt = utc("2024-03-01T08:30:00.000Z");
    QCOMPARE(critical.value(), expected);

    auto everything = policies.findByName(QStringLiteral("Everything"));
    QVERIFY(everything.ok());
    QCOMPARE(everything->enabled, false);
    QVERIFY(everything->rules.isEmpty());
    QVERIFY(!everything->window.has_value());
    QCOMPARE(everything->recipients, (QList<Recipient>{{Recipient::Kind::Contact, bob}}));
    QCOMPARE(everything->message.type, MessageType::Text);

    // The upgraded workspace takes writes, with its foreign keys in force.
    Contact dave;
    dave.name = QStringLiteral("Dave");
    dave.robotUuid = opsRobot;
    QVERIFY(contacts.add(dave).ok());
    QVERIFY(robots.remove(opsRobot).ok());
    QCOMPARE(contacts.findByName(QStringLiteral("Alice"))->robotUuid, QString());
}

void TestMigrations::keepsAnEarlierBackup()
{
    const QString first = m_path + QStringLiteral(".bak-v1");
    QFile earlier(first);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("an earlier backup");
    earlier.close();
    const QByteArray original = fileHash(m_path);

    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(fileHash(first), QCryptographicHash::hash("an earlier backup", QCryptographicHash::Sha256));
    QCOMPARE(fileHash(m_path + QStringLiteral(".bak-v1-2")), original);
}

void TestMigrations::failedUpgradeRollsBack()
{
    // A table in the way of migration 2: its second statement fails after the first has created a table.
    QVERIFY(rawSqlite(m_path, {QStringLiteral("CREATE TABLE test_sends (x TEXT)")}).isEmpty());
    const QByteArray before = fileHash(m_path);

    auto opened = Database::open(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Storage);
    QVERIFY2(opened.error().message.contains(QStringLiteral("from schema v1 to v%1").arg(currentSchemaVersion())),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QStringLiteral("test_sends")), qPrintable(opened.error().message));
    QCOMPARE(fileHash(m_path + QStringLiteral(".bak-v1")), before);
    QCOMPARE(fileHash(m_path), before);

    QCOMPARE(rawSqlite(m_path, {QStringLiteral("PRAGMA user_version")}), QVariantList{1});
    QCOMPARE(
        rawSqlite(m_path, {QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'workspace_settings'")}),
        QVariantList{0});
    QCOMPARE(rawSqlite(m_path, {QStringLiteral("SELECT COUNT(*) FROM robots")}), QVariantList{2});
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
