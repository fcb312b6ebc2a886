// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "guitest.h"
#include "mainwindow.h"
#include "pages/entitypage.h"
#include "pages/entitypages.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "translations.h"
#include "userguide.h"
#include "widgets/navigationlist.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace alertdesk;

namespace {

Robot sampleRobot(const QString& name)
{
    Robot robot;
    robot.name = name;
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    return robot;
}

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no QLabel named %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init();
    void cleanup();

    void navigationListsSixPages();
    void navigationSwitchesPages();
    void statusBarShowsWorkspacePath();
    void keychainStateAvailable();
    void keychainStateUnavailableShowsReason();
    void robotCountFollowsRepository();
    void lastPageIsRemembered();
    void menusAndShortcuts();
    void editMenuFollowsThePage();
    void tableStateIsRemembered();
    void welcomeCoversAnEmptyWorkspace();
    void sendTestSwitchesToThePreview();
    void aboutAndPreferencesOpenWithoutBlocking();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<MainWindow> showWindow(bool waitForKeychain = true);
    void addRobot(const QString& name);

    std::unique_ptr<test::TempWorkspace> m_workspace;
    QList<QTranslator*> m_translators;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the operator's configuration
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeskTests"));
    // One settings file per run: test runs from several build directories at once must not share UI state.
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(QStringLiteral(ALERTDESK_SCREENSHOT_DIR)));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_translators = installTranslations(QLocale(QStringLiteral("en")));
    m_workspace = std::make_unique<test::TempWorkspace>();
    // Past the welcome panel: most tests are about the pages (welcomeCoversAnEmptyWorkspace is about the panel).
    QSettings().setValue(QStringLiteral("welcome/dismissed"), QStringList{m_workspace->path()});
}

void TestMainWindow::addRobot(const QString& name)
{
    const auto added = m_workspace->workspace().robots().add(sampleRobot(name));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
}

void TestMainWindow::cleanup()
{
    removeTranslations(m_translators);
    m_translators.clear();
    m_workspace.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(bool waitForKeychain)
{
    auto window = std::make_unique<MainWindow>(m_workspace->workspace());
    window->resize(1120, 800); // the default size on a 1080p screen
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("the main window was not exposed");
    }
    if (waitForKeychain && !window->isKeychainChecked()) {
        QSignalSpy checked(window.get(), &MainWindow::keychainChecked);
        checked.wait(5000);
    }
    return window;
}

void TestMainWindow::navigationListsSixPages()
{
    const auto window = showWindow(false);
    const auto* navigation = window->findChild<NavigationList*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    const QStringList expected{QStringLiteral("Robots"),          QStringLiteral("Contacts"),
                               QStringLiteral("Contact groups"),  QStringLiteral("Notification policies"),
                               QStringLiteral("Send test alert"), QStringLiteral("Export")};
    for (int row = 0; row < navigation->count(); ++row) {
        QCOMPARE(navigation->item(row)->text(), expected.at(row));
        QVERIFY2(!navigation->item(row)->icon().isNull(), qPrintable(expected.at(row)));
    }
}

void TestMainWindow::navigationSwitchesPages()
{
    const auto window = showWindow(false);
    auto* navigation = window->findChild<NavigationList*>(QStringLiteral("navigation"));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(navigation);
    QVERIFY(pages);
    QCOMPARE(pages->count(), 6);
    const QStringList pageNames{QStringLiteral("robotsPage"),    QStringLiteral("contactsPage"),
                                QStringLiteral("groupsPage"),    QStringLiteral("policiesPage"),
                                QStringLiteral("send-testPage"), QStringLiteral("exportPage")};
    for (int row = navigation->count() - 1; row >= 0; --row) {
        navigation->setCurrentRow(row);
        QCOMPARE(pages->currentIndex(), row);
        QCOMPARE(pages->currentWidget()->objectName(), pageNames.at(row));
    }
    // Keyboard: Down moves to the next page.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(pages->currentWidget()->objectName(), pageNames.at(1));
}

void TestMainWindow::statusBarShowsWorkspacePath()
{
    const auto window = showWindow(false);
    QCOMPARE(labelText(*window, "workspacePath"), QDir::toNativeSeparators(m_workspace->path()));
}

void TestMainWindow::keychainStateAvailable()
{
    MainWindow window(m_workspace->workspace());
    // The keychain answers asynchronously; until then the window says it is asking.
    QCOMPARE(labelText(window, "keychainState"), QStringLiteral("Keychain: checking…"));
    // It is asked once the window is drawn, so loading the keychain's library never delays the first paint.
    QCoreApplication::processEvents();
    QVERIFY(!window.isKeychainChecked());
    QSignalSpy checked(&window, &MainWindow::keychainChecked);
    window.show();
    QVERIFY(checked.wait(5000));
    QCOMPARE(labelText(window, "keychainState"),
             QStringLiteral("Keychain: available (%1)").arg(m_workspace->secrets().backendName()));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("keychainStateIcon"))->isVisibleTo(&window));
}

