// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/preferencesdialog.h"
#include "guitest.h"
#include "startup.h"
#include "storage/settingsrepository.h"
#include "tempworkspace.h"
#include "workspace.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace alertdesk;

class TestPreferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init() { QSettings().clear(); }

    void startsOnTheStoredLanguage();
    void okStoresTheLanguage();
    void systemLanguageRemovesTheSetting();
    void cancelStoresNothing();
    void startupHonoursTheSettingAndLangOverrides();
    void serversTimeZoneIsKeptInTheWorkspace();
    void screenshots_data();
    void screenshots();

private:
    QComboBox* combo(PreferencesDialog& dialog)
    {
        return dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    }
    QPushButton* button(PreferencesDialog& dialog, const char* name)
    {
        return dialog.findChild<QPushButton*>(QString::fromLatin1(name));
    }
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeskTests"));
    // One settings file per run: test runs from several build directories at once must not share UI state.
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences-%1").arg(QCoreApplication::applicationPid()));
}

void TestPreferences::startsOnTheStoredLanguage()
{
    {
        PreferencesDialog dialog;
        QCOMPARE(combo(dialog)->currentData().toString(), QString());
        QCOMPARE(combo(dialog)->count(), 3);
        QCOMPARE(combo(dialog)->itemText(2), QStringLiteral("简体中文"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
        QVERIFY(note->text().contains(QStringLiteral("next time AlertDesk starts")));
    }
    QSettings().setValue(startup::languageSettingKey(), QStringLiteral("zh_CN"));
    PreferencesDialog dialog;
    QCOMPARE(combo(dialog)->currentData().toString(), QStringLiteral("zh_CN"));
}

void TestPreferences::okStoresTheLanguage()
{
    PreferencesDialog dialog;
    dialog.open();
    QSignalSpy saved(&dialog, &PreferencesDialog::saved);
    combo(dialog)->setCurrentIndex(combo(dialog)->findData(QStringLiteral("zh_CN")));
    QTest::mouseClick(button(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().first().toString().contains(QStringLiteral("next time")));
    QVERIFY(!dialog.isVisible());
}

void TestPreferences::systemLanguageRemovesTheSetting()
{
    QSettings().setValue(startup::languageSettingKey(), QStringLiteral("en"));
    PreferencesDialog dialog;
    dialog.open();
    combo(dialog)->setCurrentIndex(0);
    QTest::mouseClick(button(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(!QSettings().contains(startup::languageSettingKey()));
}

void TestPreferences::cancelStoresNothing()
{
    PreferencesDialog dialog;
    dialog.open();
    combo(dialog)->setCurrentIndex(1);
    QTest::mouseClick(button(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!QSettings().contains(startup::languageSettingKey()));
}

void TestPreferences::startupHonoursTheSettingAndLangOverrides()
{
    QCOMPARE(startup::chosenLanguage(QString()), QString());
    QSettings().setValue(startup::languageSettingKey(), QStringLiteral("zh_CN"));
    QCOMPARE(startup::chosenLanguage(QString()), QStringLiteral("zh_CN"));
    QCOMPARE(startup::chosenLanguage(QStringLiteral("en")), QStringLiteral("en")); // --lang en
    QSettings().setValue(startup::languageSettingKey(), QStringLiteral("klingon"));
    QCOMPARE(startup::chosenLanguage(QString()), QString()); // a language AlertDesk lacks: the system's
}

// The servers' time zone: shown only with a workspace, stored in it (not in QSettings), an unknown name refused in
// the dialog, which stays open with what was typed.
void TestPreferences::serversTimeZoneIsKeptInTheWorkspace()
{
    {
        PreferencesDialog dialog;
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("serversTimeZoneCombo"))->isHidden());
    }
    test::TempWorkspace ws;
    PreferencesDialog dialog(nullptr, &ws->settings());
    dialog.show();
    auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("serversTimeZoneCombo"));
    QVERIFY(zone->isVisible());
    QCOMPARE(zone->currentText(), SettingsRepository::systemTimeZone());
    QVERIFY(zone->findText(QStringLiteral("Asia/Shanghai")) >= 0);
    QSignalSpy changed(&dialog, &PreferencesDialog::serversTimeZoneChanged);

    zone->setCurrentText(QStringLiteral("Nowhere/Atlantis"));
    button(dialog, "okButton")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("serversTimeZoneNote"))->text().contains(QStringLiteral("Atlantis")));
    QCOMPARE(changed.count(), 0);

    zone->setCurrentText(QStringLiteral("Asia/Shanghai"));
    button(dialog, "okButton")->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ws->settings().serversTimeZone().value(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("zone")));
}

void TestPreferences::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestPreferences::screenshots()
{
    QFETCH(QString, language);
    const test::LanguageScope scope(language);
    test::TempWorkspace ws;
    QVERIFY(ws->settings().setServersTimeZone(QStringLiteral("Asia/Shanghai")).ok());
    PreferencesDialog dialog(nullptr, &ws->settings());
    dialog.resize(560, dialog.sizeHint().height());
    dialog.open();
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("preferences-dialog-%1").arg(language)));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
