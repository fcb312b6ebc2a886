// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editordialog.h"
#include "dialogs/editors.h"
#include "guitest.h"
#include "secrets/robotkeychain.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "widgets/fieldproblem.h"
#include "widgets/keywordseditor.h"
#include "widgets/signingsecretfield.h"
#include "widgets/webhookfield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace alertdesk;
using editors::Entity;

namespace {
const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString webhook = QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + token;
const QString secret = QStringLiteral("SEC") + QString(64, u'b');
} // namespace

class TestRobotEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newRobotNeedsSecurityWebhookAndTerms();
    void editKeepsStoredSecretsAndNeverShowsThem();
    void keychainErrorKeepsTheDialogOpen();
    void duplicateAsksForTheNewWebhook();
    void screenshots_data();
    void screenshots();

private:
    EditorDialog* openAdd();
    EditorDialog* dialog() const { return m_parent->findChild<EditorDialog*>(QStringLiteral("robotEditor")); }
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
    void fillNewRobot(const QString& name);
    QString storedRobot();
    /// Every text the dialog shows (labels, line edits, tooltips), to prove the secrets are not among them.
    QString shownTexts() const;

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<QWidget> m_parent;
    QStringList m_reports;
};

void TestRobotEditor::init()
{
    m_workspace = std::make_unique<test::TempWorkspace>();
    m_parent = std::make_unique<QWidget>();
    m_reports.clear();
}

void TestRobotEditor::cleanup()
{
    m_parent.reset();
    m_workspace.reset();
}

EditorDialog* TestRobotEditor::openAdd()
{
    editors::openAdd(m_workspace->workspace(), Entity::Robot, m_parent.get(),
                     [this](const QString& report) { m_reports.append(report); });
    if (!dialog())
        qFatal("the robot editor did not open");
    return dialog();
}

void TestRobotEditor::fillNewRobot(const QString& name)
{
    type("nameEdit", name);
    field<KeywordsEditor>("keywordsEditor")->addPreset(QStringLiteral("arms"));
    field<WebhookField>("webhookField")->setValue(webhook);
    field<QCheckBox>("termsCheck")->setChecked(true);
}

QString TestRobotEditor::storedRobot()
{
    openAdd();
    fillNewRobot(QStringLiteral("ops-alerts"));
    auto* signing = field<SigningSecretField>("signingField");
    signing->setSigning(true);
    signing->setValue(secret);
    clickOk();
    // QTRY_* return from a void function only: wait by hand here (the keychain answers asynchronously).
    if (!QTest::qWaitFor([this] { return !dialog(); }))
        return {};
    auto saved = m_workspace->workspace().robots().findByName(QStringLiteral("ops-alerts"));
    return saved ? saved->uuid : QString();
}

QString TestRobotEditor::shownTexts() const
{
    QStringList texts;
    for (const QLabel* label : dialog()->findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit* edit : dialog()->findChildren<QLineEdit*>())
        texts << edit->displayText() << edit->toolTip() << edit->placeholderText();
    return texts.join(u'\n');
}

void TestRobotEditor::newRobotNeedsSecurityWebhookAndTerms()
{
    openAdd();
    QVERIFY(!okEnabled());
    type("nameEdit", QStringLiteral("ops-alerts"));
    QVERIFY(problem("securityProblem").contains(QStringLiteral("without a security setting")));
    field<KeywordsEditor>("keywordsEditor")->addPreset(QStringLiteral("arms"));
    QVERIFY(problem("securityProblem").isEmpty());
    QVERIFY(!okEnabled());
    QVERIFY(!problem("termsProblem").isEmpty());
    field<QCheckBox>("termsCheck")->setChecked(true);
    QVERIFY(problem("termsProblem").isEmpty());
    QVERIFY(!okEnabled()); // no webhook yet
    field<WebhookField>("webhookField")->setValue(QStringLiteral("https://oapi.dingtalk.com/robot/send"));
    QVERIFY(!okEnabled());
    field<WebhookField>("webhookField")->setValue(webhook);
    QVERIFY(okEnabled());
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 5000);
    QCOMPARE(m_reports, QStringList{QStringLiteral("Saved robot “ops-alerts”.")});
    auto saved = m_workspace->workspace().robots().findByName(QStringLiteral("ops-alerts"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->keywords, armsKeywords());
    QVERIFY(saved->termsAcceptedAt.isValid());
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::tokenKey(saved->uuid)), token);
}

