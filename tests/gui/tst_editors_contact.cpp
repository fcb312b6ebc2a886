// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editordialog.h"
#include "dialogs/editors.h"
#include "guitest.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/fieldproblem.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace alertdesk;
using editors::Entity;

class TestContactEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void okStartsDisabledAndFollowsValidity();
    void eachInvalidFieldShowsItsReason();
    void nameConflictShownAsYouType();
    void savesContactChatbotAndGroups();
    void editKeepsUuidAndChangesGroups();
    void duplicateGetsAFreeName();
    void storageErrorKeepsTheDialogOpen();
    void screenshots_data();
    void screenshots();

private:
    EditorDialog* openAdd();
    EditorDialog* dialog() const { return m_parent->findChild<EditorDialog*>(QStringLiteral("contactEditor")); }
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
    }
    void clickOk() { QTest::mouseClick(field<QPushButton>("okButton"), Qt::LeftButton); }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<QWidget> m_parent;
    QStringList m_reports;
};

void TestContactEditor::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(900, 700);
    m_reports.clear();
}

void TestContactEditor::cleanup()
{
    m_parent.reset();
    m_workspace.reset();
}

EditorDialog* TestContactEditor::openAdd()
{
    editors::openAdd(m_workspace->workspace(), Entity::Contact, m_parent.get(),
                     [this](const QString& report) { m_reports.append(report); });
    EditorDialog* opened = dialog();
    if (!opened)
        qFatal("the contact editor did not open");
    return opened;
}

void TestContactEditor::okStartsDisabledAndFollowsValidity()
{
    EditorDialog* editor = openAdd();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(editor->windowModality(), Qt::WindowModal);
    QVERIFY(!okEnabled());
    QVERIFY(problem("nameProblem").isEmpty()); // an untouched new form is not shouted at
    type("nameEdit", QStringLiteral("Li Lei"));
    QVERIFY(okEnabled());
    type("nameEdit", QString());
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Backspace);
    QVERIFY(!okEnabled());
    QVERIFY(problem("nameProblem").contains(QStringLiteral("name is empty")));
}

void TestContactEditor::eachInvalidFieldShowsItsReason()
{
    openAdd();
    type("nameEdit", QStringLiteral("Li Lei"));
    type("phoneEdit", QStringLiteral("call me"));
    QVERIFY(!okEnabled());
    QVERIFY(!problem("phoneProblem").isEmpty());
    QCOMPARE(field<QLineEdit>("phoneEdit")->toolTip(), problem("phoneProblem"));
    QVERIFY(field<FieldProblem>("phoneProblem")->isVisibleTo(dialog()));
    QVERIFY(problem("emailProblem").isEmpty());
    QVERIFY(problem("nameProblem").isEmpty());

    type("emailEdit", QStringLiteral("not-an-address"));
    QVERIFY(!problem("emailProblem").isEmpty());
    type("userIdEdit", QStringLiteral("li lei"));
    QVERIFY(problem("userIdProblem").contains(QStringLiteral("spaces")));

    type("phoneEdit", QStringLiteral("+86-13800138000"));
    type("emailEdit", QStringLiteral("li@example.com"));
    QVERIFY(!okEnabled());
    type("userIdEdit", QStringLiteral("lilei"));
    QVERIFY(problem("phoneProblem").isEmpty());
    QVERIFY(!field<FieldProblem>("phoneProblem")->isVisibleTo(dialog()));
    QVERIFY(okEnabled());
}

void TestContactEditor::nameConflictShownAsYouType()
{
    Contact existing;
    existing.name = QStringLiteral("Zhang San");
    QVERIFY(m_workspace->workspace().contacts().add(existing).ok());
    openAdd();
    type("nameEdit", QStringLiteral("zhang san"));
    QVERIFY(problem("nameProblem").contains(QStringLiteral("“Zhang San” already exists")));
    QVERIFY(!okEnabled());
    QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral(" 2"));
    QVERIFY(problem("nameProblem").isEmpty());
    QVERIFY(okEnabled());
}

