// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The secret hygiene check every GUI screenshot goes through (guitest.h, widgettexts.h) finds a token or signing
// secret wherever a window shows one, and only where it is shown.
#include "guitest.h"
#include "widgettexts.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace alertdesk;

namespace {

const QString kToken = QStringLiteral("5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f");
const QString kSecret = QStringLiteral("SEC0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");

} // namespace

class TestScreenshotSweep : public QObject {
    Q_OBJECT

private slots:
    void cleanWindowPasses()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(
            new QLabel(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=••••••"), &window));
        auto* password = new QLineEdit(kSecret, &window); // shown as dots
        password->setEchoMode(QLineEdit::Password);
        layout->addWidget(password);
        auto* hidden = new QLabel(kToken, &window); // not shown
        hidden->hide();
        layout->addWidget(hidden);
        window.show();
        const QStringList texts = test::widgetTexts(window);
        QVERIFY(!texts.isEmpty());
        QCOMPARE(test::secretLikeText(texts), QString());
        QVERIFY(test::saveScreenshot(window, QStringLiteral("screenshot-sweep-clean")));
    }

    void tokenInALabelIsFound()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("webhook …access_token=") + kToken, &window));
        window.show();
        QVERIFY(test::secretLikeText(test::widgetTexts(window)).contains(kToken));
    }

    void secretInAToolTipOrLineEditIsFound()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(QStringLiteral("Signing"), &window);
        label->setToolTip(kSecret);
        layout->addWidget(label);
        window.show();
        QVERIFY(test::secretLikeText(test::widgetTexts(window)).contains(kSecret));
        label->setToolTip({});
        auto* shown = new QLineEdit(kSecret, &window); // a pasted secret, shown as typed
        layout->addWidget(shown);
        shown->show();
        QVERIFY(test::secretLikeText(test::widgetTexts(window)).contains(kSecret));
    }

    void tokenInATableCellIsFound()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        QStandardItemModel model(3, 2);
        model.setItem(2, 1, new QStandardItem(kToken));
        auto* view = new QTableView(&window);
        view->setModel(&model);
        layout->addWidget(view);
        window.show();
        QVERIFY(test::secretLikeText(test::widgetTexts(window)).contains(kToken));
    }
};

QTEST_MAIN(TestScreenshotSweep)
#include "tst_screenshotsweep.moc"
