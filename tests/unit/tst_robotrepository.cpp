// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alertdesk;

namespace {

// A 1x1 PNG.
const QByteArray png =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJR"
                           "U5ErkJggg==");

Robot robot(const QString& name)
{
    Robot value;
    value.name = name;
    value.keywords = armsKeywords();
    value.termsAcceptedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    return value;
}

} // namespace

class TestRobotRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addAssignsIdAndTimesAndRoundTrips();
    void addKeepsAGivenId();
    void addRefusesAnIdInUse();
    void addReturnsTheFirstProblem();
    void namesAreUniqueIgnoringCase_data();
    void namesAreUniqueIgnoringCase();
    void updateKeepsCreatedTimeAndReplacesLists();
    void updateAndRemoveOfMissingRobotAreNotFound();
    void allIsOrderedByNameIgnoringCase();
    void findByNameIgnoresCaseAndSpace();
    void removeClearsChatbotsAndRecipients();
    void usageListsContactsAndPolicies();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RobotRepository> m_robots;
    QDateTime m_now;
};

void TestRobotRepository::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    auto opened = Database::open(m_temp->filePath(QStringLiteral("workspace.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0, 125), Qt::UTC);
    m_db->setClock([this] { return m_now; });
    m_robots = std::make_unique<RobotRepository>(*m_db);
}

void TestRobotRepository::cleanup()
{
    m_robots.reset();
    m_db.reset();
    m_temp.reset();
}

void TestRobotRepository::addAssignsIdAndTimesAndRoundTrips()
{
    QSignalSpy added(m_robots.get(), &RobotRepository::added);
    Robot value = robot(QStringLiteral("  Ops Robot \n"));
    value.avatar = png;
    value.endpoint = QUrl(QStringLiteral("https://proxy.example.com:8443/ding%20talk/robot/send"));
    value.keywords = {QStringLiteral("Alarm"), QStringLiteral("Dispatch"), QStringLiteral("告警")};
    value.signing = true;
    value.ipRanges = {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.7")};
    value.enabled = false;
    value.notes = QStringLiteral("Line one\nline two");

    auto stored = m_robots->add(value);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(!QUuid::fromString(stored->uuid).isNull());
    QVERIFY(!stored->uuid.startsWith(u'{'));
    QCOMPARE(stored->name, QStringLiteral("Ops Robot"));
    QCOMPARE(stored->createdAt, m_now);
    QCOMPARE(stored->updatedAt, m_now);
    value.uuid = stored->uuid;
    value.name = QStringLiteral("Ops Robot");
    value.createdAt = value.updatedAt = m_now;
    QCOMPARE(stored.value(), value);
    QCOMPARE(m_robots->find(value.uuid).value(), value);
    QCOMPARE(m_robots->all().value(), QList<Robot>{value});
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), value.uuid);
}

void TestRobotRepository::addKeepsAGivenId()
{
    Robot value = robot(QStringLiteral("Ops"));
    value.uuid = QStringLiteral("0b7c3f7e-8a53-4e8e-9d1a-5b8f0c6d2e11");
    auto stored = m_robots->add(value);
    QVERIFY(stored.ok());
    QCOMPARE(stored->uuid, value.uuid);
}

void TestRobotRepository::addRefusesAnIdInUse()
{
    auto first = m_robots->add(robot(QStringLiteral("Ops")));
    QVERIFY(first.ok());
    Robot second = robot(QStringLiteral("Other"));
    second.uuid = first->uuid;
    auto refused = m_robots->add(second);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_robots->find(first->uuid)->name, QStringLiteral("Ops"));
}

void TestRobotRepository::addReturnsTheFirstProblem()
{
    QSignalSpy added(m_robots.get(), &RobotRepository::added);
    Robot value = robot(QStringLiteral("   "));
    value.termsAcceptedAt = {};
    auto refused = m_robots->add(value);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("name"));
    QVERIFY(m_robots->all()->isEmpty());
    QCOMPARE(added.size(), 0);
}

void TestRobotRepository::namesAreUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("taken");
    QTest::addColumn<QString>("again");
    QTest::addRow("same") << "Ops Robot"
                          << "Ops Robot";
    QTest::addRow("other case") << "Ops Robot"
                                << "OPS robot";
    QTest::addRow("surrounding space") << "Ops Robot"
                                       << "  ops robot  ";
    QTest::addRow("non-ASCII case") << "Überwachung"
                                    << "ÜBERWACHUNG";
}

void TestRobotRepository::namesAreUniqueIgnoringCase()
{
    QFETCH(QString, taken);
    QFETCH(QString, again);
    QVERIFY(m_robots->add(robot(taken)).ok());
    QSignalSpy added(m_robots.get(), &RobotRepository::added);
    auto refused = m_robots->add(robot(again));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("name"));
    QCOMPARE(refused.error().message,
             QStringLiteral("A robot named \"%1\" already exists; pick another name.").arg(again.trimmed()));
    QCOMPARE(added.size(), 0);

    // Renaming another robot onto the name is refused too; renaming a robot to a new case of its own name is fine.
    auto other = m_robots->add(robot(QStringLiteral("Other")));
    QVERIFY(other.ok());
    Robot renamed = other.value();
    renamed.name = again;
    QCOMPARE(m_robots->update(renamed).error().kind, Error::Kind::Conflict);
    Robot own = m_robots->findByName(taken).value();
    own.name = taken.toUpper();
    QVERIFY(m_robots->update(own).ok());
    QCOMPARE(m_robots->all()->size(), 2);
}

