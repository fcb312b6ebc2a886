// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "mainwindow.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "translations.h"
#include "widgets/navigationlist.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
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
    void init();
    void cleanup();

    void navigationListsSixPages();
    void navigationSwitchesPages();
    void statusBarShowsWorkspacePath();
    void keychainStateAvailable();
    void keychainStateUnavailableShowsReason();
    void robotCountFollowsRepository();
    void lastPageIsRemembered();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<MainWindow> showWindow(bool waitForKeychain = true);

    std::unique_ptr<test::TempWorkspace> m_workspace;
    QList<QTranslator*> m_translators;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the operator's configuration
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(QDir().mkpath(QStringLiteral(ALERTDESK_SCREENSHOT_DIR)));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_translators = installTranslations(QLocale(QStringLiteral("en")));
    m_workspace = std::make_unique<test::TempWorkspace>();
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
    window->resize(1120, 720);
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
    QVERIFY(!window.isKeychainChecked());
    QSignalSpy checked(&window, &MainWindow::keychainChecked);
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
    QCOMPARE(labelText(*window, "contactCount"), QStringLiteral("No contacts yet"));

    RobotRepository& robots = m_workspace->workspace().robots();
    const auto first = robots.add(sampleRobot(QStringLiteral("Production on-call")));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(labelText(*window, "robotCount"), QStringLiteral("1 robot"));

    const auto second = robots.add(sampleRobot(QStringLiteral("Staging")));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QCOMPARE(labelText(*window, "robotCount"), QStringLiteral("2 robots"));

    QVERIFY(robots.remove(first.value().uuid).ok());
    QCOMPARE(labelText(*window, "robotCount"), QStringLiteral("1 robot"));
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
    const QDir dir(QStringLiteral(ALERTDESK_SCREENSHOT_DIR));
    {
        const auto window = showWindow();
        QVERIFY(window->isKeychainChecked());
        auto* navigation = window->findChild<NavigationList*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            const QString file =
                dir.filePath(QStringLiteral("mainwindow-%1-%2.png").arg(language, navigation->currentKey()));
            QVERIFY2(window->grab().save(file), qPrintable(file));
        }
    }
    m_workspace->secrets().setUnavailable(true);
    const auto window = showWindow();
    const QString file = dir.filePath(QStringLiteral("mainwindow-%1-keychain-unavailable.png").arg(language));
    QVERIFY2(window->grab().save(file), qPrintable(file));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
