// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// "Connect to a notification policy" driven end to end by objectName, offscreen: a contact whose chatbot comes from a
// pasted webhook (through the Add DingTalk robot wizard), a new group, a new policy, a delivered test alert; a DingTalk
// error explained; Cancel keeping or removing what the steps stored. Every step photographed in English and Chinese.
#include "dialogs/contactform.h"
#include "fakedingtalkserver.h"
#include "guitest.h"
#include "preview/previewpane.h"
#include "secrets/robotkeychain.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/testsendrepository.h"
#include "tempworkspace.h"
#include "wizards/addrobotwizard.h"
#include "wizards/connectpolicywizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

const QString token = QStringLiteral("connectToken0123456789abcdef9z8y");

template <typename T> T* part(QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QAbstractButton* next(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton);
}

void type(QWidget& parent, const QString& lineEdit, const QString& text)
{
    auto* edit = part<QLineEdit>(parent, lineEdit);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool shot(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents();
    return saveScreenshot(widget, name);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConnectPolicyWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void endToEnd_data();
    void endToEnd();
    void dingTalkErrorIsExplained_data();
    void dingTalkErrorIsExplained();
    void cancelRemovesWhatWasStored_data();
    void cancelRemovesWhatWasStored();
    void cancelKeepsWhatWasStored();
    void pastedWebhookOfKnownRobotLinksIt();

private:
    /// A robot (token in the keychain) and a contact whose chatbot it is, stored directly.
    QString storeRobotAndContact();
    /// From the contact step (picking the existing contact) to a new policy "critical": ends on Verify.
    void driveToVerify(ConnectPolicyWizard& wizard, bool createGroup);
    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<FakeDingTalkServer> m_fake;
};

void TestConnectPolicyWizard::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    m_fake = std::make_unique<FakeDingTalkServer>();
    QVERIFY(m_fake->listen());
    m_fake->addRobot({token, armsKeywords(), QString(), {}});
}

void TestConnectPolicyWizard::cleanup()
{
    m_fake.reset();
    m_workspace.reset();
}

QString TestConnectPolicyWizard::storeRobotAndContact()
{
    Robot robot;
    robot.name = QStringLiteral("ops robot");
    robot.keywords = armsKeywords();
    robot.endpoint = m_fake->endpoint();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    std::optional<Result<Robot>> added;
    m_workspace->workspace().addRobot(robot, {token, QString()}, this, [&](Result<Robot> saved) { added = saved; });
    if (!QTest::qWaitFor([&] { return added.has_value(); }) || !added->ok())
        return QString();
    Contact contact;
    contact.name = QStringLiteral("Li Si");
    contact.phone = QStringLiteral("13800138000");
    contact.robotUuid = added->value().uuid;
    const auto stored = m_workspace->workspace().contacts().add(contact);
    return stored ? stored->uuid : QString();
}

void TestConnectPolicyWizard::driveToVerify(ConnectPolicyWizard& wizard, bool createGroup)
{
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::ContactPage));
    QVERIFY(part<QRadioButton>(wizard, QStringLiteral("pickContactRadio"))->isChecked());
    QVERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::GroupPage));
    if (createGroup) {
        part<QRadioButton>(wizard, QStringLiteral("createGroupRadio"))->click();
        auto* form = part<QWidget>(wizard, QStringLiteral("groupForm"));
        type(*form, QStringLiteral("nameEdit"), QStringLiteral("oncall"));
    }
    QVERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::PolicyPage));
    auto* policyForm = part<QWidget>(wizard, QStringLiteral("policyForm"));
    type(*policyForm, QStringLiteral("nameEdit"), QStringLiteral("critical"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::VerifyPage));
}

