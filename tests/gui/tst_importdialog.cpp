// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The Import dialog, driven by objectName: the preview of an ARMS-style Alertmanager + bridge setup and of a
// bundle, errors in the dialog with Import disabled, the terms check box, a real import (tokens to the keychain,
// never on screen), and a second import refused because the names are taken. Screenshots in en and zh_CN.
#include "dialogs/importdialog.h"
#include "guitest.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

QString data(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEST_DATA_DIR "/import/") + name;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

/// Every text the dialog shows, for checking that no secret is on screen.
QString visibleText(QWidget& dialog)
{
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts.append(label->text());
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        texts.append(edit->text());
    const auto* tree = child<QTreeWidget>(dialog, "previewTree");
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it)
        texts.append((*it)->text(0) + u' ' + (*it)->text(1));
    const auto* report = child<QListWidget>(dialog, "reportList");
    for (int i = 0; i < report->count(); ++i)
        texts.append(report->item(i)->text());
    return texts.join(u'\n');
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

private slots:
    void previewsAnAlertmanagerSetup_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : screenshotLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void previewsAnAlertmanagerSetup()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        TempWorkspace ws;
        ImportDialog dialog(ws.workspace());
        QCOMPARE(child<QPushButton>(dialog, "importButton")->isEnabled(), false);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("import-dialog-empty-") + language));

        dialog.setAlertmanagerFiles(data(QStringLiteral("arms/alertmanager.yml")),
                                    data(QStringLiteral("arms/config.yml")));
        auto* tree = child<QTreeWidget>(dialog, "previewTree");
        QCOMPARE(tree->topLevelItemCount(), 3); // robots, contacts, policies
        QCOMPARE(tree->topLevelItem(0)->childCount(), 4);
        QCOMPARE(tree->topLevelItem(2)->childCount(), 5);
        QVERIFY(child<QListWidget>(dialog, "reportList")->count() >= 8);
        auto* terms = child<QCheckBox>(dialog, "termsCheck");
        QVERIFY(terms->isVisibleTo(&dialog));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled()); // terms first
        terms->setChecked(true);
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        const QString shown = visibleText(dialog);
        QVERIFY(!shown.contains(QLatin1String("5f3e8c1a")));
        QVERIFY(!shown.contains(QLatin1String("SEC8d4f")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("import-dialog-alertmanager-") + language));

        dialog.setAlertmanagerFiles(data(QStringLiteral("broken/missing-target.yml")),
                                    data(QStringLiteral("broken/bridge-ops.yml")));
        QVERIFY(child<QLabel>(dialog, "statusLabel")->property("error").toBool());
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("import-dialog-error-") + language));
    }

    void importsAndRefusesTakenNames()
    {
        TempWorkspace ws;
        {
            ImportDialog dialog(ws.workspace());
            dialog.show();
            dialog.setAlertmanagerFiles(data(QStringLiteral("arms/alertmanager.yml")),
                                        data(QStringLiteral("arms/config.yml")));
            child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
            QVERIFY(imported.wait(5000));
            QCOMPARE(imported.first().first().toString(),
                     QStringLiteral("Imported 4 robots, 2 contacts, 0 contact groups and 5 policies."));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(ws->robots().all().value().size(), 4);
        QCOMPARE(ws->policies().all().value().size(), 5);
        QCOMPARE(ws.secrets().contents().size(), 4);

        ImportDialog again(ws.workspace());
        again.setAlertmanagerFiles(data(QStringLiteral("arms/alertmanager.yml")),
                                   data(QStringLiteral("arms/config.yml")));
        auto* status = child<QLabel>(again, "statusLabel");
        QVERIFY2(status->text().contains(QLatin1String("already has a robot named")), qPrintable(status->text()));
        QVERIFY(!child<QPushButton>(again, "importButton")->isEnabled());
        child<QCheckBox>(again, "renameCheck")->setChecked(true);
        QTRY_VERIFY(status->text().startsWith(QLatin1String("Ready")));
        QVERIFY(child<QListWidget>(again, "reportList")->count() > 0);
    }

    void previewsABundle_data() { previewsAnAlertmanagerSetup_data(); }

    void previewsABundle()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        TempWorkspace ws;
        ImportDialog dialog(ws.workspace());
        dialog.setBundleFile(data(QStringLiteral("broken/dangling-bundle.json")));
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("policies[0].recipients[0]")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("import-dialog-bundle-error-") + language));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
