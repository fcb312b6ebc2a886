// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "demo/demodata.h"
#include "guitest.h"
#include "mainwindow.h"
#include "models/entityfilterproxy.h"
#include "models/entitytablemodel.h"
#include "pages/entitypage.h"
#include "pages/entitypages.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

using namespace alertdesk;

namespace {

Robot robot(const QString& name)
{
    Robot value;
    value.name = name;
    value.keywords = armsKeywords();
    value.ipRanges = {QStringLiteral("10.0.0.0/8")};
    value.termsAcceptedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    return value;
}

Contact contact(const QString& name, const QString& robotUuid = {})
{
    Contact value;
    value.name = name;
    value.phone = QStringLiteral("+86-13800138000");
    value.email = name.simplified().remove(QLatin1Char(' ')).toLower() + QStringLiteral("@example.com");
    value.robotUuid = robotUuid;
    return value;
}

template <typename T> T added(Result<T> result)
{
    if (!result)
        qFatal("add failed: %s", qPrintable(result.error().message));
    return result.value();
}

/// Chinese arrives through the input method, as a committed string, not as key events.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

QStringList column(const QTableView& table, int column)
{
    QStringList cells;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        cells << table.model()->index(row, column).data().toString();
    return cells;
}

} // namespace

class TestEntityPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init();
    void cleanup();

    void filtersAsYouType();
    void ctrlFFocusesSearchAndEscClears();
    void headerClickSorts();
    void detailsPanelShowsTheSelectedRow();
    void actionsFollowTheSelection();
    void doubleClickAndReturnEdit();
    void deleteKeyAsksToDelete();
    void robotPageExtraActions();
    void rowsFollowTheRepository();
    void emptyStateSaysWhatToDo();
    void welcomePanelOnEmptyWorkspace();
    void startEmptyIsRememberedPerWorkspace();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<EntityPage> showPage(EntityPage* page);

    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<test::LanguageScope> m_language;
};

void TestEntityPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeskTests"));
    // One settings file per run: test runs from several build directories at once must not share UI state.
    QCoreApplication::setApplicationName(QStringLiteral("tst_entitypages-%1").arg(QCoreApplication::applicationPid()));
}

void TestEntityPages::init()
{
    QSettings().clear();
    m_language = std::make_unique<test::LanguageScope>(QStringLiteral("en"));
    m_ws = std::make_unique<test::TempWorkspace>();
}

void TestEntityPages::cleanup()
{
    m_ws.reset();
    m_language.reset();
}

std::unique_ptr<EntityPage> TestEntityPages::showPage(EntityPage* page)
{
    std::unique_ptr<EntityPage> owned(page);
    owned->resize(1000, 600);
    owned->show();
    owned->activateWindow();
    if (!QTest::qWaitForWindowActive(owned.get()))
        qWarning("the page did not become active");
    return owned;
}

void TestEntityPages::filtersAsYouType()
{
    const Robot ops = added(m_ws->workspace().robots().add(robot(QStringLiteral("值班机器人"))));
    added(m_ws->workspace().contacts().add(contact(QStringLiteral("Zhang San"), ops.uuid)));
    added(m_ws->workspace().contacts().add(contact(QStringLiteral("Li Si"))));
    added(m_ws->workspace().contacts().add(contact(QStringLiteral("张伟"))));
    const auto page = showPage(EntityPages::contacts(m_ws->workspace(), nullptr));
    QTableView* table = page->table();
    QCOMPARE(table->model()->rowCount(), 3);

    QTest::keyClicks(page->searchField(), QStringLiteral("ZH"));
    QCOMPARE(column(*table, 0), QStringList{QStringLiteral("Zhang San")});
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("contactCount"))->text(), QStringLiteral("1 of 3 shown"));
    page->searchField()->clear();
    commitText(page->searchField(), QStringLiteral("机器人")); // the DingTalk chatbot column
    QCOMPARE(column(*table, 0), QStringList{QStringLiteral("Zhang San")});
    page->searchField()->clear();
    commitText(page->searchField(), QStringLiteral("张"));
    QCOMPARE(column(*table, 0), QStringList{QStringLiteral("张伟")});
    QTest::keyClicks(page->searchField(), QStringLiteral("x"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("contactCount"))->text(),
             QStringLiteral("Nothing matches “张x”."));
}

void TestEntityPages::ctrlFFocusesSearchAndEscClears()
{
    added(m_ws->workspace().robots().add(robot(QStringLiteral("ops"))));
    const auto page = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    page->table()->setFocus();
    QVERIFY(!page->searchField()->hasFocus());
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), QStringLiteral("nothing"));
    QCOMPARE(page->table()->model()->rowCount(), 0);
    QTest::keyClick(page->searchField(), Qt::Key_Escape);
    QCOMPARE(page->searchField()->text(), QString());
    QCOMPARE(page->table()->model()->rowCount(), 1);
}

