// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The Export dialog, driven by objectName: the preview lists the files with their state against the directory, the
// diff shows what changes, secrets never reach the screen, inline secrets need a confirmation naming the files,
// amtool validates, Write writes.
#include "../integration/tst_exportfixtures.h"

#include "dialogs/exportdialog.h"
#include "guitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

QStringList secretsOf(TempWorkspace& ws)
{
    return ws.secrets().contents().values();
}

bool showsNoSecret(ExportDialog& dialog, const QStringList& secrets)
{
    QString shown = child<QPlainTextEdit>(dialog, "diffView")->toPlainText() +
                    child<QLabel>(dialog, "statusLabel")->text() + child<QLabel>(dialog, "reportLabel")->text();
    for (const QString& secret : secrets) {
        if (shown.contains(secret))
            return false;
    }
    return true;
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AlertDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    }
    void init() { QSettings().clear(); }

    void previewDiffAndWrite()
    {
        TempWorkspace ws;
        fillMixed(ws);
        QTemporaryDir dir;
        QFile old(dir.filePath(QStringLiteral("alertmanager.yml")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("route:\n  receiver: old-receiver\n");
        old.close();

        ExportDialog dialog(ws.workspace());
        QSignalSpy ready(&dialog, &ExportDialog::previewReady);
        dialog.setDirectory(dir.path());
        dialog.show();
        QVERIFY(ready.wait(10000)); // the directory change refreshes the preview
        auto* files = child<QListWidget>(dialog, "fileList");
        QCOMPARE(files->count(), 5);
        QVERIFY(files->item(0)->text().startsWith(QLatin1String("alertmanager.yml\nchanged: +")));
        QVERIFY(files->item(1)->text().endsWith(QLatin1String("\nnew")));
        files->setCurrentRow(0);
        const QString diff = child<QPlainTextEdit>(dialog, "diffView")->toPlainText();
        QVERIFY(diff.contains(QLatin1String("-   receiver: old-receiver")));
        QVERIFY(diff.contains(QLatin1String("+     - receiver: alertdesk-blackhole  # policy \"everything\"")));
        QVERIFY(child<QLabel>(dialog, "reportLabel")->text().contains(QLatin1String("nobody reached")));
        QVERIFY(showsNoSecret(dialog, secretsOf(ws)));
        for (const QString& language : screenshotLanguages()) {
            LanguageScope scope(language);
            QVERIFY(saveScreenshot(dialog, QStringLiteral("export-dialog-diff-") + language));
        }

        QSignalSpy written(&dialog, &ExportDialog::written);
        QTest::mouseClick(child<QPushButton>(dialog, "writeButton"), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(written.first().first().toString().startsWith(QLatin1String("Wrote 5 file")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("dingtalk/config.yml"))));
        QTRY_VERIFY_WITH_TIMEOUT(files->count() == 5 && files->item(0)->text().endsWith(QLatin1String("unchanged")),
                                 10000);
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().startsWith(QLatin1String("Wrote 5 file")));
    }

    void inlineNeedsConfirmationNamingTheFiles()
    {
        TempWorkspace ws;
        fillMixed(ws);
        QTemporaryDir dir;
        ExportDialog dialog(ws.workspace());
        QSignalSpy ready(&dialog, &ExportDialog::previewReady);
        dialog.setDirectory(dir.path());
        auto* secrets = child<QComboBox>(dialog, "secretsCombo");
        secrets->setCurrentIndex(secrets->findData(int(ExportOptions::SecretsMode::Inline)));
        dialog.show();
        QVERIFY(ready.wait(10000));
        QCOMPARE(child<QListWidget>(dialog, "fileList")->count(), 4); // no secrets.env.example
        child<QListWidget>(dialog, "fileList")->setCurrentRow(1);
        QVERIFY(child<QPlainTextEdit>(dialog, "diffView")
                    ->toPlainText()
                    .contains(QString::fromUtf8("access_token=••••••")));
        QTest::mouseClick(child<QPushButton>(dialog, "writeButton"), Qt::LeftButton);
        auto* confirm = dialog.findChild<QMessageBox*>(QStringLiteral("confirmSecrets"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(
            confirm->text().contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("dingtalk/config.yml")))));
        QVERIFY(!confirm->text().contains(QLatin1String("alertmanager.yml")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dingtalk/config.yml")))); // nothing before the answer
        for (const QString& language : screenshotLanguages()) {
            LanguageScope scope(language);
            QVERIFY(saveScreenshot(*confirm, QStringLiteral("export-dialog-confirm-secrets-") + language));
        }
        QSignalSpy written(&dialog, &ExportDialog::written);
        QTest::mouseClick(child<QPushButton>(*confirm, "confirmWriteButton"), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QFile config(dir.filePath(QStringLiteral("dingtalk/config.yml")));
        QCOMPARE(config.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains("tok-signing-1"));
        // The directory now holds secrets; the refreshed diff shows them masked.
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2, 10000);
        QVERIFY(child<QListWidget>(dialog, "fileList")->item(1)->text().endsWith(QLatin1String("unchanged")));
        auto* files = child<QListWidget>(dialog, "fileList");
        for (int row = 0; row < files->count(); ++row) {
            files->setCurrentRow(row);
            QVERIFY2(showsNoSecret(dialog, secretsOf(ws)), qPrintable(files->item(row)->text()));
        }
    }

    void cancelWritesNothing()
    {
        TempWorkspace ws;
        fillChinese(ws);
        QTemporaryDir dir;
        ExportDialog dialog(ws.workspace());
        QSignalSpy ready(&dialog, &ExportDialog::previewReady);
        dialog.setDirectory(dir.path());
        child<QCheckBox>(dialog, "bundleSecretsCheck")->setChecked(true);
        dialog.show();
        QVERIFY(ready.wait(10000));
        QCOMPARE(child<QListWidget>(dialog, "fileList")->count(), 5);
        QTest::mouseClick(child<QPushButton>(dialog, "writeButton"), Qt::LeftButton);
        auto* confirm = dialog.findChild<QMessageBox*>(QStringLiteral("confirmSecrets"));
        QVERIFY2(confirm, qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
        QVERIFY(confirm->text().contains(QLatin1String("alertdesk-bundle.json")));
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void validateWithAmtool()
    {
        TempWorkspace ws;
        fillOperators(ws);
        ExportDialog dialog(ws.workspace());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(dialog, "fileList")->count() == 5, 10000);
        auto* validate = child<QPushButton>(dialog, "validateButton");
        QVERIFY2(validate->isEnabled(), "amtool is on PATH in the test environment");
        QVERIFY(!child<QPushButton>(dialog, "writeButton")->isEnabled()); // no directory yet
        QTest::mouseClick(validate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "statusLabel")->text(),
                                  QStringLiteral("amtool check-config: alertmanager.yml is valid."), 30000);
        for (const QString& language : screenshotLanguages()) {
            LanguageScope scope(language);
            QVERIFY(saveScreenshot(dialog, QStringLiteral("export-dialog-validated-") + language));
        }
    }

    void badBridgeUrlIsShown()
    {
        TempWorkspace ws;
        ExportDialog dialog(ws.workspace());
        QSignalSpy ready(&dialog, &ExportDialog::previewReady);
        dialog.show();
        QVERIFY(ready.wait(10000));
        child<QLineEdit>(dialog, "bridgeUrlEdit")->setText(QStringLiteral("ftp://bridge"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("bridge URL")),
                                 10000);
        QVERIFY(!child<QPushButton>(dialog, "writeButton")->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
