// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editordialog.h"
#include "dialogs/editors.h"
#include "guitest.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/fieldproblem.h"
#include "widgets/matchruleseditor.h"
#include "widgets/notificationwindoweditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace alertdesk;
using editors::Entity;

class TestPolicyEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void okNeedsNameAndRecipients();
    void durationsAreCheckedAsTyped();
    void rulesAreEditedAndShownInWords();
    void savesEveryPart();
    void nameConflictAndDuplicate();
    void screenshots_data();
    void screenshots();

private:
    EditorDialog* openAdd();
    EditorDialog* dialog() const { return m_parent->findChild<EditorDialog*>(QStringLiteral("policyEditor")); }
    template <typename T> T* field(const char* name) const
    {
        auto* found = dialog()->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no field %s", name);
        return found;
    }
    QString problem(const char* name) const { return field<FieldProblem>(name)->problem(); }
    bool okEnabled() const { return field<QPushButton>("okButton")->isEnabled(); }
    void type(const char* name, const QString& text)
    {
        auto* edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
    }
    void tickRecipient(const QString& name);
    void clickOk() { QTest::mouseClick(field<QPushButton>("okButton"), Qt::LeftButton); }
    void addSampleRecipients();

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<QWidget> m_parent;
    QStringList m_reports;
};

void TestPolicyEditor::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    m_parent = std::make_unique<QWidget>();
    m_reports.clear();
}

void TestPolicyEditor::cleanup()
{
    m_parent.reset();
    m_workspace.reset();
}

void TestPolicyEditor::addSampleRecipients()
{
    Robot robot;
    robot.name = QStringLiteral("ops-alerts");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    auto storedRobot = m_workspace->workspace().robots().add(robot);
    QVERIFY(storedRobot.ok());
    Contact contact;
    contact.name = QStringLiteral("Li Lei");
    contact.phone = QStringLiteral("+86-13800138000");
    contact.robotUuid = storedRobot->uuid;
    auto storedContact = m_workspace->workspace().contacts().add(contact);
    QVERIFY(storedContact.ok());
    ContactGroup group;
    group.name = QStringLiteral("oncall");
    group.memberUuids = {storedContact->uuid};
    QVERIFY(m_workspace->workspace().groups().add(group).ok());
}

EditorDialog* TestPolicyEditor::openAdd()
{
    editors::openAdd(m_workspace->workspace(), Entity::Policy, m_parent.get(),
                     [this](const QString& report) { m_reports.append(report); });
    if (!dialog())
        qFatal("the policy editor did not open");
    return dialog();
}

void TestPolicyEditor::tickRecipient(const QString& name)
{
    auto* tree = field<QTreeWidget>("recipientsTree");
    const QList<QTreeWidgetItem*> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    found.first()->setCheckState(0, Qt::Checked);
}

void TestPolicyEditor::okNeedsNameAndRecipients()
{
    addSampleRecipients();
    openAdd();
    QVERIFY(!okEnabled());
    type("nameEdit", QStringLiteral("critical"));
    QVERIFY(!okEnabled());
    QVERIFY(problem("recipientsProblem").contains(QStringLiteral("reaches nobody")));
    // The recipients tab carries the warning icon, since the mark itself is on a tab not shown.
    auto* tabs = field<QTabWidget>("tabs");
    QVERIFY(!tabs->tabIcon(tabs->indexOf(field<QWidget>("recipientsPage"))).isNull());
    QVERIFY(tabs->tabIcon(tabs->indexOf(field<QWidget>("generalPage"))).isNull());
    tickRecipient(QStringLiteral("oncall"));
    QVERIFY(problem("recipientsProblem").isEmpty());
    QVERIFY(okEnabled());
}

void TestPolicyEditor::durationsAreCheckedAsTyped()
{
    addSampleRecipients();
    openAdd();
    type("nameEdit", QStringLiteral("critical"));
    tickRecipient(QStringLiteral("Li Lei"));
    QCOMPARE(field<QLineEdit>("groupWaitEdit")->text(), QStringLiteral("30s"));
    QCOMPARE(field<QLineEdit>("repeatIntervalEdit")->text(), QStringLiteral("4h"));
    QVERIFY(okEnabled());
    type("groupWaitEdit", QStringLiteral("5 minutes"));
    QVERIFY(!problem("groupWaitProblem").isEmpty());
    QVERIFY(!okEnabled());
    type("groupWaitEdit", QStringLiteral("1m"));
    QVERIFY(problem("groupWaitProblem").isEmpty());
    type("repeatIntervalEdit", QStringLiteral("1m"));
    QVERIFY(problem("repeatIntervalProblem").contains(QStringLiteral("shorter than the group interval")));
    QVERIFY(!okEnabled());
    type("repeatIntervalEdit", QStringLiteral("1h30m"));
    QVERIFY(okEnabled());
}

