// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/deleteconfirmation.h"
#include "dialogs/editors.h"
#include "guitest.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/fieldproblem.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace alertdesk;
using editors::Entity;

class TestDeleteConfirmation : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void robotListsUsagesAndDeletesKeychainEntries();
    void contactLeavesGroupsAndPolicies();
    void cancelKeepsEverything();
    void keychainErrorKeepsTheDialogOpen();
    void unusedPolicy();
    void screenshots_data();
    void screenshots();

private:
    DeleteConfirmation* confirm(Entity entity, const QString& uuid);
    DeleteConfirmation* dialog() const
    {
        return m_parent->findChild<DeleteConfirmation*>(QStringLiteral("deleteConfirmation"));
    }
    QStringList usageNames() const;
    void buildWorkspace();

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<QWidget> m_parent;
    QStringList m_reports;
    QString m_robot;
    QString m_contact;
    QString m_group;
    QString m_policy;
};

void TestDeleteConfirmation::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    m_parent = std::make_unique<QWidget>();
    m_reports.clear();
    buildWorkspace();
}

void TestDeleteConfirmation::cleanup()
{
    m_parent.reset();
    m_workspace.reset();
}

void TestDeleteConfirmation::buildWorkspace()
{
    Workspace& ws = m_workspace->workspace();
    Robot robot;
    robot.name = QStringLiteral("ops-alerts");
    robot.keywords = armsKeywords();
    robot.signing = true;
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    bool saved = false;
    ws.addRobot(
        robot,
        RobotSecrets{QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("SEC") + QString(64, u'a')},
        m_parent.get(), [&](Result<Robot> stored) {
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
            m_robot = stored->uuid;
            saved = true;
        });
    QTRY_VERIFY(saved);
    Contact contact;
    contact.name = QStringLiteral("Li Lei");
    contact.robotUuid = m_robot;
    m_contact = ws.contacts().add(contact)->uuid;
    ContactGroup group;
    group.name = QStringLiteral("oncall");
    group.memberUuids = {m_contact};
    m_group = ws.groups().add(group)->uuid;
    NotificationPolicy policy;
    policy.name = QStringLiteral("critical");
    policy.recipients = {{Recipient::Kind::Contact, m_contact}, {Recipient::Kind::Robot, m_robot}};
    m_policy = ws.policies().add(policy)->uuid;
}

DeleteConfirmation* TestDeleteConfirmation::confirm(Entity entity, const QString& uuid)
{
    editors::confirmDelete(m_workspace->workspace(), entity, uuid, m_parent.get(),
                           [this](const QString& report) { m_reports.append(report); });
    return dialog();
}

QStringList TestDeleteConfirmation::usageNames() const
{
    QStringList names;
    auto* tree = dialog()->findChild<QTreeWidget*>(QStringLiteral("usageTree"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            names.append(tree->topLevelItem(i)->child(j)->text(0));
    }
    return names;
}

void TestDeleteConfirmation::robotListsUsagesAndDeletesKeychainEntries()
{
    DeleteConfirmation* confirmation = confirm(Entity::Robot, m_robot);
    QVERIFY(confirmation);
    QVERIFY(confirmation->isVisible());
    QCOMPARE(confirmation->windowModality(), Qt::WindowModal);
    QCOMPARE(confirmation->findChild<QLabel*>(QStringLiteral("question"))->text(),
             QStringLiteral("Delete robot “ops-alerts”?"));
    QCOMPARE(usageNames(), (QStringList{QStringLiteral("Li Lei"), QStringLiteral("critical")}));
    const QString consequences = confirmation->findChild<QLabel*>(QStringLiteral("consequences"))->text();
    QVERIFY(consequences.contains(QStringLiteral("deleted from the keychain")));
    QVERIFY(consequences.contains(QStringLiteral("lose their DingTalk chatbot")));
    QVERIFY(consequences.contains(QStringLiteral("lose it as a recipient")));
    QCOMPARE(m_workspace->secrets().contents().size(), 2);
    QVERIFY(confirmation->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isDefault());

    QTest::mouseClick(confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog());
    QCOMPARE(m_reports, QStringList{QStringLiteral("Deleted robot “ops-alerts” and its keychain entries.")});
    QVERIFY(!m_workspace->workspace().robots().find(m_robot).ok());
    QVERIFY(m_workspace->secrets().contents().isEmpty());
    QVERIFY(m_workspace->workspace().contacts().find(m_contact)->robotUuid.isEmpty());
    QCOMPARE(m_workspace->workspace().policies().find(m_policy)->recipients.size(), 1);
}

void TestDeleteConfirmation::contactLeavesGroupsAndPolicies()
{
    DeleteConfirmation* confirmation = confirm(Entity::Contact, m_contact);
    QCOMPARE(usageNames(), (QStringList{QStringLiteral("oncall"), QStringLiteral("critical")}));
    QVERIFY(confirmation->findChild<QLabel*>(QStringLiteral("consequences"))
                ->text()
                .contains(QStringLiteral("taken out of 1 group")));
    QTest::mouseClick(confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog());
    QCOMPARE(m_reports, QStringList{QStringLiteral("Deleted contact “Li Lei”.")});
    QVERIFY(m_workspace->workspace().groups().find(m_group)->memberUuids.isEmpty());
    QCOMPARE(m_workspace->workspace().policies().find(m_policy)->recipients.size(), 1);
}

void TestDeleteConfirmation::cancelKeepsEverything()
{
    for (const auto& [entity, uuid] : {std::pair{Entity::Group, m_group}, std::pair{Entity::Policy, m_policy}}) {
        DeleteConfirmation* confirmation = confirm(entity, uuid);
        QTest::mouseClick(confirmation->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog());
    }
    QVERIFY(m_reports.isEmpty());
    QVERIFY(m_workspace->workspace().groups().find(m_group).ok());
    QVERIFY(m_workspace->workspace().policies().find(m_policy).ok());
}

void TestDeleteConfirmation::keychainErrorKeepsTheDialogOpen()
{
    m_workspace->secrets().setUnavailable(true);
    DeleteConfirmation* confirmation = confirm(Entity::Robot, m_robot);
    QTest::mouseClick(confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(!confirmation->error().isEmpty());
    QVERIFY(confirmation->isVisible());
    QVERIFY(m_reports.isEmpty());
    QVERIFY(m_workspace->workspace().robots().find(m_robot).ok());
    QVERIFY(confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled()); // try again
    QVERIFY(test::saveScreenshot(*confirmation, QStringLiteral("delete-confirmation-keychain-error-en")));
}

void TestDeleteConfirmation::unusedPolicy()
{
    DeleteConfirmation* confirmation = confirm(Entity::Policy, m_policy);
    QVERIFY(usageNames().isEmpty());
    QVERIFY(!confirmation->findChild<QTreeWidget*>(QStringLiteral("usageTree"))->isVisibleTo(confirmation));
    QTest::mouseClick(confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog());
    QCOMPARE(m_reports, QStringList{QStringLiteral("Deleted notification policy “critical”.")});
}

void TestDeleteConfirmation::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestDeleteConfirmation::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    DeleteConfirmation* confirmation = confirm(Entity::Robot, m_robot);
    QVERIFY(test::saveScreenshot(*confirmation, QStringLiteral("delete-confirmation-robot-") + language));
    confirmation->close();
    QTRY_VERIFY(!dialog());
    confirmation = confirm(Entity::Group, m_group);
    QVERIFY(test::saveScreenshot(*confirmation, QStringLiteral("delete-confirmation-group-") + language));
}

QTEST_MAIN(TestDeleteConfirmation)
#include "tst_deleteconfirmation.moc"
