// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alertdesk;
using namespace std::chrono_literals;

class TestPolicyRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullPolicyRoundTrips();
    void defaultsRoundTrip();
    void namesAreUniqueIgnoringCase_data();
    void namesAreUniqueIgnoringCase();
    void recipientsMustExist_data();
    void recipientsMustExist();
    void updateReplacesChildRows();
    void failedWriteLeavesNothingHalfWritten();
    void removeTakesItsRowsAndSignals();
    void usageIsEmptyForExistingPolicy();
    void missingPolicyIsNotFound();

private:
    NotificationPolicy fullPolicy() const;
    int rows(const QString& table) const
    {
        QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM ") + table, m_db->connection());
        return query.next() ? query.value(0).toInt() : -1;
    }
    NotificationPolicy minimal(const QString& name) const
    {
        NotificationPolicy policy;
        policy.name = name;
        policy.recipients = {{Recipient::Kind::Contact, m_contact}};
        return policy;
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PolicyRepository> m_policies;
    QString m_robot, m_contact, m_group;
    QDateTime m_now;
};

void TestPolicyRepository::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    auto opened = Database::open(m_temp->filePath(QStringLiteral("workspace.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0, 42), Qt::UTC);
    m_db->setClock([this] { return m_now; });
    m_policies = std::make_unique<PolicyRepository>(*m_db);

    Robot robot;
    robot.name = QStringLiteral("Ops");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = m_now;
    m_robot = RobotRepository(*m_db).add(robot).value().uuid;
    Contact contact;
    contact.name = QStringLiteral("Alice");
    contact.phone = QStringLiteral("13800000000");
    contact.robotUuid = m_robot;
    m_contact = ContactRepository(*m_db).add(contact).value().uuid;
    ContactGroup group;
    group.name = QStringLiteral("On-call");
    group.memberUuids = {m_contact};
    m_group = ContactGroupRepository(*m_db).add(group).value().uuid;
}

void TestPolicyRepository::cleanup()
{
    m_policies.reset();
    m_db.reset();
    m_temp.reset();
}

NotificationPolicy TestPolicyRepository::fullPolicy() const
{
    NotificationPolicy policy;
    policy.name = QStringLiteral("Critical paging");
    policy.enabled = false;
    policy.description = QStringLiteral("Wakes people up");
    policy.rules = {
        MatchRule{{
            MatchCondition{QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("critical")}},
            MatchCondition{QStringLiteral("team"), MatchOperator::Neq, {QStringLiteral("qa")}},
            MatchCondition{QStringLiteral("env"),
                           MatchOperator::In,
                           {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("a,b \"c\"")}},
        }},
        MatchRule{{
            MatchCondition{QStringLiteral("alertname"), MatchOperator::Re, {QStringLiteral("Disk.*|Node(Down|Up)")}},
            MatchCondition{QStringLiteral("instance"), MatchOperator::Nre, {QStringLiteral("test-.*")}},
            MatchCondition{
                QStringLiteral("cluster"), MatchOperator::Nin, {QStringLiteral("lab"), QStringLiteral("dev")}},
        }},
        MatchRule{{MatchCondition{QStringLiteral("service"), MatchOperator::Eq, {QStringLiteral("支付")}}}},
    };
    policy.recipients = {
        {Recipient::Kind::Group, m_group}, {Recipient::Kind::Robot, m_robot}, {Recipient::Kind::Contact, m_contact}};
    policy.groupBy = {QStringLiteral("alertname"), QStringLiteral("cluster"), QStringLiteral("service")};
    policy.groupWait = 45s;
    policy.groupInterval = 10min;
    policy.repeatInterval = 12h;
    policy.window = NotificationWindow{
        {Qt::Monday, Qt::Wednesday, Qt::Saturday}, QTime(22, 30), QTime(6, 15, 30), QStringLiteral("Asia/Shanghai")};
    policy.sendResolved = false;
    policy.message = MessageSettings{MessageType::ActionCard, QStringLiteral("[{{ .Status }}] {{ .GroupLabels }}"),
                                     QStringLiteral("{{ range .Alerts }}\n- {{ .Labels.instance }}{{ end }}"),
                                     TemplateDialect::Alertmanager};
    policy.mention = Mention::All;
    return policy;
}

void TestPolicyRepository::fullPolicyRoundTrips()
{
    QSignalSpy added(m_policies.get(), &PolicyRepository::added);
    NotificationPolicy policy = fullPolicy();
    auto stored = m_policies->add(policy);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    policy.uuid = stored->uuid;
    policy.createdAt = stored->createdAt;
    policy.updatedAt = stored->updatedAt;
    QCOMPARE(policy.createdAt, m_now);
    QCOMPARE(stored.value(), policy);
    QCOMPARE(m_policies->find(policy.uuid).value(), policy);
    QCOMPARE(m_policies->findByName(QStringLiteral("critical PAGING")).value(), policy);
    QCOMPARE(m_policies->all().value(), QList<NotificationPolicy>{policy});
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), policy.uuid);
}

void TestPolicyRepository::defaultsRoundTrip()
{
    NotificationPolicy policy = minimal(QStringLiteral("Defaults"));
    policy.recipients = {{Recipient::Kind::Robot, m_robot}};
    auto stored = m_policies->add(policy);
    QVERIFY(stored.ok());
    policy.uuid = stored->uuid;
    policy.createdAt = policy.updatedAt = m_now;
    QCOMPARE(m_policies->find(policy.uuid).value(), policy);
    QVERIFY(!m_policies->find(policy.uuid)->window.has_value());
}

void TestPolicyRepository::namesAreUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("again");
    QTest::addRow("same") << "Critical";
    QTest::addRow("lower case") << "critical";
    QTest::addRow("space around") << "  CRITICAL ";
}