void TestRobotRepository::updateKeepsCreatedTimeAndReplacesLists()
{
    Robot value = robot(QStringLiteral("Ops"));
    value.ipRanges = {QStringLiteral("10.0.0.0/8")};
    auto stored = m_robots->add(value);
    QVERIFY(stored.ok());
    const QDateTime created = m_now;
    m_now = m_now.addSecs(90);

    QSignalSpy updated(m_robots.get(), &RobotRepository::updated);
    Robot changed = stored.value();
    changed.name = QStringLiteral("Ops (renamed)");
    changed.keywords = {QStringLiteral("alert")};
    changed.ipRanges = {};
    changed.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // ignored
    auto saved = m_robots->update(changed);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->createdAt, created);
    QCOMPARE(saved->updatedAt, m_now);
    const Robot reread = m_robots->find(changed.uuid).value();
    QCOMPARE(reread, saved.value());
    QCOMPARE(reread.keywords, QStringList{QStringLiteral("alert")});
    QVERIFY(reread.ipRanges.isEmpty());
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).toString(), changed.uuid);
}

void TestRobotRepository::updateAndRemoveOfMissingRobotAreNotFound()
{
    QSignalSpy removed(m_robots.get(), &RobotRepository::removed);
    Robot ghost = robot(QStringLiteral("Ghost"));
    ghost.uuid = QStringLiteral("5d1c0d0e-0000-4000-8000-000000000000");
    QCOMPARE(m_robots->update(ghost).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_robots->remove(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_robots->find(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_robots->usage(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_robots->findByName(QStringLiteral("Ghost")).error().kind, Error::Kind::NotFound);
    QCOMPARE(removed.size(), 0);
}

void TestRobotRepository::allIsOrderedByNameIgnoringCase()
{
    for (const char* name : {"gamma", "Alpha", "beta"})
        QVERIFY(m_robots->add(robot(QString::fromUtf8(name))).ok());
    QStringList names;
    const QList<Robot> all = m_robots->all().value();
    for (const Robot& value : all)
        names.append(value.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
}

void TestRobotRepository::findByNameIgnoresCaseAndSpace()
{
    auto stored = m_robots->add(robot(QStringLiteral("Ops Robot")));
    QVERIFY(stored.ok());
    QCOMPARE(m_robots->findByName(QStringLiteral(" ops ROBOT ")).value(), stored.value());
}

void TestRobotRepository::removeClearsChatbotsAndRecipients()
{
    ContactRepository contacts(*m_db);
    PolicyRepository policies(*m_db);
    const Robot ops = m_robots->add(robot(QStringLiteral("Ops"))).value();
    const Robot spare = m_robots->add(robot(QStringLiteral("Spare"))).value();
    Contact alice;
    alice.name = QStringLiteral("Alice");
    alice.robotUuid = ops.uuid;
    alice = contacts.add(alice).value();
    NotificationPolicy policy;
    policy.name = QStringLiteral("Critical");
    policy.recipients = {{Recipient::Kind::Robot, ops.uuid},
                         {Recipient::Kind::Contact, alice.uuid},
                         {Recipient::Kind::Robot, spare.uuid}};
    auto added = policies.add(policy);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));

    QSignalSpy removed(m_robots.get(), &RobotRepository::removed);
    QVERIFY(m_robots->remove(ops.uuid).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), ops.uuid);
    QCOMPARE(m_robots->find(ops.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(contacts.find(alice.uuid)->robotUuid, QString());
    QCOMPARE(policies.find(added->uuid)->recipients,
             (QList<Recipient>{{Recipient::Kind::Contact, alice.uuid}, {Recipient::Kind::Robot, spare.uuid}}));
}

void TestRobotRepository::usageListsContactsAndPolicies()
{
    ContactRepository contacts(*m_db);
    PolicyRepository policies(*m_db);
    const Robot ops = m_robots->add(robot(QStringLiteral("Ops"))).value();
    QVERIFY(m_robots->usage(ops.uuid)->isEmpty());
    for (const char* name : {"Bob", "alice"}) {
        Contact contact;
        contact.name = QString::fromUtf8(name);
        contact.robotUuid = ops.uuid;
        QVERIFY(contacts.add(contact).ok());
    }
    for (const char* name : {"Warnings", "Critical"}) {
        NotificationPolicy policy;
        policy.name = QString::fromUtf8(name);
        policy.recipients = {{Recipient::Kind::Robot, ops.uuid}};
        QVERIFY(policies.add(policy).ok());
    }
    const Usage usage = m_robots->usage(ops.uuid).value();
    QCOMPARE(usage.contacts, (QStringList{QStringLiteral("alice"), QStringLiteral("Bob")}));
    QCOMPARE(usage.policies, (QStringList{QStringLiteral("Critical"), QStringLiteral("Warnings")}));
    QVERIFY(usage.groups.isEmpty());
}

QTEST_GUILESS_MAIN(TestRobotRepository)
#include "tst_robotrepository.moc"
