// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// "Add DingTalk robot" driven end to end by objectName, offscreen: Next gating on every step, the Alarm/Dispatch
// warning, IPv6 refused, a keychain failure at Finish, a delivered test send and a DingTalk error, each step
// photographed in English and Chinese.
#include "fakedingtalkserver.h"
#include "guitest.h"
#include "secrets/robotkeychain.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/avatarpicker.h"
#include "widgets/keywordseditor.h"
#include "wizards/addrobotwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

const QString token = QStringLiteral("wizardToken0123456789abcdef1a2b");
const QString secret = QStringLiteral("SEC") + QString(64, QLatin1Char('7'));

template <typename T> T* part(QWidget& wizard, const char* name)
{
    T* found = wizard.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QAbstractButton* next(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton);
}

QAbstractButton* finish(QWizard& wizard)
{
    return wizard.button(QWizard::FinishButton);
}

void type(QWidget& wizard, const char* lineEdit, const QString& text)
{
    auto* edit = part<QLineEdit>(wizard, lineEdit);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// As the operator does it: copied in DingTalk, pasted here.
void paste(QWidget& wizard, const char* lineEdit, const QString& text)
{
    auto* edit = part<QLineEdit>(wizard, lineEdit);
    QVERIFY(edit);
    edit->clear();
    QGuiApplication::clipboard()->setText(text);
    edit->paste();
}

// Lets pending layout requests run first, so the picture shows the page as the operator would see it.
bool shot(QWidget& wizard, const QString& name)
{
    QCoreApplication::sendPostedEvents();
    return saveScreenshot(wizard, name);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAddRobotWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void endToEnd_data();
    void endToEnd();
    void gatingAndWarnings_data();
    void gatingAndWarnings();
    void nameMustBeUnique();
    void keychainFailureStoresNothing_data();
    void keychainFailureStoresNothing();
    void dingTalkErrorIsExplained_data();
    void dingTalkErrorIsExplained();

private:
    void languages();
    /// Profile "ops" (with a picture), the security given, terms ticked: ends on the webhook page.
    void driveToWebhook(AddRobotWizard& wizard, const QString& shotPrefix);
    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<FakeDingTalkServer> m_fake;
    QString m_language;
};

void TestAddRobotWizard::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    m_fake = std::make_unique<FakeDingTalkServer>();
    QVERIFY(m_fake->listen());
    m_fake->addRobot({token, armsKeywords(), secret, {QStringLiteral("127.0.0.1")}});
    m_language = QStringLiteral("en");
}

void TestAddRobotWizard::cleanup()
{
    m_fake.reset();
    m_workspace.reset();
}

void TestAddRobotWizard::languages()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAddRobotWizard::driveToWebhook(AddRobotWizard& wizard, const QString& shotPrefix)
{
    const bool shots = !shotPrefix.isEmpty();
    QCOMPARE(wizard.currentId(), int(AddRobotWizard::ProfilePage));
    QVERIFY(!next(wizard)->isEnabled());
    type(wizard, "robotNameInput", QStringLiteral("ops"));
    QVERIFY(next(wizard)->isEnabled());
    // A picture bigger than DingTalk's 256x256 is scaled down before it is kept.
    QImage big(600, 300, QImage::Format_RGB32);
    big.fill(QColor(0x1e, 0x88, 0xe5));
    const QString picture = m_workspace->dir() + QStringLiteral("/big.png");
    QVERIFY(big.save(picture));
    auto* avatar = wizard.findChild<AvatarPicker*>(QStringLiteral("avatarPicker"));
    QVERIFY(avatar);
    QVERIFY(avatar->loadFile(picture));
    if (shots)
        QVERIFY(shot(wizard, shotPrefix + QStringLiteral("1-profile-") + m_language));
    next(wizard)->click();

    QCOMPARE(wizard.currentId(), int(AddRobotWizard::SecurityPage));
    auto* keywords = wizard.findChild<KeywordsEditor*>(QStringLiteral("keywordsEditor"));
    QVERIFY(keywords);
    QCOMPARE(keywords->value(), armsKeywords());
    QVERIFY(!part<QLabel>(wizard, "keywordsWarning")->isVisible());
    QVERIFY(next(wizard)->isEnabled());
    part<QCheckBox>(wizard, "signingCheck")->click();
    QVERIFY(!next(wizard)->isEnabled()); // signing on, no secret yet
    type(wizard, "signingSecretInput", secret);
    QVERIFY(next(wizard)->isEnabled());
    type(wizard, "ipRangeInput", QStringLiteral("127.0.0.1"));
    part<QPushButton>(wizard, "addIpRangeButton")->click();
    if (shots)
        QVERIFY(shot(wizard, shotPrefix + QStringLiteral("2-security-") + m_language));
    next(wizard)->click();

    QCOMPARE(wizard.currentId(), int(AddRobotWizard::TermsPage));
    QVERIFY(!next(wizard)->isEnabled());
    if (shots)
        QVERIFY(shot(wizard, shotPrefix + QStringLiteral("3-terms-unchecked-") + m_language));
    part<QCheckBox>(wizard, "termsCheck")->click();
    QVERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(AddRobotWizard::WebhookPage));
    QVERIFY(!finish(wizard)->isEnabled());
}