void TestConnectPolicyWizard::endToEnd_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestConnectPolicyWizard::endToEnd()
{
    QFETCH(QString, language);
    LanguageScope scope(language);
    Workspace& workspace = m_workspace->workspace();
    ConnectPolicyWizard wizard(workspace);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // 1. Contact: none exists, so a new one; Next waits for a valid form.
    QVERIFY(part<QRadioButton>(wizard, QStringLiteral("createContactRadio"))->isChecked());
    QVERIFY(!next(wizard)->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-1-contact-empty-") + language));
    auto* contactForm = wizard.findChild<ContactForm*>(QStringLiteral("contactForm"));
    QVERIFY(contactForm);
    type(*contactForm, QStringLiteral("nameEdit"), QStringLiteral("Zhang San"));
    type(*contactForm, QStringLiteral("phoneEdit"), QStringLiteral("+86-13800138000"));
    QTRY_VERIFY(next(wizard)->isEnabled());

    // The chatbot from a pasted webhook: the Add DingTalk robot wizard opens with it filled in.
    auto* chatbot = part<QWidget>(wizard, QStringLiteral("chatbotWebhookField"));
    auto* addRobot = part<QPushButton>(wizard, QStringLiteral("addRobotButton"));
    QVERIFY(!addRobot->isEnabled());
    auto* webhookInput = part<QLineEdit>(*chatbot, QStringLiteral("webhookInput"));
    QGuiApplication::clipboard()->setText(m_fake->endpoint().toString() + QStringLiteral("?access_token=") + token);
    webhookInput->paste();
    QVERIFY(addRobot->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-1-contact-") + language));
    addRobot->click();
    QPointer<AddRobotWizard> robotWizard = wizard.findChild<AddRobotWizard*>();
    QVERIFY(robotWizard);
    QTRY_VERIFY(robotWizard->isVisible());
    QSignalSpy robotAdded(robotWizard.data(), &AddRobotWizard::robotAdded);
    type(*robotWizard, QStringLiteral("robotNameInput"), QStringLiteral("oncall robot"));
    robotWizard->button(QWizard::NextButton)->click();
    robotWizard->button(QWizard::NextButton)->click(); // Alarm and Dispatch as pre-filled
    part<QCheckBox>(*robotWizard, QStringLiteral("termsCheck"))->click();
    robotWizard->button(QWizard::NextButton)->click();
    QCOMPARE(robotWizard->currentId(), int(AddRobotWizard::WebhookPage));
    QVERIFY(robotWizard->button(QWizard::FinishButton)->isEnabled()); // the pasted URL came along
    part<QCheckBox>(*robotWizard, QStringLiteral("sendTestCheck"))->setChecked(false);
    robotWizard->button(QWizard::FinishButton)->click();
    QVERIFY(robotAdded.wait());
    const QString robotUuid = robotAdded.first().first().toString();
    robotWizard->button(QWizard::FinishButton)->click(); // Close
    QTRY_VERIFY(!robotWizard);
    QCOMPARE(contactForm->value().robotUuid, robotUuid);
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-1-contact-chatbot-") + language));
    next(wizard)->click();

    const auto contacts = workspace.contacts().all();
    QCOMPARE(contacts->size(), 1);
    const Contact contact = contacts->first();
    QCOMPARE(contact.robotUuid, robotUuid);
    QCOMPARE(wizard.contactUuid(), contact.uuid);

    // 2. Group: optional; a new one with the contact in it.
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::GroupPage));
    QVERIFY(next(wizard)->isEnabled());
    part<QRadioButton>(wizard, QStringLiteral("createGroupRadio"))->click();
    QVERIFY(!next(wizard)->isEnabled()); // no name yet
    auto* groupForm = part<QWidget>(wizard, QStringLiteral("groupForm"));
    type(*groupForm, QStringLiteral("nameEdit"), QStringLiteral("oncall"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-2-group-") + language));
    next(wizard)->click();
    const auto groups = workspace.groups().all();
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().memberUuids, QStringList{contact.uuid});

    // 3. Policy: the group is its recipient.
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::PolicyPage));
    QVERIFY(!next(wizard)->isEnabled()); // no name yet
    auto* policyForm = part<QWidget>(wizard, QStringLiteral("policyForm"));
    type(*policyForm, QStringLiteral("nameEdit"), QStringLiteral("critical"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-3-policy-") + language));
    next(wizard)->click();
    const auto policies = workspace.policies().all();
    QCOMPARE(policies->size(), 1);
    const QList<Recipient> expected{{Recipient::Kind::Group, groups->first().uuid}};
    QCOMPARE(policies->first().recipients, expected);

    // 4. Verify: the policy's message, then a delivered test alert.
    QCOMPARE(wizard.currentId(), int(ConnectPolicyWizard::VerifyPage));
    QVERIFY(part<QLabel>(wizard, QStringLiteral("verifySummary"))->text().contains(QStringLiteral("oncall robot")));
    auto* pane = part<PreviewPane>(wizard, QStringLiteral("previewPane"));
    QTRY_VERIFY(pane->lastResult().ok());
    QVERIFY(pane->lastResult().message->textForKeywordCheck().contains(QStringLiteral("Alarm")));
    auto* send = part<QPushButton>(wizard, QStringLiteral("sendButton"));
    QTRY_VERIFY(send->isEnabled());
    send->click();
    auto* result = part<QLabel>(wizard, QStringLiteral("sendResult"));
    QTRY_VERIFY2(result->text().startsWith(QChar(0x2714)),
                 qPrintable(result->text())); // ✔ Delivered, in either language
    QCOMPARE(m_fake->errcodes(), QList<int>{0});
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-4-verify-delivered-") + language));

    QVERIFY(!workspace.testSends().recent()->isEmpty());
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::tokenKey(robotUuid)), token);
    const QByteArray file = fileBytes(m_workspace->path()) + fileBytes(m_workspace->path() + QStringLiteral("-wal"));
    QVERIFY(!file.contains(token.toUtf8()));

    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestConnectPolicyWizard::dingTalkErrorIsExplained_data()
{
    endToEnd_data();
}

