// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editordialog.h"
#include "dialogs/editors.h"
#include "guitest.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "tempworkspace.h"
#include "widgets/fieldproblem.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace alertdesk;
using editors::Entity;

class TestGroupEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void okStartsDisabledAndFollowsValidity();
    void filterHidesOtherContactsButKeepsTicks();
    void savesMembers();
    void nameConflictAndDuplicate();
    void storageErrorKeepsTheDialogOpen();
    void screenshots_data();
    void screenshots();

private:
    EditorDialog* openAdd();
    EditorDialog* dialog() const { return m_parent->findChild<EditorDialog*>(QStringLiteral("groupEditor")); }
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
        // QTest types ASCII only: other text is pasted, as an operator with an input method would.
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
    }
    QListWidgetItem* member(const QString& name) const;
    void clickOk() { QTest::mouseClick(field<QPushButton>("okButton"), Qt::LeftButton); }
    QStringList addContacts(const QStringList& names);

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<QWidget> m_parent;
    QStringList m_reports;
};

void TestGroupEditor::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    m_parent = std::make_unique<QWidget>();
    m_reports.clear();
}

void TestGroupEditor::cleanup()
{
    m_parent.reset();
    m_workspace.reset();
}

QStringList TestGroupEditor::addContacts(const QStringList& names)
{
    QStringList uuids;
    for (const QString& name : names) {
        Contact contact;
        contact.name = name;
        auto stored = m_workspace->workspace().contacts().add(contact);
        if (!stored)
            qFatal("cannot add a contact");
        uuids.append(stored->uuid);
    }
    return uuids;
}

EditorDialog* TestGroupEditor::openAdd()
{
    editors::openAdd(m_workspace->workspace(), Entity::Group, m_parent.get(),
                     [this](const QString& report) { m_reports.append(report); });
    if (!dialog())
        qFatal("the group editor did not open");
    return dialog();
}

QListWidgetItem* TestGroupEditor::member(const QString& name) const
{
    const auto found = field<QListWidget>("membersList")->findItems(name, Qt::MatchStartsWith);
    return found.isEmpty() ? nullptr : found.first();
}

void TestGroupEditor::okStartsDisabledAndFollowsValidity()
{
    openAdd();
    QVERIFY(!okEnabled());
    type("nameEdit", QStringLiteral("oncall"));
    QVERIFY(okEnabled());
    type("nameEdit", QString());
    QVERIFY(!okEnabled());
    QVERIFY(problem("nameProblem").contains(QStringLiteral("name is empty")));
    type("nameEdit", QStringLiteral("oncall"));
    type("descriptionEdit", QString(40, u'x'));
    QVERIFY(okEnabled());
}

void TestGroupEditor::filterHidesOtherContactsButKeepsTicks()
{
    addContacts({QStringLiteral("Li Lei"), QStringLiteral("Han Meimei"), QStringLiteral("Zhang San")});
    openAdd();
    member(QStringLiteral("Li Lei"))->setCheckState(Qt::Checked);
    type("memberFilter", QStringLiteral("meimei"));
    QVERIFY(member(QStringLiteral("Li Lei"))->isHidden());
    QVERIFY(!member(QStringLiteral("Han Meimei"))->isHidden());
    QVERIFY(member(QStringLiteral("Zhang San"))->isHidden());
    member(QStringLiteral("Han Meimei"))->setCheckState(Qt::Checked);
    type("memberFilter", QString());
    QVERIFY(!member(QStringLiteral("Zhang San"))->isHidden());
    QCOMPARE(member(QStringLiteral("Li Lei"))->checkState(), Qt::Checked);
}

void TestGroupEditor::savesMembers()
{
    const QStringList uuids = addContacts({QStringLiteral("Li Lei"), QStringLiteral("Han Meimei")});
    openAdd();
    type("nameEdit", QStringLiteral("oncall"));
    type("descriptionEdit", QStringLiteral("值班"));
    member(QStringLiteral("Li Lei"))->setCheckState(Qt::Checked);
    member(QStringLiteral("Han Meimei"))->setCheckState(Qt::Checked);
    clickOk();
    QCOMPARE(m_reports, QStringList{QStringLiteral("Saved contact group “oncall”.")});
    auto saved = m_workspace->workspace().groups().findByName(QStringLiteral("oncall"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->description, QStringLiteral("值班"));
    QCOMPARE(saved->memberUuids.size(), 2);
    QVERIFY(saved->memberUuids.contains(uuids.at(0)) && saved->memberUuids.contains(uuids.at(1)));
}

void TestGroupEditor::nameConflictAndDuplicate()
{
    ContactGroup group;
    group.name = QStringLiteral("oncall");
    group.memberUuids = addContacts({QStringLiteral("Li Lei")});
    auto stored = m_workspace->workspace().groups().add(group);
    QVERIFY(stored.ok());
    openAdd();
    type("nameEdit", QStringLiteral("OnCall"));
    QVERIFY(problem("nameProblem").contains(QStringLiteral("already exists")));
    QVERIFY(!okEnabled());
    dialog()->close();
    QTRY_VERIFY(!dialog());
    editors::openDuplicate(m_workspace->workspace(), Entity::Group, stored->uuid, m_parent.get(), {});
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("oncall (copy)"));
    QCOMPARE(member(QStringLiteral("Li Lei"))->checkState(), Qt::Checked);
    clickOk();
    QCOMPARE(m_workspace->workspace().groups().findByName(QStringLiteral("oncall (copy)"))->memberUuids,
             group.memberUuids);
}

void TestGroupEditor::storageErrorKeepsTheDialogOpen()
{
    QSqlQuery trigger(m_workspace->workspace().database().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contact_groups "
                                        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    EditorDialog* editor = openAdd();
    type("nameEdit", QStringLiteral("oncall"));
    clickOk();
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->saveError().contains(QStringLiteral("disk is full")), qPrintable(editor->saveError()));
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("oncall"));
    QVERIFY(m_reports.isEmpty());
}

void TestGroupEditor::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestGroupEditor::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    addContacts(
        {QStringLiteral("Li Lei"), QStringLiteral("Han Meimei"), QStringLiteral("Zhang San"), QStringLiteral("王五")});
    ContactGroup taken;
    taken.name = QStringLiteral("dba");
    QVERIFY(m_workspace->workspace().groups().add(taken).ok());
    EditorDialog* editor = openAdd();
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("group-editor-empty-") + language));
    type("nameEdit", QStringLiteral("oncall"));
    type("descriptionEdit", QStringLiteral("Database on-call rotation"));
    member(QStringLiteral("Li Lei"))->setCheckState(Qt::Checked);
    member(QStringLiteral("王五"))->setCheckState(Qt::Checked);
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("group-editor-filled-") + language));
    type("nameEdit", QStringLiteral("DBA"));
    QVERIFY(!okEnabled());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("group-editor-invalid-") + language));
}

QTEST_MAIN(TestGroupEditor)
#include "tst_editors_group.moc"