void TestEntityPages::headerClickSorts()
{
    for (const char* name : {"robot 10", "robot 2", "alpha"})
        added(m_ws->workspace().robots().add(robot(QString::fromUtf8(name))));
    const auto page = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    QTableView* table = page->table();
    QCOMPARE(column(*table, 0),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("robot 2"), QStringLiteral("robot 10")}));
    QHeaderView* header = table->horizontalHeader();
    const QPoint nameSection(header->sectionViewportPosition(0) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameSection);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(column(*table, 0),
             (QStringList{QStringLiteral("robot 10"), QStringLiteral("robot 2"), QStringLiteral("alpha")}));
}

void TestEntityPages::detailsPanelShowsTheSelectedRow()
{
    Robot value = robot(QStringLiteral("ops"));
    value.notes = QStringLiteral("Production <on-call> group");
    const Robot ops = added(m_ws->workspace().robots().add(value));
    added(m_ws->workspace().contacts().add(contact(QStringLiteral("Zhang San"), ops.uuid)));
    const auto page = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    auto* details = page->findChild<QTextBrowser*>(QStringLiteral("details"));
    QVERIFY(details);
    QCOMPARE(details->toPlainText(), QStringLiteral("Select a robot to see its details."));
    QVERIFY(page->selectUuid(ops.uuid));
    const QString text = details->toPlainText();
    for (const char* expected :
         {"Custom keywords\nAlarm, Dispatch", "Signing\nOff", "IP ranges\n10.0.0.0/8", "DingTalk chatbot of\nZhang San",
          "Notes\nProduction <on-call> group", "Terms of Service accepted"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
}

void TestEntityPages::actionsFollowTheSelection()
{
    const Robot ops = added(m_ws->workspace().robots().add(robot(QStringLiteral("ops"))));
    const auto page = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    QVERIFY(page->action(EntityPage::Action::Add)->isEnabled());
    for (auto which : {EntityPage::Action::Edit, EntityPage::Action::Duplicate, EntityPage::Action::Delete,
                       EntityPage::Action::CopyWebhook, EntityPage::Action::SendTest})
        QVERIFY(!page->action(which)->isEnabled());
    QVERIFY(page->selectUuid(ops.uuid));
    for (auto which : {EntityPage::Action::Edit, EntityPage::Action::Duplicate, EntityPage::Action::Delete,
                       EntityPage::Action::CopyWebhook, EntityPage::Action::SendTest})
        QVERIFY(page->action(which)->isEnabled());
    // Filtering the selected row away leaves nothing to act on.
    QTest::keyClicks(page->searchField(), QStringLiteral("zzz"));
    QVERIFY(!page->action(EntityPage::Action::Edit)->isEnabled());
    QCOMPARE(page->currentUuid(), QString());
}

void TestEntityPages::doubleClickAndReturnEdit()
{
    added(m_ws->workspace().contacts().add(contact(QStringLiteral("Li Si"))));
    const Contact zhang = added(m_ws->workspace().contacts().add(contact(QStringLiteral("Zhang San"))));
    const auto page = showPage(EntityPages::contacts(m_ws->workspace(), nullptr));
    QSignalSpy edit(page.get(), &EntityPage::editRequested);
    QTableView* table = page->table();
    const QRect cell = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().toString(), zhang.uuid);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(edit.count(), 2);
}

void TestEntityPages::deleteKeyAsksToDelete()
{
    const Contact zhang = added(m_ws->workspace().contacts().add(contact(QStringLiteral("Zhang San"))));
    const auto page = showPage(EntityPages::contacts(m_ws->workspace(), nullptr));
    QSignalSpy remove(page.get(), &EntityPage::deleteRequested);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(remove.count(), 0); // nothing selected
    QVERIFY(page->selectUuid(zhang.uuid));
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.first().first().toString(), zhang.uuid);
    // In the search field, Delete edits the text.
    page->searchField()->setText(QStringLiteral("ab"));
    page->searchField()->setFocus();
    page->searchField()->setCursorPosition(0);
    QTest::keyClick(page->searchField(), Qt::Key_Delete);
    QCOMPARE(page->searchField()->text(), QStringLiteral("b"));
    QCOMPARE(remove.count(), 1);
}

void TestEntityPages::robotPageExtraActions()
{
    const Robot ops = added(m_ws->workspace().robots().add(robot(QStringLiteral("ops"))));
    const auto robots = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    QVERIFY(robots->action(EntityPage::Action::CopyWebhook)->isVisible());
    QVERIFY(robots->selectUuid(ops.uuid));
    QSignalSpy copy(robots.get(), &EntityPage::copyWebhookRequested);
    QSignalSpy send(robots.get(), &EntityPage::sendTestRequested);
    robots->action(EntityPage::Action::CopyWebhook)->trigger();
    robots->action(EntityPage::Action::SendTest)->trigger();
    QCOMPARE(copy.first().first().toString(), ops.uuid);
    QCOMPARE(send.first(), (QVariantList{QStringLiteral("robot"), ops.uuid}));

    const auto contacts = showPage(EntityPages::contacts(m_ws->workspace(), nullptr));
    QVERIFY(!contacts->action(EntityPage::Action::CopyWebhook)->isVisible());
    QVERIFY(!contacts->action(EntityPage::Action::SendTest)->isVisible());
    const auto policies = showPage(EntityPages::policies(m_ws->workspace(), nullptr));
    QVERIFY(!policies->action(EntityPage::Action::CopyWebhook)->isVisible());
    QVERIFY(policies->action(EntityPage::Action::SendTest)->isVisible());
}