void TestAddRobotWizard::endToEnd_data()
{
    languages();
}

void TestAddRobotWizard::endToEnd()
{
    QFETCH(QString, language);
    m_language = language;
    LanguageScope scope(language);
    AddRobotWizard wizard(m_workspace->workspace());
    QSignalSpy added(&wizard, &AddRobotWizard::robotAdded);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToWebhook(wizard, QStringLiteral("wizard-addrobot-"));

    // No token: refused as typed, with the reason.
    type(wizard, "webhookInput", QStringLiteral("https://oapi.dingtalk.com/robot/send"));
    QVERIFY(!finish(wizard)->isEnabled());
    QVERIFY(part<QLabel>(wizard, "webhookProblem")->isVisible());
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-4-webhook-invalid-") + language));

    const QString url = m_fake->endpoint().toString() + QStringLiteral("?access_token=") + token;
    paste(wizard, "webhookInput", QStringLiteral("  ") + url + QStringLiteral("\n"));
    QVERIFY(finish(wizard)->isEnabled());
    const QString shown = part<QLabel>(wizard, "webhookDisplay")->text();
    QVERIFY2(!shown.contains(token.right(4)) && shown.endsWith(QString::fromUtf8("access_token=••••••")),
             qPrintable(shown));
    QCOMPARE(part<QLineEdit>(wizard, "webhookInput")->echoMode(), QLineEdit::Password);
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-4-webhook-") + language));

    finish(wizard)->click();
    QVERIFY(added.wait());
    const QString uuid = added.first().first().toString();
    QCOMPARE(wizard.savedRobotUuid(), uuid);
    QVERIFY(wizard.isVisible()); // stays open for the test send
    auto* result = part<QLabel>(wizard, "testResult");
    QTRY_VERIFY2(result->text().startsWith(QChar(0x2714)),
                 qPrintable(result->text())); // ✔ Delivered, in either language
    QCOMPARE(m_fake->errcodes(), QList<int>{0});

    // Copy webhook: the full URL with its token on the clipboard, never in the window.
    QGuiApplication::clipboard()->clear();
    part<QPushButton>(wizard, "copyWebhookButton")->click();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), url);
    QVERIFY(part<QLabel>(wizard, "copyResult")->isVisible());
    QVERIFY(!part<QLabel>(wizard, "copyResult")->text().contains(token));
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-5-saved-delivered-") + language));

    const Result<Robot> robot = m_workspace->workspace().robots().find(uuid);
    QVERIFY(robot);
    QCOMPARE(robot->name, QStringLiteral("ops"));
    QCOMPARE(robot->keywords, armsKeywords());
    QVERIFY(robot->signing);
    QCOMPARE(robot->ipRanges, QStringList{QStringLiteral("127.0.0.1")});
    QVERIFY(robot->termsAcceptedAt.isValid());
    QCOMPARE(robot->endpoint, m_fake->endpoint());
    const QImage stored = QImage::fromData(robot->avatar);
    QCOMPARE(stored.size(), QSize(256, 128));
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::tokenKey(uuid)), token);
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::secretKey(uuid)), secret);
    const QByteArray file = fileBytes(m_workspace->path()) + fileBytes(m_workspace->path() + QStringLiteral("-wal"));
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains(token.toUtf8()));
    QVERIFY(!file.contains(secret.toUtf8()));

    // Once saved, Finish closes and nothing can be undone from here.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    finish(wizard)->click();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestAddRobotWizard::gatingAndWarnings_data()
{
    languages();
}