void TestContactEditor::savesContactChatbotAndGroups()
{
    Robot robot;
    robot.name = QStringLiteral("ops");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    auto storedRobot = m_workspace->workspace().robots().add(robot);
    QVERIFY(storedRobot.ok());
    ContactGroup group;
    group.name = QStringLiteral("oncall");
    auto storedGroup = m_workspace->workspace().groups().add(group);
    QVERIFY(storedGroup.ok());

    EditorDialog* editor = openAdd();
    QSignalSpy finished(editor, &QDialog::finished);
    type("nameEdit", QStringLiteral("Li Lei"));
    type("phoneEdit", QStringLiteral("+86-13800138000"));
    auto* robots = field<QComboBox>("robotCombo");
    robots->setCurrentIndex(robots->findText(QStringLiteral("ops")));
    auto* groups = field<QListWidget>("groupsList");
    QCOMPARE(groups->count(), 1);
    groups->item(0)->setCheckState(Qt::Checked);
    field<QPlainTextEdit>("notesEdit")->setPlainText(QStringLiteral("night shift"));
    clickOk();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(m_reports, QStringList{QStringLiteral("Saved contact “Li Lei”.")});

    auto saved = m_workspace->workspace().contacts().findByName(QStringLiteral("Li Lei"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->phone, QStringLiteral("+86-13800138000"));
    QCOMPARE(saved->robotUuid, storedRobot->uuid);
    QCOMPARE(saved->notes, QStringLiteral("night shift"));
    QCOMPARE(m_workspace->workspace().groups().find(storedGroup->uuid)->memberUuids, QStringList{saved->uuid});
    QTRY_VERIFY(!dialog()); // WA_DeleteOnClose
}

void TestContactEditor::editKeepsUuidAndChangesGroups()
{
    Contact contact;
    contact.name = QStringLiteral("Han Meimei");
    auto stored = m_workspace->workspace().contacts().add(contact);
    QVERIFY(stored.ok());
    ContactGroup group;
    group.name = QStringLiteral("dba");
    group.memberUuids = {stored->uuid};
    auto storedGroup = m_workspace->workspace().groups().add(group);
    QVERIFY(storedGroup.ok());

    editors::openEdit(m_workspace->workspace(), Entity::Contact, stored->uuid, m_parent.get(),
                      [this](const QString& report) { m_reports.append(report); });
    QVERIFY(dialog());
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("Han Meimei"));
    QCOMPARE(field<QListWidget>("groupsList")->item(0)->checkState(), Qt::Checked);
    QVERIFY(okEnabled()); // its own name is no conflict
    type("emailEdit", QStringLiteral("han@example.com"));
    field<QListWidget>("groupsList")->item(0)->setCheckState(Qt::Unchecked);
    clickOk();
    auto saved = m_workspace->workspace().contacts().find(stored->uuid);
    QCOMPARE(saved->email, QStringLiteral("han@example.com"));
    QVERIFY(m_workspace->workspace().groups().find(storedGroup->uuid)->memberUuids.isEmpty());
}

void TestContactEditor::duplicateGetsAFreeName()
{
    Contact contact;
    contact.name = QStringLiteral("Li Lei");
    contact.phone = QStringLiteral("+86-13800138000");
    auto stored = m_workspace->workspace().contacts().add(contact);
    QVERIFY(stored.ok());
    const auto report = [this](const QString& r) { m_reports.append(r); };
    for (const QString& expected : {QStringLiteral("Li Lei (copy)"), QStringLiteral("Li Lei (copy 2)")}) {
        editors::openDuplicate(m_workspace->workspace(), Entity::Contact, stored->uuid, m_parent.get(), report);
        QVERIFY(dialog());
        QCOMPARE(field<QLineEdit>("nameEdit")->text(), expected);
        QCOMPARE(field<QLineEdit>("phoneEdit")->text(), QStringLiteral("+86-13800138000"));
        QVERIFY(okEnabled());
        clickOk();
        QTRY_VERIFY(!dialog());
        QVERIFY(m_workspace->workspace().contacts().findByName(expected).ok());
    }
    QCOMPARE(m_workspace->workspace().contacts().all()->size(), 3);
}

void TestContactEditor::storageErrorKeepsTheDialogOpen()
{
    QSqlQuery trigger(m_workspace->workspace().database().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contacts "
                                        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    EditorDialog* editor = openAdd();
    type("nameEdit", QStringLiteral("Li Lei"));
    type("phoneEdit", QStringLiteral("+86-13800138000"));
    clickOk();
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->saveError().contains(QStringLiteral("disk I/O error")), qPrintable(editor->saveError()));
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("Li Lei")); // nothing typed is lost
    QCOMPARE(field<QLineEdit>("phoneEdit")->text(), QStringLiteral("+86-13800138000"));
    QVERIFY(okEnabled()); // try again once the disk is fixed
    QVERIFY(m_reports.isEmpty());
    QVERIFY(m_workspace->workspace().contacts().all()->isEmpty());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("contact-editor-storage-error-en")));
}

void TestContactEditor::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestContactEditor::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    Robot robot;
    robot.name = QStringLiteral("ops-alerts");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_workspace->workspace().robots().add(robot).ok());
    for (const char* name : {"oncall", "dba", "web"}) {
        ContactGroup group;
        group.name = QString::fromLatin1(name);
        QVERIFY(m_workspace->workspace().groups().add(group).ok());
    }
    Contact taken;
    taken.name = QStringLiteral("Zhang San");
    QVERIFY(m_workspace->workspace().contacts().add(taken).ok());

    EditorDialog* editor = openAdd();
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("contact-editor-empty-") + language));
    type("nameEdit", QStringLiteral("Li Lei"));
    type("phoneEdit", QStringLiteral("+86-13800138000"));
    type("emailEdit", QStringLiteral("li.lei@example.com"));
    type("userIdEdit", QStringLiteral("lilei"));
    field<QComboBox>("robotCombo")->setCurrentIndex(1);
    field<QListWidget>("groupsList")->item(1)->setCheckState(Qt::Checked);
    field<QPlainTextEdit>("notesEdit")->setPlainText(QStringLiteral("Database on-call, weekdays."));
    QVERIFY(okEnabled());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("contact-editor-filled-") + language));
    type("nameEdit", QStringLiteral("zhang san"));
    type("phoneEdit", QStringLiteral("138 0013 8000 ext. 5"));
    type("emailEdit", QStringLiteral("li.lei@"));
    QVERIFY(!okEnabled());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("contact-editor-invalid-") + language));
}

QTEST_MAIN(TestContactEditor)
#include "tst_editors_contact.moc"
