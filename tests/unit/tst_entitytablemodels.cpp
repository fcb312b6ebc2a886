// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/policytext.h"
#include "models/contacttablemodel.h"
#include "models/entityfilterproxy.h"
#include "models/grouptablemodel.h"
#include "models/policytablemodel.h"
#include "models/robottablemodel.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;

namespace {

Robot robot(const QString& name)
{
    Robot value;
    value.name = name;
    value.keywords = armsKeywords();
    value.termsAcceptedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    return value;
}

Contact contact(const QString& name, const QString& robotUuid = {})
{
    Contact value;
    value.name = name;
    value.phone = QStringLiteral("+86-13800138000");
    value.robotUuid = robotUuid;
    return value;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QString detailsText(const EntityTableModel& model, const QString& uuid)
{
    QStringList lines;
    for (const auto& detail : model.details(uuid))
        lines << detail.label + QStringLiteral(": ") + detail.value;
    return lines.join(QLatin1Char('\n'));
}

template <typename T> T added(Result<T> result)
{
    if (!result)
        qFatal("add failed: %s", qPrintable(result.error().message));
    return result.value();
}

} // namespace

class TestEntityTableModels : public QObject {
    Q_OBJECT

private slots:
    void init() { m_ws = std::make_unique<test::TempWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void robotsFollowTheRepositoryRowByRow();
    void robotUsageFollowsContactsAndPolicies();
    void contactChatbotFollowsRobotRenameAndRemoval();
    void contactGroupsColumn();
    void groupMembersFollowContacts();
    void policyInWords();
    void policyRecipientsFollowRemovals();
    void robotDetailsNeverHoldSecrets();
    void filterMatchesAnyColumnIgnoringCase();
    void filterFoldsEveryKindOfText();
    void rowsAreFoundByUuidThroughChanges();
    void sortIsNaturalAndLocaleAware();
    void modelTesterOnEveryModel();
    void proxyNarrowsAndWidensLikeAFreshFilter();
    void proxyKeepsItsOrderThroughChanges();
    void proxySelectionFollowsItsRows();

private:
    Workspace& ws() { return m_ws->workspace(); }
    std::unique_ptr<test::TempWorkspace> m_ws;
};

void TestEntityTableModels::robotsFollowTheRepositoryRowByRow()
{
    const Robot first = added(ws().robots().add(robot(QStringLiteral("ops"))));
    RobotTableModel model(ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RobotTableModel::ColumnCount));
    QCOMPARE(cell(model, 0, RobotTableModel::Security), QStringLiteral("Keywords: Alarm, Dispatch"));
    QCOMPARE(cell(model, 0, RobotTableModel::Enabled), QStringLiteral("Yes"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const Robot second = added(ws().robots().add(robot(QStringLiteral("告警机器人"))));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second.uuid), 1);