void TestConnectPolicyWizard::dingTalkErrorIsExplained()
{
    QFETCH(QString, language);
    LanguageScope scope(language);
    QVERIFY(!storeRobotAndContact().isEmpty());
    ConnectPolicyWizard wizard(m_workspace->workspace());
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToVerify(wizard, false);
    m_fake->forceAnswer(qMakePair(310000, QStringLiteral("keywords not in content")));
    auto* send = part<QPushButton>(wizard, QStringLiteral("sendButton"));
    QTRY_VERIFY(send->isEnabled());
    send->click();
    auto* result = part<QLabel>(wizard, QStringLiteral("sendResult"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("310000")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("keyword"), Qt::CaseInsensitive), qPrintable(result->text()));
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-4-verify-dingtalk-error-") + language));
}

void TestConnectPolicyWizard::cancelRemovesWhatWasStored_data()
{
    endToEnd_data();
}

void TestConnectPolicyWizard::cancelRemovesWhatWasStored()
{
    QFETCH(QString, language);
    LanguageScope scope(language);
    const QString contactUuid = storeRobotAndContact();
    QVERIFY(!contactUuid.isEmpty());
    Workspace& workspace = m_workspace->workspace();
    ConnectPolicyWizard wizard(workspace);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToVerify(wizard, true);
    QCOMPARE(workspace.groups().all()->size(), 1);
    QCOMPARE(workspace.policies().all()->size(), 1);

    wizard.button(QWizard::CancelButton)->click();
    auto* question = wizard.findChild<QMessageBox*>(QStringLiteral("cancelQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->informativeText().contains(QStringLiteral("oncall")));
    QVERIFY(question->informativeText().contains(QStringLiteral("critical")));
    QVERIFY(shot(*question, QStringLiteral("wizard-connect-cancel-question-") + language));
    part<QPushButton>(*question, QStringLiteral("removeButton"))->click();
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(workspace.groups().all()->isEmpty());
    QVERIFY(workspace.policies().all()->isEmpty());
    QCOMPARE(workspace.contacts().all()->size(), 1); // picked, not made, by the wizard
}

void TestConnectPolicyWizard::cancelKeepsWhatWasStored()
{
    QVERIFY(!storeRobotAndContact().isEmpty());
    Workspace& workspace = m_workspace->workspace();
    ConnectPolicyWizard wizard(workspace);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToVerify(wizard, true);
    wizard.button(QWizard::CancelButton)->click();
    auto* question = wizard.findChild<QMessageBox*>(QStringLiteral("cancelQuestion"));
    QVERIFY(question);
    part<QPushButton>(*question, QStringLiteral("keepButton"))->click();
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(workspace.groups().all()->size(), 1);
    QCOMPARE(workspace.policies().all()->size(), 1);
}

void TestConnectPolicyWizard::pastedWebhookOfKnownRobotLinksIt()
{
    QVERIFY(!storeRobotAndContact().isEmpty());
    Workspace& workspace = m_workspace->workspace();
    const QString robotUuid = workspace.robots().findByName(QStringLiteral("ops robot"))->uuid;
    ConnectPolicyWizard wizard(workspace);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    part<QRadioButton>(wizard, QStringLiteral("createContactRadio"))->click();
    auto* contactForm = wizard.findChild<ContactForm*>(QStringLiteral("contactForm"));
    type(*contactForm, QStringLiteral("nameEdit"), QStringLiteral("Wang Wu"));
    auto* chatbot = part<QWidget>(wizard, QStringLiteral("chatbotWebhookField"));
    QGuiApplication::clipboard()->setText(m_fake->endpoint().toString() + QStringLiteral("?access_token=") + token);
    part<QLineEdit>(*chatbot, QStringLiteral("webhookInput"))->paste();
    auto* note = part<QLabel>(wizard, QStringLiteral("chatbotLinkNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("ops robot")));
    QCOMPARE(contactForm->value().robotUuid, robotUuid);
    QVERIFY(!part<QPushButton>(wizard, QStringLiteral("addRobotButton"))->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-connect-1-contact-linked-en")));
    next(wizard)->click();
    QCOMPARE(workspace.robots().all()->size(), 1); // no second robot for the same webhook
    QCOMPARE(workspace.contacts().findByName(QStringLiteral("Wang Wu"))->robotUuid, robotUuid);
}

QTEST_MAIN(TestConnectPolicyWizard)
#include "tst_connectpolicywizard.moc"
