// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// A workspace that cannot be opened at start-up: AlertDesk keeps running, says why, leaves the file's bytes alone and
// offers another workspace (AppController + WorkspaceProblemWindow). And once a workspace is open, a write that meets
// another program's lock answers at once instead of freezing the window.
#include "appcontroller.h"
#include "filehash.h"
#include "guitest.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "workspace.h"
#include "workspacelock.h"
#include "workspaceproblemwindow.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace alertdesk;
using alertdesk::test::fileHash;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

AppController::SecretStoreFactory memorySecrets()
{
    return [] { return std::make_unique<MemorySecretStore>(); };
}

void click(const QWidget& window, const char* button)
{
    auto* found = window.findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY2(found, button);
    QTest::mouseClick(found, Qt::LeftButton);
}

} // namespace

class TestWorkspaceProblem : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void refusedWorkspaceKeepsAlertDeskRunning_data();
    void refusedWorkspaceKeepsAlertDeskRunning();
    void tryAgainOpensTheFixedWorkspace();
    void anotherBadWorkspaceReplacesTheReason();
    void openedWorkspaceAnswersALockAtOnce();
    void screenshots_data();
    void screenshots();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkspaceProblem::refusedWorkspaceKeepsAlertDeskRunning_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sentence"); // what the reason must say besides the file's name
    QTest::addRow("corrupt") << "corrupt"
                             << "not an AlertDesk workspace";
    QTest::addRow("truncated") << "truncated"
                               << "is damaged";
    QTest::addRow("newer schema") << "newer"
                                  << "Update AlertDesk to open it";
    QTest::addRow("read-only") << "readonly"
                               << "Make the file writable";
    QTest::addRow("locked while it needs an upgrade") << "locked"
                                                      << "another program is using it";
    QTest::addRow("folder that cannot be made") << "unreachable"
                                                << "";
}