void TestPolicyEditor::rulesAreEditedAndShownInWords()
{
    addSampleRecipients();
    openAdd();
    type("nameEdit", QStringLiteral("critical"));
    tickRecipient(QStringLiteral("oncall"));
    QVERIFY(field<QLabel>("rulesHint")->text().contains(QStringLiteral("matches every alert")));
    QTest::mouseClick(field<QPushButton>("addRuleButton"), Qt::LeftButton);
    auto* table = field<QTableWidget>("conditionsTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!okEnabled()); // an empty condition has no label
    QVERIFY(!problem("rulesProblem").isEmpty());
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(0, 0)), QStringLiteral("severity"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(0, 2)), QStringLiteral("critical"));
    QVERIFY2(okEnabled(), qPrintable(problem("rulesProblem")));
    QTest::mouseClick(field<QPushButton>("addConditionButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(1, 0)), QStringLiteral("team"));
    auto* op = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
    QCOMPARE(op->count(), 6);
    op->setCurrentIndex(op->findData(int(MatchOperator::In)));
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(1, 2)), QStringLiteral("db|web"));
    QCOMPARE(field<QListWidget>("rulesList")->item(0)->text(),
             QStringLiteral("Rule 1: severity is critical and team is one of db, web"));
    QVERIFY(okEnabled());
    clickOk();
    auto saved = m_workspace->workspace().policies().findByName(QStringLiteral("critical"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->rules.size(), 1);
    QCOMPARE(saved->rules.first().conditions.size(), 2);
    QCOMPARE(saved->rules.first().conditions.at(1).op, MatchOperator::In);
    QCOMPARE(saved->rules.first().conditions.at(1).values, (QStringList{QStringLiteral("db"), QStringLiteral("web")}));
}

void TestPolicyEditor::savesEveryPart()
{
    addSampleRecipients();
    openAdd();
    type("nameEdit", QStringLiteral("critical"));
    type("descriptionEdit", QStringLiteral("Pages the database on-call"));
    tickRecipient(QStringLiteral("oncall"));
    tickRecipient(QStringLiteral("ops-alerts"));
    type("groupByEdit", QStringLiteral("alertname, cluster"));
    type("groupIntervalEdit", QStringLiteral("10m"));
    auto* window = field<NotificationWindowEditor>("windowEditor");
    window->setChecked(true);
    field<QComboBox>("windowTimeZone")->setCurrentText(QStringLiteral("Asia/Shanghai"));
    field<QComboBox>("mentionCombo")->setCurrentIndex(2);
    field<QComboBox>("dialectCombo")->setCurrentIndex(1);
    QVERIFY(okEnabled());
    clickOk();
    QCOMPARE(m_reports, QStringList{QStringLiteral("Saved notification policy “critical”.")});
    auto saved = m_workspace->workspace().policies().findByName(QStringLiteral("critical"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->description, QStringLiteral("Pages the database on-call"));
    QCOMPARE(saved->recipients.size(), 2);
    QCOMPARE(saved->groupBy, (QStringList{QStringLiteral("alertname"), QStringLiteral("cluster")}));
    QCOMPARE(saved->groupInterval, std::chrono::seconds(600));
    QVERIFY(saved->window.has_value());
    QCOMPARE(saved->window->timeZone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(saved->window->days.size(), 5);
    QCOMPARE(saved->mention, Mention::Recipients);
    QCOMPARE(saved->message.dialect, TemplateDialect::Alertmanager);
}

void TestPolicyEditor::nameConflictAndDuplicate()
{
    addSampleRecipients();
    NotificationPolicy policy;
    policy.name = QStringLiteral("critical");
    policy.recipients = {{Recipient::Kind::Robot, m_workspace->workspace().robots().all()->first().uuid}};
    policy.message.textTemplate = QStringLiteral("{{ .CommonLabels.alertname }} Alarm Dispatch");
    auto stored = m_workspace->workspace().policies().add(policy);
    QVERIFY(stored.ok());
    openAdd();
    type("nameEdit", QStringLiteral("CRITICAL"));
    QVERIFY(problem("nameProblem").contains(QStringLiteral("already exists")));
    dialog()->close();
    QTRY_VERIFY(!dialog());

    editors::openDuplicate(m_workspace->workspace(), Entity::Policy, stored->uuid, m_parent.get(), {});
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("critical (copy)"));
    QVERIFY(okEnabled());
    clickOk();
    auto copy = m_workspace->workspace().policies().findByName(QStringLiteral("critical (copy)"));
    QVERIFY(copy.ok());
    QVERIFY(copy->uuid != stored->uuid);
    QCOMPARE(copy->message.textTemplate, policy.message.textTemplate); // templates travel with the copy
}

void TestPolicyEditor::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestPolicyEditor::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    addSampleRecipients();
    EditorDialog* editor = openAdd();
    auto* tabs = field<QTabWidget>("tabs");
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("policy-editor-empty-") + language));
    type("nameEdit", QStringLiteral("critical"));
    type("descriptionEdit", QStringLiteral("Pages the database on-call"));
    tickRecipient(QStringLiteral("oncall"));
    QTest::mouseClick(field<QPushButton>("addRuleButton"), Qt::LeftButton);
    auto* table = field<QTableWidget>("conditionsTable");
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(0, 0)), QStringLiteral("severity"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(0, 2)), QStringLiteral("critical"));
    field<NotificationWindowEditor>("windowEditor")->setChecked(true);
    QVERIFY2(okEnabled(), qPrintable(problem("windowProblem") + problem("generalProblem")));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(test::saveScreenshot(*editor, QStringLiteral("policy-editor-filled-%1-%2").arg(i + 1).arg(language)));
    }
    type("groupWaitEdit", QStringLiteral("soon"));
    type("repeatIntervalEdit", QStringLiteral("1m"));
    tabs->setCurrentWidget(field<QWidget>("timingPage"));
    QVERIFY(!okEnabled());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("policy-editor-invalid-") + language));
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_editors_policy.moc"