void TestRobotEditor::editKeepsStoredSecretsAndNeverShowsThem()
{
    const QString uuid = storedRobot();
    QVERIFY(!uuid.isEmpty());
    editors::openEdit(m_workspace->workspace(), Entity::Robot, uuid, m_parent.get(),
                      [this](const QString& report) { m_reports.append(report); });
    QVERIFY(dialog());
    QVERIFY(okEnabled()); // stored token and secret count, nothing needs pasting
    QVERIFY(!shownTexts().contains(token));
    QVERIFY(!shownTexts().contains(secret));
    QVERIFY(!shownTexts().contains(token.right(8)));
    QVERIFY(field<QLabel>("webhookHint")->text().contains(QStringLiteral("never shown")));
    field<QPlainTextEdit>("notesEdit")->setPlainText(QStringLiteral("Group: 运维告警"));
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 5000);
    QCOMPARE(m_workspace->workspace().robots().find(uuid)->notes, QStringLiteral("Group: 运维告警"));
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::tokenKey(uuid)), token);
    QCOMPARE(m_workspace->secrets().contents().value(RobotKeychain::secretKey(uuid)), secret);
}

void TestRobotEditor::keychainErrorKeepsTheDialogOpen()
{
    m_workspace->secrets().setUnavailable(true);
    EditorDialog* editor = openAdd();
    fillNewRobot(QStringLiteral("ops-alerts"));
    QVERIFY(okEnabled());
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->saveError().isEmpty(), 5000);
    QVERIFY(editor->isVisible());
    QVERIFY(!editor->saveError().contains(token));
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("ops-alerts"));
    QVERIFY(okEnabled());
    QVERIFY(m_reports.isEmpty());
    QVERIFY(!m_workspace->workspace().robots().findByName(QStringLiteral("ops-alerts")).ok());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("robot-editor-keychain-error-en")));
}

void TestRobotEditor::duplicateAsksForTheNewWebhook()
{
    const QString uuid = storedRobot();
    QVERIFY(!uuid.isEmpty());
    editors::openDuplicate(m_workspace->workspace(), Entity::Robot, uuid, m_parent.get(), {});
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("ops-alerts (copy)"));
    QCOMPARE(field<KeywordsEditor>("keywordsEditor")->value(), armsKeywords());
    QVERIFY(!okEnabled()); // the copy is another DingTalk robot: its own webhook (and secret) must be pasted
    field<WebhookField>("webhookField")
        ->setValue(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + QString(32, u'c'));
    field<SigningSecretField>("signingField")->setValue(QStringLiteral("SEC") + QString(64, u'd'));
    QVERIFY(okEnabled());
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 5000);
    QVERIFY(m_workspace->workspace().robots().findByName(QStringLiteral("ops-alerts (copy)")).ok());
}

void TestRobotEditor::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestRobotEditor::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    EditorDialog* editor = openAdd();
    auto* tabs = field<QTabWidget>("tabs");
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("robot-editor-empty-") + language));
    fillNewRobot(QStringLiteral("ops-alerts"));
    field<QPlainTextEdit>("notesEdit")->setPlainText(QStringLiteral("Posts to the SRE on-call group."));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(test::saveScreenshot(*editor, QStringLiteral("robot-editor-filled-%1-%2").arg(i + 1).arg(language)));
    }
    QVERIFY(!shownTexts().contains(token));
    field<KeywordsEditor>("keywordsEditor")->setValue({});
    field<QCheckBox>("termsCheck")->setChecked(false);
    tabs->setCurrentIndex(1);
    QVERIFY(!okEnabled());
    QVERIFY(test::saveScreenshot(*editor, QStringLiteral("robot-editor-invalid-") + language));
}

QTEST_MAIN(TestRobotEditor)
#include "tst_editors_robot.moc"