void TestPolicyRepository::namesAreUniqueIgnoringCase()
{
    QFETCH(QString, again);
    QVERIFY(m_policies->add(minimal(QStringLiteral("Critical"))).ok());
    auto refused = m_policies->add(minimal(again));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("name"));
    QCOMPARE(
        refused.error().message,
        QStringLiteral("A notification policy named \"%1\" already exists; pick another name.").arg(again.trimmed()));
    QCOMPARE(m_policies->all()->size(), 1);
}

void TestPolicyRepository::recipientsMustExist_data()
{
    QTest::addColumn<Recipient::Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::addRow("contact") << Recipient::Kind::Contact << "a contact that does not exist";
    QTest::addRow("group") << Recipient::Kind::Group << "a contact group that does not exist";
    QTest::addRow("robot") << Recipient::Kind::Robot << "a robot that does not exist";
}

void TestPolicyRepository::recipientsMustExist()
{
    QFETCH(Recipient::Kind, kind);
    QFETCH(QString, says);
    NotificationPolicy policy = minimal(QStringLiteral("Critical"));
    policy.recipients.append({kind, QStringLiteral("missing-uuid")});
    QSignalSpy added(m_policies.get(), &PolicyRepository::added);
    auto refused = m_policies->add(policy);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("recipients"));
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("missing-uuid")), qPrintable(refused.error().message));
    QCOMPARE(rows(QStringLiteral("policies")), 0);
    QCOMPARE(added.size(), 0);
}

void TestPolicyRepository::updateReplacesChildRows()
{
    const NotificationPolicy stored = m_policies->add(fullPolicy()).value();
    const QDateTime created = m_now;
    m_now = m_now.addSecs(3600);
    QSignalSpy updated(m_policies.get(), &PolicyRepository::updated);
    NotificationPolicy changed = stored;
    changed.rules = {MatchRule{{MatchCondition{QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("x")}}}}};
    changed.recipients = {{Recipient::Kind::Robot, m_robot}};
    changed.groupBy = {};
    changed.window.reset();
    auto saved = m_policies->update(changed);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    changed.createdAt = created;
    changed.updatedAt = m_now;
    QCOMPARE(saved.value(), changed);
    QCOMPARE(m_policies->find(stored.uuid).value(), changed);
    QCOMPARE(rows(QStringLiteral("match_rules")), 1);
    QCOMPARE(rows(QStringLiteral("match_conditions")), 1);
    QCOMPARE(rows(QStringLiteral("match_condition_values")), 1);
    QCOMPARE(rows(QStringLiteral("policy_recipients")), 1);
    QCOMPARE(rows(QStringLiteral("policy_group_by")), 0);
    QCOMPARE(updated.size(), 1);
}

void TestPolicyRepository::failedWriteLeavesNothingHalfWritten()
{
    // The last rows a policy writes are its condition values: make the database refuse one.
    QSqlQuery trigger(m_db->connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON match_condition_values "
                                        "WHEN NEW.value = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END")));
    QSignalSpy added(m_policies.get(), &PolicyRepository::added);
    QSignalSpy updated(m_policies.get(), &PolicyRepository::updated);

    NotificationPolicy policy = fullPolicy();
    policy.rules.last().conditions.last().values = {QStringLiteral("boom")};
    auto refused = m_policies->add(policy);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Storage);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Could not save notification policy")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("boom refused")), qPrintable(refused.error().message));
    for (const char* table : {"policies", "policy_group_by", "policy_recipients", "match_rules", "match_conditions",
                              "match_condition_values"})
        QCOMPARE(rows(QLatin1String(table)), 0);
    QCOMPARE(added.size(), 0);

    // A failed update leaves the stored policy as it was.
    const NotificationPolicy stored = m_policies->add(fullPolicy()).value();
    m_now = m_now.addSecs(60);
    NotificationPolicy changed = stored;
    changed.description = QStringLiteral("changed");
    changed.rules.first().conditions.first().values = {QStringLiteral("boom")};
    QVERIFY(!m_policies->update(changed).ok());
    QCOMPARE(m_policies->find(stored.uuid).value(), stored);
    QCOMPARE(updated.size(), 0);
}

void TestPolicyRepository::removeTakesItsRowsAndSignals()
{
    const NotificationPolicy stored = m_policies->add(fullPolicy()).value();
    QSignalSpy removed(m_policies.get(), &PolicyRepository::removed);
    QVERIFY(m_policies->remove(stored.uuid).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), stored.uuid);
    for (const char* table : {"policies", "policy_group_by", "policy_recipients", "match_rules", "match_conditions",
                              "match_condition_values"})
        QCOMPARE(rows(QLatin1String(table)), 0);
    QCOMPARE(rows(QStringLiteral("contacts")), 1);
    QCOMPARE(rows(QStringLiteral("contact_groups")), 1);
    QCOMPARE(rows(QStringLiteral("robots")), 1);
}

void TestPolicyRepository::usageIsEmptyForExistingPolicy()
{
    const NotificationPolicy stored = m_policies->add(fullPolicy()).value();
    auto usage = m_policies->usage(stored.uuid);
    QVERIFY(usage.ok());
    QVERIFY(usage->isEmpty());
}

void TestPolicyRepository::missingPolicyIsNotFound()
{
    NotificationPolicy ghost = minimal(QStringLiteral("Ghost"));
    ghost.uuid = QStringLiteral("no-such-policy");
    QCOMPARE(m_policies->find(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_policies->findByName(ghost.name).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_policies->update(ghost).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_policies->remove(ghost.uuid).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_policies->usage(ghost.uuid).error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "tst_policyrepository.moc"