    Robot edited = first;
    edited.name = QStringLiteral("ops-prod");
    edited.signing = false;
    edited.ipRanges = {QStringLiteral("10.0.0.0/8")};
    edited.enabled = false;
    QVERIFY(ws().robots().update(edited).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(cell(model, 0, RobotTableModel::Name), QStringLiteral("ops-prod"));
    QCOMPARE(cell(model, 0, RobotTableModel::Security),
             QStringLiteral("Keywords: Alarm, Dispatch · IP ranges: 10.0.0.0/8"));
    QCOMPARE(cell(model, 0, RobotTableModel::Enabled), QStringLiteral("No"));

    QVERIFY(ws().robots().remove(first.uuid).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.uuidAt(0), second.uuid);
    QCOMPARE(model.rowOf(second.uuid), 0);
    QCOMPARE(model.rowOf(first.uuid), -1);
    QCOMPARE(resets.count(), 0);
}

void TestEntityTableModels::robotUsageFollowsContactsAndPolicies()
{
    const Robot ops = added(ws().robots().add(robot(QStringLiteral("ops"))));
    RobotTableModel model(ws());
    QCOMPARE(cell(model, 0, RobotTableModel::UsedBy), QStringLiteral("Not used"));
    added(ws().contacts().add(contact(QStringLiteral("Zhang San"), ops.uuid)));
    QTRY_COMPARE(cell(model, 0, RobotTableModel::UsedBy), RobotTableModel::tr("%n contact(s)", nullptr, 1));

    NotificationPolicy policy;
    policy.name = QStringLiteral("critical");
    policy.recipients = {Recipient{Recipient::Kind::Robot, ops.uuid}};
    added(ws().policies().add(policy));
    QTRY_COMPARE(cell(model, 0, RobotTableModel::UsedBy), RobotTableModel::tr("%n contact(s)", nullptr, 1) +
                                                              QStringLiteral(" · ") +
                                                              RobotTableModel::tr("%n policy(s)", nullptr, 1));
    const QString details = detailsText(model, ops.uuid);
    QVERIFY2(details.contains(QStringLiteral("DingTalk chatbot of: Zhang San")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Recipient of: critical")), qPrintable(details));
}

void TestEntityTableModels::contactChatbotFollowsRobotRenameAndRemoval()
{
    const Robot ops = added(ws().robots().add(robot(QStringLiteral("ops"))));
    const Contact zhang = added(ws().contacts().add(contact(QStringLiteral("张三"), ops.uuid)));
    added(ws().contacts().add(contact(QStringLiteral("Li Si"))));
    ContactTableModel model(ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(zhang.uuid);
    QCOMPARE(cell(model, row, ContactTableModel::Chatbot), QStringLiteral("ops"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Robot renamed = ops;
    renamed.name = QStringLiteral("值班机器人");
    QVERIFY(ws().robots().update(renamed).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, row, ContactTableModel::Chatbot), QStringLiteral("值班机器人"));

    // Deleting the robot unlinks the contact in the database (ON DELETE SET NULL), with no contact signal.
    QVERIFY(ws().robots().remove(ops.uuid).ok());
    QCOMPARE(cell(model, row, ContactTableModel::Chatbot), QString());
    QVERIFY(detailsText(model, zhang.uuid).contains(QStringLiteral("DingTalk chatbot: None")));
}

void TestEntityTableModels::contactGroupsColumn()
{
    const Contact zhang = added(ws().contacts().add(contact(QStringLiteral("Zhang San"))));
    ContactTableModel model(ws());
    QCOMPARE(cell(model, 0, ContactTableModel::Groups), QString());
    ContactGroup oncall;
    oncall.name = QStringLiteral("oncall");
    oncall.memberUuids = {zhang.uuid};
    const ContactGroup stored = added(ws().groups().add(oncall));
    ContactGroup dba;
    dba.name = QStringLiteral("dba");
    dba.memberUuids = {zhang.uuid};
    added(ws().groups().add(dba));
    QCOMPARE(cell(model, 0, ContactTableModel::Groups), QStringLiteral("dba, oncall"));
    QVERIFY(ws().groups().remove(stored.uuid).ok());
    QCOMPARE(cell(model, 0, ContactTableModel::Groups), QStringLiteral("dba"));
}

void TestEntityTableModels::groupMembersFollowContacts()
{
    const Contact zhang = added(ws().contacts().add(contact(QStringLiteral("Zhang San"))));
    const Contact li = added(ws().contacts().add(contact(QStringLiteral("Li Si"))));
    ContactGroup oncall;
    oncall.name = QStringLiteral("oncall");
    oncall.description = QStringLiteral("值班");
    oncall.memberUuids = {zhang.uuid, li.uuid};
    const ContactGroup group = added(ws().groups().add(oncall));
    GroupTableModel model(ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cell(model, 0, GroupTableModel::Members), QStringLiteral("Li Si, Zhang San"));
    QCOMPARE(cell(model, 0, GroupTableModel::Description), QStringLiteral("值班"));

    Contact renamed = zhang;
    renamed.name = QStringLiteral("Zhang Wei");
    QVERIFY(ws().contacts().update(renamed).ok());
    QVERIFY(cell(model, 0, GroupTableModel::Members).contains(QStringLiteral("Zhang Wei")));

    QVERIFY(ws().contacts().remove(li.uuid).ok());
    QCOMPARE(cell(model, 0, GroupTableModel::Members), QStringLiteral("Zhang Wei"));
    QVERIFY(detailsText(model, group.uuid).contains(QStringLiteral("Members: Zhang Wei")));
}

void TestEntityTableModels::policyInWords()
{
    const Robot ops = added(ws().robots().add(robot(QStringLiteral("ops"))));
    const Contact zhang = added(ws().contacts().add(contact(QStringLiteral("Zhang San"))));
    ContactGroup oncall;
    oncall.name = QStringLiteral("oncall");
    const ContactGroup group = added(ws().groups().add(oncall));
    NotificationPolicy policy;
    policy.name = QStringLiteral("critical");
    policy.rules = {parseMatchRule(QStringLiteral("severity=critical, env in prod|staging")).value(),
                    parseMatchRule(QStringLiteral("service=~db.*")).value()};
    policy.recipients = {Recipient{Recipient::Kind::Contact, zhang.uuid}, Recipient{Recipient::Kind::Group, group.uuid},
                         Recipient{Recipient::Kind::Robot, ops.uuid}};
    policy.window = parseNotificationWindow(QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai")).value();
    const NotificationPolicy stored = added(ws().policies().add(policy));
    NotificationPolicy everything;
    everything.name = QStringLiteral("everything");
    everything.recipients = {Recipient{Recipient::Kind::Robot, ops.uuid}};
    added(ws().policies().add(everything));

    PolicyTableModel model(ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(stored.uuid);
    QCOMPARE(cell(model, row, PolicyTableModel::Rules),
             formatMatchRule(policy.rules.at(0)) + QStringLiteral(" or ") + formatMatchRule(policy.rules.at(1)));
    QCOMPARE(cell(model, row, PolicyTableModel::Recipients),
             QStringLiteral("Zhang San, oncall (contact group), ops (robot)"));
    QCOMPARE(cell(model, row, PolicyTableModel::Window), formatNotificationWindow(*policy.window));
    const int other = model.rowOf(model.uuidAt(1 - row));
    QCOMPARE(cell(model, other, PolicyTableModel::Rules), QStringLiteral("Every alert"));
    QCOMPARE(cell(model, other, PolicyTableModel::Window), QStringLiteral("Any time"));

    Robot renamed = ops;
    renamed.name = QStringLiteral("ops2");
    QVERIFY(ws().robots().update(renamed).ok());
    QVERIFY(cell(model, row, PolicyTableModel::Recipients).endsWith(QStringLiteral("ops2 (robot)")));
    const QString details = detailsText(model, stored.uuid);
    QVERIFY2(details.contains(QStringLiteral("Method: DingTalk")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Timing: wait 30s before the first notice, 5m between groups, "
                                             "repeat every 4h")),
             qPrintable(details));
}

void TestEntityTableModels::policyRecipientsFollowRemovals()
{
    const Contact zhang = added(ws().contacts().add(contact(QStringLiteral("Zhang San"))));
    const Contact li = added(ws().contacts().add(contact(QStringLiteral("Li Si"))));
    NotificationPolicy policy;
    policy.name = QStringLiteral("critical");
    policy.recipients = {Recipient{Recipient::Kind::Contact, zhang.uuid}, Recipient{Recipient::Kind::Contact, li.uuid}};
    added(ws().policies().add(policy));
    PolicyTableModel model(ws());
    QCOMPARE(cell(model, 0, PolicyTableModel::Recipients), QStringLiteral("Zhang San, Li Si"));
    QVERIFY(ws().contacts().remove(zhang.uuid).ok());
    QCOMPARE(cell(model, 0, PolicyTableModel::Recipients), QStringLiteral("Li Si"));
}

void TestEntityTableModels::robotDetailsNeverHoldSecrets()
{
    Robot value = robot(QStringLiteral("ops"));
    value.signing = true;
    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QString secret = QStringLiteral("SEC") + token;
    QSignalSpy done(this, &QObject::objectNameChanged);
    QString uuid;
    ws().addRobot(value, RobotSecrets{token, secret}, this, [&](Result<Robot> stored) {
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        uuid = stored->uuid;
    });
    QTRY_VERIFY(!uuid.isEmpty());
    RobotTableModel model(ws());
    const QString details = detailsText(model, uuid);
    QVERIFY(details.contains(QStringLiteral("Signing: On (the secret is kept in the system keychain)")));
    QVERIFY(details.contains(QStringLiteral("Terms of Service accepted: ")));
    QVERIFY(!details.contains(token));
    QVERIFY(!model.matches(0, EntityTableModel::searchFor(token)));
}

void TestEntityTableModels::filterMatchesAnyColumnIgnoringCase()
{
    const Robot ops = added(ws().robots().add(robot(QStringLiteral("值班机器人"))));
    added(ws().contacts().add(contact(QStringLiteral("Zhang San"), ops.uuid)));
    Contact li = contact(QStringLiteral("Li Si"));
    li.email = QStringLiteral("LI.SI@Example.com");
    added(ws().contacts().add(li));
    added(ws().contacts().add(contact(QStringLiteral("王五"))));
    ContactTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("zhang"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("  example.COM "));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, ContactTableModel::Name), QStringLiteral("Li Si"));
    proxy.setSearchText(QStringLiteral("机器")); // the chatbot column
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, ContactTableModel::Name), QStringLiteral("Zhang San"));
    proxy.setSearchText(QStringLiteral("王"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("nobody"));
    QCOMPARE(proxy.rowCount(), 0);
    // A row added while filtering shows up when it matches.
    added(ws().contacts().add(contact(QStringLiteral("Nobody Special"))));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestEntityTableModels::filterFoldsEveryKindOfText()
{
    // Rows keep their cells as they are, their folded form only when folding does more than lower ASCII letters:
    // each kind must match a typed text in any case.
    added(ws().contacts().add(contact(QStringLiteral("lower only"))));           // folding changes nothing
    added(ws().contacts().add(contact(QStringLiteral("Zhang SAN"))));            // ASCII letters only
    added(ws().contacts().add(contact(QStringLiteral("王五 (Ops)"))));           // ASCII letters beside Chinese
    added(ws().contacts().add(contact(QStringLiteral("ÄRGER Müller Σίσυφος")))); // letters beyond ASCII
    ContactTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("LOWER"), QStringLiteral("lower only")},
        {QStringLiteral("("), QStringLiteral("王五 (Ops)")}, // one ASCII character: the row's byte set answers
        {QStringLiteral("Ä"), QStringLiteral("ÄRGER Müller Σίσυφος")},
        {QStringLiteral("zhang s"), QStringLiteral("Zhang SAN")},
        {QStringLiteral("g sa"), QStringLiteral("Zhang SAN")},
        {QStringLiteral("五 (oP"), QStringLiteral("王五 (Ops)")},
        {QStringLiteral("ärger"), QStringLiteral("ÄRGER Müller Σίσυφος")},
        {QStringLiteral("MÜLLER"), QStringLiteral("ÄRGER Müller Σίσυφος")},
        {QStringLiteral("ΣΊΣΥΦΟΣ"), QStringLiteral("ÄRGER Müller Σίσυφος")},
    };
    for (const auto& [typed, name] : cases) {
        proxy.setSearchText(typed);
        QVERIFY2(proxy.rowCount() == 1 && cell(proxy, 0, ContactTableModel::Name) == name, qPrintable(typed));
    }
    proxy.setSearchText(QStringLiteral("zhang sam"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEntityTableModels::rowsAreFoundByUuidThroughChanges()
{
    QStringList uuids;
    for (int i = 0; i < 40; ++i)
        uuids << added(ws().contacts().add(contact(QStringLiteral("Person %1").arg(i)))).uuid;
    ContactTableModel model(ws());
    for (int i = 0; i < 40; i += 3)
        QVERIFY(ws().contacts().remove(uuids.at(i)).ok());
    for (int i = 40; i < 60; ++i) // past the first table's size
        uuids << added(ws().contacts().add(contact(QStringLiteral("Person %1").arg(i)))).uuid;
    QCOMPARE(model.rowCount(), 60 - 14);
    for (int i = 0; i < uuids.size(); ++i) {
        const int row = model.rowOf(uuids.at(i));
        if (i < 40 && i % 3 == 0) {
            QCOMPARE(row, -1);
            continue;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.uuidAt(row), uuids.at(i));
        QCOMPARE(model.cell(row, ContactTableModel::Name), QStringLiteral("Person %1").arg(i));
    }
}

void TestEntityTableModels::sortIsNaturalAndLocaleAware()
{
    for (const char* name : {"robot 10", "Robot 2", "robot 1", "alpha"})
        added(ws().robots().add(robot(QString::fromUtf8(name))));
    RobotTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RobotTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << cell(proxy, row, RobotTableModel::Name);
    QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("robot 1"), QStringLiteral("Robot 2"),
                                 QStringLiteral("robot 10")}));
    proxy.sort(RobotTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, RobotTableModel::Name), QStringLiteral("robot 10"));
    // Sorted views stay sorted as rows arrive.
    added(ws().robots().add(robot(QStringLiteral("robot 3"))));
    QCOMPARE(cell(proxy, 1, RobotTableModel::Name), QStringLiteral("robot 3"));
}

void TestEntityTableModels::modelTesterOnEveryModel()
{
    const Robot ops = added(ws().robots().add(robot(QStringLiteral("ops"))));
    RobotTableModel robots(ws());
    ContactTableModel contacts(ws());
    GroupTableModel groups(ws());
    PolicyTableModel policies(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&contacts);
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("a"));
    QList<std::shared_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model :
         std::initializer_list<QAbstractItemModel*>{&robots, &contacts, &groups, &policies, &proxy})
        testers << std::make_shared<QAbstractItemModelTester>(model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList contactUuids;
    for (int i = 0; i < 20; ++i)
        contactUuids << added(ws().contacts().add(contact(QStringLiteral("Contact %1").arg(i), ops.uuid))).uuid;
    ContactGroup group;
    group.name = QStringLiteral("all");
    group.memberUuids = contactUuids.mid(0, 10);
    added(ws().groups().add(group));
    NotificationPolicy policy;
    policy.name = QStringLiteral("p");
    policy.recipients = {Recipient{Recipient::Kind::Contact, contactUuids.at(3)}};
    added(ws().policies().add(policy));
    for (int i = 0; i < 20; i += 3)
        QVERIFY(ws().contacts().remove(contactUuids.at(i)).ok());
    QVERIFY(ws().robots().remove(ops.uuid).ok());
    QCOMPARE(contacts.rowCount(), 13);
    QCOMPARE(robots.rowCount(), 0);
    QCOMPARE(policies.rowCount(), 1);
    QCOMPARE(cell(policies, 0, PolicyTableModel::Recipients), QString());
}

namespace {

/// Robot names on show in the proxy, top to bottom.
QStringList shownNames(const QAbstractItemModel& proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << cell(proxy, row, RobotTableModel::Name);
    return names;
}

/// What the proxy should show: the names containing `needle` (case-folded), in natural order.
QStringList expectedNames(const RobotTableModel& model, const QString& needle, Qt::SortOrder order)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.matches(row, EntityTableModel::searchFor(needle)))
            names << cell(model, row, RobotTableModel::Name);
    }
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(names.begin(), names.end(),
                     [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    if (order == Qt::DescendingOrder)
        std::reverse(names.begin(), names.end());
    return names;
}

} // namespace

