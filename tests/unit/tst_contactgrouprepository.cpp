// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alertdesk;

class TestContactGroupRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void membersComeOrderedByName();
    void namesAreUniqueIgnoringCase_data();
    void namesAreUniqueIgnoringCase();
    void membersMustExist();
    void updateReplacesMembersAndSignals();
    void removeLeavesContactsAndDropsPolicyRecipients();
    void usageListsPolicies();
    void missingGroupIsNotFound();

private:
    QString addContact(const QString& name)
    {
        Contact value;
        value.name = name;
        auto added = m_contacts->add(value);
        return added.ok() ? added->uuid : QString();
    }
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ContactGroupRepository> m_groups;
    QDateTime m_now;
};

void TestContactGroupRepository::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    auto opened = Database::open(m_temp->filePath(QStringLiteral("workspace.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0, 999), Qt::UTC);
    m_db->setClock([this] { return m_now; });
    m_contacts = std::make_unique<ContactRepository>(*m_db);
    m_groups = std::make_unique<ContactGroupRepository>(*m_db);
}

void TestContactGroupRepository::cleanup()
{
    m_groups.reset();
    m_contacts.reset();
    m_db.reset();
    m_temp.reset();
}

void TestContactGroupRepository::membersComeOrderedByName()
{
    const QString carol = addContact(QStringLiteral("Carol"));
    const QString alice = addContact(QStringLiteral("alice"));
    const QString bob = addContact(QStringLiteral("Bob"));
    QSignalSpy added(m_groups.get(), &ContactGroupRepository::added);
    ContactGroup value;
    value.name = QStringLiteral("  On-call ");
    value.description = QStringLiteral("Primary rotation");
    value.memberUuids = {carol, alice, bob};
    auto stored = m_groups->add(value);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    value.uuid = stored->uuid;
    value.name = QStringLiteral("On-call");
    value.memberUuids = {alice, bob, carol};
    value.createdAt = value.updatedAt = m_now;
    QCOMPARE(stored.value(), value);
    QCOMPARE(m_groups->find(value.uuid).value(), value);
    QCOMPARE(m_groups->findByName(QStringLiteral("ON-CALL")).value(), value);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), value.uuid);
}

void TestContactGroupRepository::namesAreUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("again");
    QTest::addRow("same") << "On-call";
    QTest::addRow("other case") << "ON-CALL";
    QTest::addRow("space around") << " on-call\n";
}

void TestContactGroupRepository::namesAreUniqueIgnoringCase()
{
    QFETCH(QString, again);
    ContactGroup value;
    value.name = QStringLiteral("On-call");
    QVERIFY(m_groups->add(value).ok());
    value.name = again;
    auto refused = m_groups->add(value);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("name"));
    QCOMPARE(refused.error().message,
             QStringLiteral("A contact group named \"%1\" already exists; pick another name.").arg(again.trimmed()));
    QCOMPARE(m_groups->all()->size(), 1);
}

void TestContactGroupRepository::membersMustExist()
{
    QSignalSpy added(m_groups.get(), &ContactGroupRepository::added);
    ContactGroup value;
    value.name = QStringLiteral("Team");
    value.memberUuids = {addContact(QStringLiteral("Alice")), QStringLiteral("no-such-contact")};
    auto refused = m_groups->add(value);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("members"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("no-such-contact")), qPrintable(refused.error().message));
    QVERIFY(m_groups->all()->isEmpty());
    QCOMPARE(added.size(), 0);
}

void TestContactGroupRepository::updateReplacesMembersAndSignals()
{
    const QString alice = addContact(QStringLiteral("Alice"));
    const QString bob = addContact(QStringLiteral("Bob"));
    ContactGroup value;
    value.name = QStringLiteral("Team");
    value.memberUuids = {alice};
    const ContactGroup stored = m_groups->add(value).value();
    const QDateTime created = m_now;
    m_now = m_now.addSecs(5);
    QSignalSpy updated(m_groups.get(), &ContactGroupRepository::updated);
    ContactGroup changed = stored;
    changed.memberUuids = {bob};
    auto saved = m_groups->update(changed);
    QVERIFY(saved.ok());
    QCOMPARE(saved->memberUuids, QStringList{bob});
    QCOMPARE(saved->createdAt, created);
    QCOMPARE(saved->updatedAt, m_now);
    QCOMPARE(m_groups->find(stored.uuid).value(), saved.value());
    QCOMPARE(updated.size(), 1);
}

void TestContactGroupRepository::removeLeavesContactsAndDropsPolicyRecipients()
{
    PolicyRepository policies(*m_db);
    const QString alice = addContact(QStringLiteral("Alice"));
    ContactGroup value;
    value.name = QStringLiteral("Team");
    value.memberUuids = {alice};
    const ContactGroup team = m_groups->add(value).value();
    NotificationPolicy policy;
    policy.name = QStringLiteral("Critical");
    policy.recipients = {{Recipient::Kind::Group, team.uuid}, {Recipient::Kind::Contact, alice}};
    policy = policies.add(policy).value();

    QSignalSpy removed(m_groups.get(), &ContactGroupRepository::removed);
    QVERIFY(m_groups->remove(team.uuid).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_groups->find(team.uuid).error().kind, Error::Kind::NotFound);
    QVERIFY(m_contacts->find(alice).ok());
    QCOMPARE(policies.find(policy.uuid)->recipients, (QList<Recipient>{{Recipient::Kind::Contact, alice}}));
}

void TestContactGroupRepository::usageListsPolicies()
{
    PolicyRepository policies(*m_db);
    ContactGroup value;
    value.name = QStringLiteral("Team");
    const ContactGroup team = m_groups->add(value).value();
    QVERIFY(m_groups->usage(team.uuid)->isEmpty());
    for (const char* name : {"Warnings", "Critical"}) {
        NotificationPolicy policy;
        policy.name = QString::fromUtf8(name);
        policy.recipients = {{Recipient::Kind::Group, team.uuid}};
        QVERIFY(policies.add(policy).ok());
    }
    QCOMPARE(m_groups->usage(team.uuid)->policies,
             (QStringList{QStringLiteral("Critical"), QStringLiteral("Warnings")}));
}

void TestContactGroupRepository::missingGroupIsNotFound()
{
    ContactGroup ghost;
    ghost.uuid = QStringLiteral("no-such-group");
    ghost.name = QStringLiteral("Ghost");
    QCOMPARE(m_groups->find(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_groups->update(ghost).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_groups->remove(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_groups->usage(ghost.uuid).error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestContactGroupRepository)
#include "tst_contactgrouprepository.moc"
