// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactgrouprepository.h"
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

Contact contact(const QString& name, const QString& robotUuid = {})
{
    Contact value;
    value.name = name;
    value.robotUuid = robotUuid;
    return value;
}

} // namespace

class TestContactRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addRoundTripsEveryField();
    void namesAreUniqueIgnoringCase_data();
    void namesAreUniqueIgnoringCase();
    void chatbotMustExist();
    void invalidContactIsRefusedUnwritten();
    void updateKeepsCreatedTimeAndSignals();
    void removeTakesItOutOfGroupsAndPolicies();
    void usageListsGroupsAndPolicies();
    void missingContactIsNotFound();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactRepository> m_contacts;
    QString m_robotUuid;
    QDateTime m_now;
};

void TestContactRepository::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    auto opened = Database::open(m_temp->filePath(QStringLiteral("workspace.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0, 5), Qt::UTC);
    m_db->setClock([this] { return m_now; });
    m_contacts = std::make_unique<ContactRepository>(*m_db);
    Robot robot;
    robot.name = QStringLiteral("Ops");
    robot.signing = true;
    robot.termsAcceptedAt = m_now;
    auto added = RobotRepository(*m_db).add(robot);
    QVERIFY(added.ok());
    m_robotUuid = added->uuid;
}

void TestContactRepository::cleanup()
{
    m_contacts.reset();
    m_db.reset();
    m_temp.reset();
}

void TestContactRepository::addRoundTripsEveryField()
{
    QSignalSpy added(m_contacts.get(), &ContactRepository::added);
    Contact value = contact(QStringLiteral(" 张三 "), m_robotUuid);
    value.phone = QStringLiteral("+852-12345678");
    value.email = QStringLiteral("zhang@example.com");
    value.userId = QStringLiteral("manager4711");
    value.notes = QStringLiteral("On call on weekends");
    auto stored = m_contacts->add(value);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    value.uuid = stored->uuid;
    value.name = QStringLiteral("张三");
    value.createdAt = value.updatedAt = m_now;
    QCOMPARE(stored.value(), value);
    QCOMPARE(m_contacts->find(value.uuid).value(), value);
    QCOMPARE(m_contacts->findByName(QStringLiteral("张三")).value(), value);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), value.uuid);

    const Contact bare = m_contacts->add(contact(QStringLiteral("Bare"))).value();
    QCOMPARE(m_contacts->find(bare.uuid).value(), bare);
    QCOMPARE(m_contacts->all()->size(), 2);
    QCOMPARE(m_contacts->all()->at(0).name, QStringLiteral("Bare"));
}

void TestContactRepository::namesAreUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("again");
    QTest::addRow("same") << "Alice";
    QTest::addRow("upper case") << "ALICE";
    QTest::addRow("space around") << "\talice ";
}

void TestContactRepository::namesAreUniqueIgnoringCase()
{
    QFETCH(QString, again);
    QVERIFY(m_contacts->add(contact(QStringLiteral("Alice"))).ok());
    auto refused = m_contacts->add(contact(again));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("name"));
    QCOMPARE(refused.error().message,
             QStringLiteral("A contact named \"%1\" already exists; pick another name.").arg(again.trimmed()));
    QCOMPARE(m_contacts->all()->size(), 1);
}

void TestContactRepository::chatbotMustExist()
{
    QSignalSpy added(m_contacts.get(), &ContactRepository::added);
    auto refused = m_contacts->add(contact(QStringLiteral("Alice"), QStringLiteral("no-such-robot")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("robot"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("no-such-robot")), qPrintable(refused.error().message));
    QVERIFY(m_contacts->all()->isEmpty());
    QCOMPARE(added.size(), 0);

    Contact alice = m_contacts->add(contact(QStringLiteral("Alice"), m_robotUuid)).value();
    alice.robotUuid = QStringLiteral("no-such-robot");
    QCOMPARE(m_contacts->update(alice).error().field, QStringLiteral("robot"));
    QCOMPARE(m_contacts->find(alice.uuid)->robotUuid, m_robotUuid);
}

void TestContactRepository::invalidContactIsRefusedUnwritten()
{
    Contact value = contact(QStringLiteral("Alice"));
    value.phone = QStringLiteral("call me maybe");
    auto refused = m_contacts->add(value);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("phone"));
    QVERIFY(m_contacts->all()->isEmpty());
}