void TestEntityTableModels::proxyNarrowsAndWidensLikeAFreshFilter()
{
    for (int i = 0; i < 60; ++i)
        added(ws().robots().add(
            robot(QStringLiteral("%1 robot %2").arg(i % 3 ? QStringLiteral("alpha") : QStringLiteral("beta")).arg(i))));
    RobotTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(RobotTableModel::Name, order);
        // Typed one character at a time, then erased, then something else: each step as if filtered afresh.
        for (const char* typed : {"a", "al", "alp", "alpha robot 1", "alpha robot 1", "alpha robot", "al", "", "b",
                                  "be", "robot 5", "zzz", ""}) {
            const QString text = QString::fromLatin1(typed);
            proxy.setSearchText(text);
            QCOMPARE(shownNames(proxy), expectedNames(model, text, order));
        }
    }
}

void TestEntityTableModels::proxyKeepsItsOrderThroughChanges()
{
    QStringList uuids;
    for (int i = 0; i < 30; ++i)
        uuids << added(ws().robots().add(robot(QStringLiteral("robot %1").arg(i)))).uuid;
    RobotTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(RobotTableModel::Name, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("robot 1"));
    QCOMPARE(shownNames(proxy), expectedNames(model, QStringLiteral("robot 1"), Qt::DescendingOrder));
    // Added: a match joins in its place, the rest stays out.
    added(ws().robots().add(robot(QStringLiteral("robot 15b"))));
    added(ws().robots().add(robot(QStringLiteral("other"))));
    QCOMPARE(shownNames(proxy), expectedNames(model, QStringLiteral("robot 1"), Qt::DescendingOrder));
    // Renamed: moves to its new place, or out of the filter, or into it.
    for (const auto& [index, name] : {std::pair{3, u"robot 100"}, std::pair{12, u"gone"}, std::pair{25, u"robot 1a"}}) {
        Robot changed = added(ws().robots().find(uuids.at(index)));
        changed.name = QString::fromUtf16(name);
        QVERIFY(ws().robots().update(changed).ok());
        QCOMPARE(shownNames(proxy), expectedNames(model, QStringLiteral("robot 1"), Qt::DescendingOrder));
    }
    // Removed, shown or not.
    QVERIFY(ws().robots().remove(uuids.at(10)).ok());
    QVERIFY(ws().robots().remove(uuids.at(2)).ok());
    QCOMPARE(shownNames(proxy), expectedNames(model, QStringLiteral("robot 1"), Qt::DescendingOrder));
    proxy.setSearchText(QString());
    QCOMPARE(shownNames(proxy), expectedNames(model, QString(), Qt::DescendingOrder));
    proxy.sort(RobotTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(shownNames(proxy), expectedNames(model, QString(), Qt::AscendingOrder));
}

void TestEntityTableModels::proxySelectionFollowsItsRows()
{
    for (const char* name : {"ops", "db", "ops night", "payments"})
        added(ws().robots().add(robot(QString::fromUtf8(name))));
    RobotTableModel model(ws());
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RobotTableModel::Name);
    QItemSelectionModel selection(&proxy);
    const int night = int(shownNames(proxy).indexOf(QStringLiteral("ops night")));
    selection.setCurrentIndex(proxy.index(night, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto selectedName = [&selection] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.isEmpty() ? QString() : rows.constFirst().data().toString();
    };
    proxy.setSearchText(QStringLiteral("ops"));
    QCOMPARE(selectedName(), QStringLiteral("ops night"));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("ops night"));
    proxy.sort(RobotTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(selectedName(), QStringLiteral("ops night"));
    proxy.setSearchText(QStringLiteral("pay")); // filtered away: nothing selected rather than another row
    QCOMPARE(selectedName(), QString());
}

QTEST_GUILESS_MAIN(TestEntityTableModels)
#include "tst_entitytablemodels.moc"