void TestMainWindow::keychainStateUnavailableShowsReason()
{
    m_workspace->secrets().setUnavailable(true);
    const auto window = showWindow(false);
    QTRY_VERIFY(window->isKeychainChecked());

    // The reason is the store's own sentence.
    QString reason;
    m_workspace->secrets().checkAvailable(this,
                                          [&reason](const SecretStore::Outcome& outcome) { reason = outcome.message; });
    QTRY_VERIFY(!reason.isEmpty());
    QCOMPARE(labelText(*window, "keychainState"), QStringLiteral("Keychain unavailable: %1").arg(reason));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("keychainStateIcon"))->isVisibleTo(window.get()));
}

void TestMainWindow::robotCountFollowsRepository()
{
    const auto window = showWindow(false);
    QCOMPARE(labelText(*window, "robotCount"), QStringLiteral("No robots yet"));
    // Only the page on show is built at start-up; the others when first shown or asked for.
    QCOMPARE(labelText(*window, "contactCount"), QStringLiteral("<no QLabel named contactCount>"));
    QVERIFY(window->entityPage(QStringLiteral("contacts")));
    QCOMPARE(labelText(*window, "contactCount"), QStringLiteral("No contacts yet"));

    RobotRepository& robots = m_workspace->workspace().robots();
    const auto first = robots.add(sampleRobot(QStringLiteral("Production on-call")));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(labelText(*window, "robotCount"), EntityPages::tr("%n robot(s)", nullptr, 1));

    const auto second = robots.add(sampleRobot(QStringLiteral("Staging")));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QCOMPARE(labelText(*window, "robotCount"), EntityPages::tr("%n robot(s)", nullptr, 2));
    QCOMPARE(window->entityPage(QStringLiteral("robots"))->table()->model()->rowCount(), 2);

    QVERIFY(robots.remove(first.value().uuid).ok());
    QCOMPARE(labelText(*window, "robotCount"), EntityPages::tr("%n robot(s)", nullptr, 1));
}

void TestMainWindow::lastPageIsRemembered()
{
    {
        const auto window = showWindow(false);
        auto* navigation = window->findChild<NavigationList*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->currentKey(), QStringLiteral("robots"));
        navigation->selectKey(QStringLiteral("export"));
        window->close();
    }
    const auto reopened = showWindow(false);
    QCOMPARE(reopened->findChild<NavigationList*>(QStringLiteral("navigation"))->currentKey(),
             QStringLiteral("export"));
    QCOMPARE(reopened->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("exportPage"));
}

void TestMainWindow::menusAndShortcuts()
{
    const auto window = showWindow(false);
    auto menuTexts = [&window](const char* name) {
        QStringList texts;
        const auto* menu = window->findChild<QMenu*>(QString::fromLatin1(name));
        if (!menu)
            return QStringList{QStringLiteral("<no menu %1>").arg(QString::fromLatin1(name))};
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                texts << action->text().remove(QLatin1Char('&'));
        }
        return texts;
    };
    QVERIFY(menuTexts("fileMenu").contains(QStringLiteral("New workspace…")));
    QVERIFY(menuTexts("fileMenu").contains(QStringLiteral("Open workspace…")));
    QVERIFY(menuTexts("fileMenu").contains(QStringLiteral("Quit")));
    QCOMPARE(menuTexts("viewMenu").size(), 6);
    QVERIFY(menuTexts("toolsMenu").contains(QStringLiteral("Preferences…")));
    QVERIFY(menuTexts("helpMenu").contains(QStringLiteral("About AlertDesk")));
    QVERIFY(menuTexts("helpMenu").contains(QStringLiteral("User guide")));
    // From a build directory the guide is the source tree's docs/user-guide.md, a readable local file.
    QVERIFY(userGuideUrl().isLocalFile());
    QVERIFY(QFileInfo(userGuideUrl().toLocalFile()).fileName() == QStringLiteral("user-guide.md"));
    const QStringList order{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                            QStringLiteral("Tools"), QStringLiteral("Help")};
    QStringList bar;
    for (const QAction* action : window->menuBar()->actions())
        bar << action->text().remove(QLatin1Char('&'));
    QCOMPARE(bar, order);

    // Ctrl+1..6 show the six pages.
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    for (int n = 6; n >= 1; --n) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), n - 1);
    }
}