void TestWorkspaceProblem::refusedWorkspaceKeepsAlertDeskRunning()
{
    QFETCH(QString, kind);
    QFETCH(QString, sentence);
    const QString folder = path(kind);
    QVERIFY(QDir().mkpath(folder));
    QString workspace = folder + QStringLiteral("/workspace.sqlite");
    std::unique_ptr<test::WorkspaceLock> lock;
    if (kind == QStringLiteral("corrupt")) {
        writeFile(workspace, QByteArray("this is not a SQLite database\n").repeated(100));
    } else if (kind == QStringLiteral("locked")) {
        QVERIFY(QFile::copy(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/workspace-v1.sqlite"), workspace));
        QVERIFY(QFile::setPermissions(workspace, QFile::ReadOwner | QFile::WriteOwner));
        lock = std::make_unique<test::WorkspaceLock>(workspace);
        QVERIFY(lock->isHeld());
    } else if (kind == QStringLiteral("unreachable")) {
        writeFile(folder + QStringLiteral("/plain-file"), "a file where a folder should be");
        workspace = folder + QStringLiteral("/plain-file/sub/workspace.sqlite");
    } else {
        {
            auto opened = Workspace::open(workspace, std::make_unique<MemorySecretStore>(), Database::scriptLockWait);
            QVERIFY(opened.ok());
            Contact contact;
            contact.name = QStringLiteral("zhang");
            QVERIFY(opened.value()->contacts().add(contact).ok());
            if (kind == QStringLiteral("newer"))
                QVERIFY(QSqlQuery(opened.value()->database().connection())
                            .exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        if (kind == QStringLiteral("truncated")) {
            QFile file(workspace);
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QStringLiteral("readonly")) {
            QVERIFY(QFile::setPermissions(workspace, QFile::ReadOwner | QFile::ReadGroup));
        }
    }
    const QByteArray before = fileHash(workspace);
    const QStringList filesBefore = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    AppController controller(memorySecrets());
    controller.start(workspace);
    QVERIFY(!controller.window());
    WorkspaceProblemWindow* problem = controller.problemWindow();
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->path(), workspace);
    QVERIFY(!problem->reason().isEmpty());
    QVERIFY2(problem->reason().contains(sentence), qPrintable(problem->reason()));
    const auto* file = problem->findChild<QLabel*>(QStringLiteral("problemFile"));
    QVERIFY(file && file->text().contains(QDir::toNativeSeparators(workspace)));
    QCOMPARE(fileHash(workspace), before); // not a byte changed, no backup, no -wal, no -shm
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);

    // The operator picks another workspace (here: a new one): the main window opens on it, the problem window goes.
    const QString fresh = path(kind + QStringLiteral("-fresh.sqlite"));
    emit problem->openRequested(fresh);
    QVERIFY(controller.window());
    QVERIFY(controller.window()->isVisible());
    QVERIFY(!controller.problemWindow());
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(fileHash(workspace), before);
}

void TestWorkspaceProblem::tryAgainOpensTheFixedWorkspace()
{
    // A read-only workspace is refused (AlertDesk would not be able to save anything); once the operator makes it
    // writable again, Try again opens it.
    const QString workspace = path(QStringLiteral("readonly.sqlite"));
    {
        auto opened = Workspace::open(workspace, std::make_unique<MemorySecretStore>(), Database::scriptLockWait);
        QVERIFY(opened.ok());
    }
    QFile file(workspace);
    const QFile::Permissions writable = file.permissions();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(workspace);

    AppController controller(memorySecrets());
    controller.start(workspace);
    QVERIFY(!controller.window());
    QVERIFY(controller.problemWindow());
    QVERIFY2(controller.problemWindow()->reason().contains(QStringLiteral("read-only")),
             qPrintable(controller.problemWindow()->reason()));
    QCOMPARE(fileHash(workspace), before);

    click(*controller.problemWindow(), "tryAgainButton"); // still read-only: the same answer, still running
    QVERIFY(!controller.window());
    QVERIFY(controller.problemWindow() && controller.problemWindow()->isVisible());

    QVERIFY(file.setPermissions(writable));
    click(*controller.problemWindow(), "tryAgainButton");
    QVERIFY(controller.window());
    QVERIFY(controller.window()->isVisible());
    QVERIFY(!controller.problemWindow());
}

void TestWorkspaceProblem::anotherBadWorkspaceReplacesTheReason()
{
    const QString newer = path(QStringLiteral("newer.sqlite"));
    {
        auto opened = Workspace::open(newer, std::make_unique<MemorySecretStore>(), Database::scriptLockWait);
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QString missingFolder = path(QStringLiteral("plain-file"));
    writeFile(missingFolder, "a file where a folder should be");
    const QString unreachable = missingFolder + QStringLiteral("/sub/workspace.sqlite");

    AppController controller(memorySecrets());
    controller.start(newer);
    WorkspaceProblemWindow* problem = controller.problemWindow();
    QVERIFY(problem);
    const QString newerReason = problem->reason();
    QVERIFY2(newerReason.contains(QStringLiteral("newer")), qPrintable(newerReason));

    emit problem->openRequested(unreachable);
    QCOMPARE(controller.problemWindow(), problem);
    QVERIFY(!controller.window());
    QCOMPARE(problem->path(), unreachable);
    QVERIFY(problem->reason() != newerReason);
    QVERIFY(!problem->reason().isEmpty());
}

void TestWorkspaceProblem::openedWorkspaceAnswersALockAtOnce()
{
    const QString workspace = path(QStringLiteral("shared.sqlite"));
    AppController controller(memorySecrets());
    controller.start(workspace);
    QVERIFY(controller.window());

    // The window's connection waits a quarter of a second for another program's lock, not the scripts' 5 s.
    QSqlQuery timeout(controller.workspace()->database().connection());
    QVERIFY(timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next());
    QCOMPARE(timeout.value(0).toInt(), int(Database::windowLockWait.count()));

    Contact contact;
    contact.name = QStringLiteral("Li Lei");
    contact.phone = QStringLiteral("+86-13800138000");
    {
        test::WorkspaceLock lock(workspace);
        QVERIFY(lock.isHeld());
        const auto added = controller.workspace()->contacts().add(contact);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(QStringLiteral("being changed by another program")),
                 qPrintable(added.error().message));
        QVERIFY(controller.window()->isVisible());
    }
    QVERIFY(controller.workspace()->contacts().add(contact).ok()); // once the other program is done, it works
}

void TestWorkspaceProblem::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : test::screenshotLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestWorkspaceProblem::screenshots()
{
    QFETCH(QString, language);
    test::LanguageScope scope(language);
    const QString corrupt = path(QStringLiteral("damaged-%1.sqlite").arg(language));
    writeFile(corrupt, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\x7f'));
    AppController controller(memorySecrets());
    controller.start(corrupt);
    QVERIFY(controller.problemWindow());
    QVERIFY(test::saveScreenshot(*controller.problemWindow(), QStringLiteral("workspace-problem-") + language));
}

QTEST_MAIN(TestWorkspaceProblem)
#include "tst_workspaceproblem.moc"