void TestEntityPages::rowsFollowTheRepository()
{
    const auto page = showPage(EntityPages::robots(m_ws->workspace(), nullptr));
    QVERIFY(page->isEmptyStateShown());
    const Robot ops = added(m_ws->workspace().robots().add(robot(QStringLiteral("ops"))));
    QVERIFY(!page->isEmptyStateShown());
    QCOMPARE(column(*page->table(), 0), QStringList{QStringLiteral("ops")});
    QVERIFY(page->selectUuid(ops.uuid));

    Robot renamed = ops;
    renamed.name = QStringLiteral("告警-生产");
    QVERIFY(m_ws->workspace().robots().update(renamed).ok());
    QCOMPARE(column(*page->table(), 0), QStringList{QStringLiteral("告警-生产")});
    QCOMPARE(page->currentUuid(), ops.uuid); // the selection survives the change
    QVERIFY(page->findChild<QTextBrowser*>(QStringLiteral("details"))
                ->toPlainText()
                .startsWith(QStringLiteral("告警-生产")));

    QVERIFY(m_ws->workspace().robots().remove(ops.uuid).ok());
    QCOMPARE(page->table()->model()->rowCount(), 0);
    QVERIFY(page->isEmptyStateShown());
    QCOMPARE(page->currentUuid(), QString());
}

void TestEntityPages::emptyStateSaysWhatToDo()
{
    const auto page = showPage(EntityPages::policies(m_ws->workspace(), nullptr));
    QVERIFY(page->isEmptyStateShown());
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No notification policies yet"));
    QSignalSpy add(page.get(), &EntityPage::addRequested);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("emptyAddButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(add.count(), 1);
    page->setActionAvailable(EntityPage::Action::Add, false);
    QVERIFY(!button->isVisible());
}

void TestEntityPages::welcomePanelOnEmptyWorkspace()
{
    MainWindow window(m_ws->workspace());
    window.show();
    QVERIFY(window.isWelcomeShown());
    added(m_ws->workspace().robots().add(robot(QStringLiteral("ops"))));
    QVERIFY(!window.isWelcomeShown());

    test::TempWorkspace filled;
    added(filled->robots().add(robot(QStringLiteral("ops"))));
    MainWindow other(filled.workspace());
    QVERIFY(!other.isWelcomeShown());
}

void TestEntityPages::startEmptyIsRememberedPerWorkspace()
{
    {
        MainWindow window(m_ws->workspace());
        window.show();
        QVERIFY(window.isWelcomeShown());
        auto* startEmpty = window.findChild<QPushButton*>(QStringLiteral("startEmptyButton"));
        QVERIFY(startEmpty && startEmpty->isVisible());
        QTest::mouseClick(startEmpty, Qt::LeftButton);
        QVERIFY(!window.isWelcomeShown());
    }
    MainWindow again(m_ws->workspace());
    QVERIFY(!again.isWelcomeShown());
    test::TempWorkspace another;
    MainWindow elsewhere(another.workspace());
    QVERIFY(elsewhere.isWelcomeShown());
}

void TestEntityPages::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestEntityPages::screenshots()
{
    QFETCH(QString, language);
    m_language.reset();
    const test::LanguageScope scope(language);
    {
        MainWindow welcome(m_ws->workspace());
        welcome.resize(1120, 720);
        QVERIFY(welcome.isWelcomeShown());
        QVERIFY(test::saveScreenshot(welcome, QStringLiteral("mainwindow-welcome-%1").arg(language)));
    }
    const auto filled = DemoData::fill(m_ws->workspace(), DemoSizes{});
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    added(m_ws->workspace().robots().add(robot(QStringLiteral("值班机器人 生产"))));
    added(m_ws->workspace().robots().add(robot(QStringLiteral("数据库告警"))));
    MainWindow window(m_ws->workspace());
    window.resize(1280, 760);
    for (const QString& key :
         {QStringLiteral("robots"), QStringLiteral("contacts"), QStringLiteral("groups"), QStringLiteral("policies")}) {
        QVERIFY(window.showPage(key));
        EntityPage* page = window.entityPage(key);
        page->table()->selectRow(1);
        QVERIFY(!page->currentUuid().isEmpty());
        QVERIFY(test::saveScreenshot(window, QStringLiteral("page-%1-%2").arg(key, language)));
        const QString details = page->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
        QVERIFY(!details.contains(QStringLiteral("access_token")));
    }
    EntityPage* contacts = window.entityPage(QStringLiteral("contacts"));
    QVERIFY(window.showPage(QStringLiteral("contacts")));
    QTest::keyClicks(contacts->searchField(), QStringLiteral("zh"));
    QVERIFY(test::saveScreenshot(window, QStringLiteral("page-contacts-filtered-%1").arg(language)));
    contacts->searchField()->clear();
}

QTEST_MAIN(TestEntityPages)
#include "tst_entitypages.moc"