void TestMainWindow::editMenuFollowsThePage()
{
    addRobot(QStringLiteral("ops"));
    const auto window = showWindow(false);
    auto* edit = window->findChild<QMenu*>(QStringLiteral("editMenu"));
    QVERIFY(window->showPage(QStringLiteral("robots")));
    EntityPage* robots = window->entityPage(QStringLiteral("robots"));
    QVERIFY(edit->actions().contains(robots->findAction()));
    QVERIFY(window->showPage(QStringLiteral("contacts")));
    QVERIFY(!edit->actions().contains(robots->findAction()));
    QVERIFY(edit->actions().contains(window->entityPage(QStringLiteral("contacts"))->findAction()));
    // Ctrl+F works from anywhere in the window and reaches the page on show.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->findChild<QWidget*>(QStringLiteral("navigation"))->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->entityPage(QStringLiteral("contacts"))->searchField()->hasFocus());
    QVERIFY(window->showPage(QStringLiteral("send-test")));
    QVERIFY(!edit->menuAction()->isEnabled());
}

void TestMainWindow::tableStateIsRemembered()
{
    addRobot(QStringLiteral("ops"));
    addRobot(QStringLiteral("staging"));
    QByteArray splitterState;
    {
        const auto window = showWindow(false);
        EntityPage* robots = window->entityPage(QStringLiteral("robots"));
        robots->table()->sortByColumn(2, Qt::DescendingOrder);
        robots->table()->horizontalHeader()->resizeSection(0, 250);
        auto* splitter = robots->findChild<QSplitter*>(QStringLiteral("splitter"));
        splitter->setSizes({600, 200});
        splitterState = splitter->saveState();
        window->close();
    }
    const auto reopened = showWindow(false);
    EntityPage* robots = reopened->entityPage(QStringLiteral("robots"));
    QHeaderView* header = robots->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), 2);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(0), 250);
    QCOMPARE(robots->findChild<QSplitter*>(QStringLiteral("splitter"))->saveState(), splitterState);
}

void TestMainWindow::welcomeCoversAnEmptyWorkspace()
{
    QSettings().remove(QStringLiteral("welcome/dismissed"));
    const auto window = showWindow(false);
    QVERIFY(window->isWelcomeShown());
    // Going to a page from the View menu leaves the welcome panel.
    window->findChild<QAction*>(QStringLiteral("actionShowPage2"))->trigger();
    QVERIFY(!window->isWelcomeShown());
}

void TestMainWindow::sendTestSwitchesToThePreview()
{
    addRobot(QStringLiteral("ops"));
    const auto window = showWindow(false);
    QVERIFY(window->showPage(QStringLiteral("robots")));
    EntityPage* robots = window->entityPage(QStringLiteral("robots"));
    robots->table()->selectRow(0);
    QAction* send = robots->action(EntityPage::Action::SendTest);
    QVERIFY(send->isVisible() && send->isEnabled());
    // Every entity action is answered in the window, so all of them are on offer.
    for (auto which : {EntityPage::Action::Add, EntityPage::Action::Edit, EntityPage::Action::Duplicate,
                       EntityPage::Action::Delete, EntityPage::Action::CopyWebhook})
        QVERIFY(robots->action(which)->isVisible());
    send->trigger();
    QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("send-testPage"));
}

void TestMainWindow::aboutAndPreferencesOpenWithoutBlocking()
{
    const auto window = showWindow(false);
    for (const char* name : {"actionAbout", "actionPreferences"}) {
        window->findChild<QAction*>(QString::fromLatin1(name))->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) != nullptr);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestMainWindow::screenshots()
{
    QFETCH(QString, language);
    removeTranslations(m_translators);
    m_translators = installTranslations(QLocale(language));

    for (const QString& name :
         {QStringLiteral("Production on-call"), QStringLiteral("Staging"), QStringLiteral("Database team")}) {
        QVERIFY(m_workspace->workspace().robots().add(sampleRobot(name)).ok());
    }
    {
        const auto window = showWindow();
        QVERIFY(window->isKeychainChecked());
        auto* navigation = window->findChild<NavigationList*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            window->grab(); // the first paint of the page, after which its rows are read
            // The rows follow in the next turn of the event loop; a panel that grows to fit its sentences then has its
            // parents lay out again, one turn each.
            for (int turn = 0; turn < 5; ++turn)
                QCoreApplication::processEvents();
            QVERIFY(test::saveScreenshot(*window,
                                         QStringLiteral("mainwindow-%1-%2").arg(language, navigation->currentKey())));
        }
    }
    {
        const auto window = showWindow();
        for (const char* name : {"actionAbout", "actionPreferences"}) {
            window->findChild<QAction*>(QString::fromLatin1(name))->trigger();
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) != nullptr);
            const QString what = QString::fromLatin1(name) == QStringLiteral("actionAbout")
                                     ? QStringLiteral("about")
                                     : QStringLiteral("preferences");
            QVERIFY(test::saveScreenshot(*dialog, QStringLiteral("dialog-%1-%2").arg(what, language)));
            dialog->reject();
        }
    }
    m_workspace->secrets().setUnavailable(true);
    const auto window = showWindow();
    window->grab();
    QCoreApplication::processEvents();
    QVERIFY(test::saveScreenshot(*window, QStringLiteral("mainwindow-%1-keychain-unavailable").arg(language)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