void TestAddRobotWizard::gatingAndWarnings()
{
    QFETCH(QString, language);
    m_language = language;
    LanguageScope scope(language);
    AddRobotWizard wizard(m_workspace->workspace());
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    type(wizard, "robotNameInput", QStringLiteral("ops"));
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(AddRobotWizard::SecurityPage));

    // Removing Alarm and Dispatch: the warning names them and errcode 310000; with nothing set, Next is disabled.
    auto* list = part<QListWidget>(wizard, "keywordList");
    list->selectAll();
    part<QPushButton>(wizard, "removeKeywordButton")->click();
    QCOMPARE(list->count(), 0);
    auto* warning = part<QLabel>(wizard, "keywordsWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("310000")));
    QVERIFY(warning->text().contains(QStringLiteral("Alarm")) && warning->text().contains(QStringLiteral("Dispatch")));
    QVERIFY(part<QLabel>(wizard, "securityHint")->isVisible());
    QVERIFY(!next(wizard)->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-2-security-none-warning-") + language));

    // A preset brings a keyword back: Next again (the warning stays: Alarm and Dispatch are still missing).
    auto* keywords = wizard.findChild<KeywordsEditor*>(QStringLiteral("keywordsEditor"));
    keywords->addPreset(QStringLiteral("generic"));
    QCOMPARE(keywords->value(), QStringList{QStringLiteral("alert")});
    QVERIFY(next(wizard)->isEnabled());
    QVERIFY(warning->isVisible());
    keywords->addPreset(QStringLiteral("arms"));
    QVERIFY(!warning->isVisible());

    // IPv6 is refused with the domain's reason, and Next waits while it is in the entry.
    type(wizard, "ipRangeInput", QStringLiteral("2001:db8::1"));
    QVERIFY(!part<QPushButton>(wizard, "addIpRangeButton")->isEnabled());
    auto* ipProblem = part<QLabel>(wizard, "ipRangesProblem");
    QVERIFY(ipProblem->isVisible());
    QVERIFY2(ipProblem->text().contains(QStringLiteral("IPv6")), qPrintable(ipProblem->text()));
    QVERIFY(!next(wizard)->isEnabled());
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-2-security-ipv6-refused-") + language));
    type(wizard, "ipRangeInput", QString());
    QVERIFY(next(wizard)->isEnabled());

    // A signing secret that is not one keeps Next disabled, with the reason; the secret never shows.
    part<QCheckBox>(wizard, "signingCheck")->click();
    type(wizard, "signingSecretInput", QStringLiteral("not-a-secret"));
    QVERIFY(part<QLabel>(wizard, "signingSecretProblem")->isVisible());
    QCOMPARE(part<QLineEdit>(wizard, "signingSecretInput")->echoMode(), QLineEdit::Password);
    QVERIFY(!next(wizard)->isEnabled());
    part<QCheckBox>(wizard, "signingCheck")->click();
    QVERIFY(next(wizard)->isEnabled());

    next(wizard)->click();
    QVERIFY(!next(wizard)->isEnabled()); // terms unchecked
    part<QCheckBox>(wizard, "termsCheck")->click();
    next(wizard)->click();
    QVERIFY(!finish(wizard)->isEnabled()); // no webhook yet
    type(wizard, "webhookInput", QStringLiteral("http://example.com/robot/send?access_token=") + token);
    QVERIFY(!finish(wizard)->isEnabled()); // plain http beyond loopback
    QVERIFY(part<QLabel>(wizard, "webhookProblem")->isVisible());
    wizard.reject();
    QVERIFY(m_workspace->workspace().robots().all()->isEmpty());
}

void TestAddRobotWizard::nameMustBeUnique()
{
    Robot existing;
    existing.name = QStringLiteral("ops");
    existing.keywords = armsKeywords();
    existing.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_workspace->workspace().robots().add(existing));
    AddRobotWizard wizard(m_workspace->workspace());
    wizard.open();
    type(wizard, "robotNameInput", QStringLiteral(" OPS"));
    QVERIFY(!next(wizard)->isEnabled());
    QVERIFY(part<QLabel>(wizard, "robotNameProblem")->text().contains(QStringLiteral("already exists")));
    type(wizard, "robotNameInput", QStringLiteral("ops 2"));
    QVERIFY(next(wizard)->isEnabled());
}