void TestContactRepository::updateKeepsCreatedTimeAndSignals()
{
    const Contact alice = m_contacts->add(contact(QStringLiteral("Alice"), m_robotUuid)).value();
    const QDateTime created = m_now;
    m_now = m_now.addDays(1);
    QSignalSpy updated(m_contacts.get(), &ContactRepository::updated);
    Contact changed = alice;
    changed.robotUuid.clear();
    changed.email = QStringLiteral("alice@example.com");
    auto saved = m_contacts->update(changed);
    QVERIFY(saved.ok());
    QCOMPARE(saved->createdAt, created);
    QCOMPARE(saved->updatedAt, m_now);
    QCOMPARE(m_contacts->find(alice.uuid).value(), saved.value());
    QCOMPARE(updated.size(), 1);
}

void TestContactRepository::removeTakesItOutOfGroupsAndPolicies()
{
    ContactGroupRepository groups(*m_db);
    PolicyRepository policies(*m_db);
    const Contact alice = m_contacts->add(contact(QStringLiteral("Alice"))).value();
    const Contact bob = m_contacts->add(contact(QStringLiteral("Bob"))).value();
    ContactGroup team;
    team.name = QStringLiteral("Team");
    team.memberUuids = {alice.uuid, bob.uuid};
    team = groups.add(team).value();
    NotificationPolicy policy;
    policy.name = QStringLiteral("Critical");
    policy.recipients = {{Recipient::Kind::Contact, alice.uuid}, {Recipient::Kind::Group, team.uuid}};
    policy = policies.add(policy).value();

    QSignalSpy removed(m_contacts.get(), &ContactRepository::removed);
    QVERIFY(m_contacts->remove(alice.uuid).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), alice.uuid);
    QCOMPARE(groups.find(team.uuid)->memberUuids, QStringList{bob.uuid});
    QCOMPARE(policies.find(policy.uuid)->recipients, (QList<Recipient>{{Recipient::Kind::Group, team.uuid}}));
}

void TestContactRepository::usageListsGroupsAndPolicies()
{
    ContactGroupRepository groups(*m_db);
    PolicyRepository policies(*m_db);
    const Contact alice = m_contacts->add(contact(QStringLiteral("Alice"))).value();
    QVERIFY(m_contacts->usage(alice.uuid)->isEmpty());
    for (const char* name : {"Team B", "team a"}) {
        ContactGroup group;
        group.name = QString::fromUtf8(name);
        group.memberUuids = {alice.uuid};
        QVERIFY(groups.add(group).ok());
    }
    NotificationPolicy policy;
    policy.name = QStringLiteral("Critical");
    policy.recipients = {{Recipient::Kind::Contact, alice.uuid}};
    QVERIFY(policies.add(policy).ok());
    const Usage usage = m_contacts->usage(alice.uuid).value();
    QCOMPARE(usage.groups, (QStringList{QStringLiteral("team a"), QStringLiteral("Team B")}));
    QCOMPARE(usage.policies, QStringList{QStringLiteral("Critical")});
    QVERIFY(usage.contacts.isEmpty());
}

void TestContactRepository::missingContactIsNotFound()
{
    Contact ghost = contact(QStringLiteral("Ghost"));
    ghost.uuid = QStringLiteral("no-such-contact");
    QCOMPARE(m_contacts->find(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_contacts->update(ghost).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_contacts->remove(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_contacts->usage(ghost.uuid).error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