void TestAddRobotWizard::keychainFailureStoresNothing_data()
{
    languages();
}

void TestAddRobotWizard::keychainFailureStoresNothing()
{
    QFETCH(QString, language);
    m_language = language;
    LanguageScope scope(language);
    AddRobotWizard wizard(m_workspace->workspace());
    QSignalSpy added(&wizard, &AddRobotWizard::robotAdded);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToWebhook(wizard, QString());
    type(wizard, "webhookInput", m_fake->endpoint().toString() + QStringLiteral("?access_token=") + token);
    m_workspace->secrets().setUnavailable(true);
    finish(wizard)->click();
    auto* status = part<QLabel>(wizard, "saveStatus");
    // "Not saved: ..." in the wizard's language
    const QString notSaved =
        QCoreApplication::translate("alertdesk::RobotWebhookPage",
                                    "Not saved: %1 Nothing was stored; fix it and press Finish again.")
            .section(QStringLiteral("%1"), 0, 0);
    QTRY_VERIFY2(status->text().startsWith(notSaved), qPrintable(status->text()));
    QVERIFY(wizard.isVisible());
    QCOMPARE(added.count(), 0);
    QVERIFY(m_workspace->workspace().robots().all()->isEmpty());
    QVERIFY(m_workspace->secrets().contents().isEmpty());
    QVERIFY(finish(wizard)->isEnabled()); // everything typed is still there: try again
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-4-webhook-keychain-error-") + language));

    m_workspace->secrets().setUnavailable(false);
    part<QCheckBox>(wizard, "sendTestCheck")->setChecked(false);
    finish(wizard)->click();
    QVERIFY(added.wait());
    QCOMPARE(m_workspace->workspace().robots().all()->size(), 1);
    QVERIFY(m_fake->requests().isEmpty());
}

void TestAddRobotWizard::dingTalkErrorIsExplained_data()
{
    languages();
}

void TestAddRobotWizard::dingTalkErrorIsExplained()
{
    QFETCH(QString, language);
    m_language = language;
    LanguageScope scope(language);
    // DingTalk's robot asks for a keyword the test message lacks.
    m_fake->addRobot({token, {QStringLiteral("Deploy")}, secret, {}});
    AddRobotWizard wizard(m_workspace->workspace());
    QSignalSpy added(&wizard, &AddRobotWizard::robotAdded);
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    driveToWebhook(wizard, QString());
    type(wizard, "webhookInput", m_fake->endpoint().toString() + QStringLiteral("?access_token=") + token);
    finish(wizard)->click();
    QVERIFY(added.wait());
    auto* result = part<QLabel>(wizard, "testResult");
    QTRY_VERIFY2(result->text().contains(QStringLiteral("310000")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("keyword"), Qt::CaseInsensitive), qPrintable(result->text()));
    QVERIFY(!result->text().contains(token));
    QVERIFY(shot(wizard, QStringLiteral("wizard-addrobot-5-saved-dingtalk-error-") + language));
}

QTEST_MAIN(TestAddRobotWizard)
#include "tst_addrobotwizard.moc"
