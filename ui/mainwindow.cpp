// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "mainwindow.h"

#include "pages/pagecatalog.h"
#include "resources.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "widgets/elidedlabel.h"
#include "widgets/keychainstatus.h"
#include "widgets/navigationlist.h"
#include "workspace.h"
#include "workspacefiledialogs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace alertdesk {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/alertdesk.svg")));
    setWindowTitle(tr("%1 — AlertDesk").arg(QFileInfo(m_workspace.database().path()).fileName()));
    createPages();
    createMenus();
    createStatusBar();
    restoreUiState();
    checkKeychain();
}

MainWindow::~MainWindow() = default;

void MainWindow::showResult(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::createPages()
{
    m_navigation = new NavigationList(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    for (const PageEntry& page : PageCatalog::create(m_workspace, m_pages)) {
        m_navigation->addEntry(page.icon, page.title, page.key);
        m_pages->addWidget(page.widget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newAction->setObjectName(QStringLiteral("actionNewWorkspace"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspace);
    openAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* go =
            view->addAction(item->icon(), item->text(), this, [this, row] { m_navigation->setCurrentRow(row); });
        go->setObjectName(QStringLiteral("actionShowPage%1").arg(row + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* aboutAction = help->addAction(tr("&About AlertDesk"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_workspacePath = new ElidedLabel(Qt::ElideMiddle, this);
    m_workspacePath->setPreferredCharacters(60);
    m_workspacePath->setObjectName(QStringLiteral("workspacePath"));
    m_workspacePath->setFullText(QDir::toNativeSeparators(m_workspace.database().path()));
    m_workspacePath->setAccessibleName(tr("Workspace file"));
    m_keychainStatus = new KeychainStatus(this);
    m_keychainStatus->setAccessibleName(tr("Keychain state"));
    statusBar()->addPermanentWidget(m_workspacePath);
    statusBar()->addPermanentWidget(m_keychainStatus);
}

void MainWindow::checkKeychain()
{
    m_keychainStatus->setChecking();
    SecretStore& secrets = m_workspace.secrets();
    secrets.checkAvailable(this, [this, &secrets](const SecretStore::Outcome& outcome) {
        if (outcome.ok()) {
            m_keychainStatus->setAvailable(secrets.backendName());
        } else {
            m_keychainStatus->setUnavailable(outcome.message);
        }
        m_keychainChecked = true;
        emit keychainChecked();
    });
}

void MainWindow::saveUiState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, m_navigation->currentKey());
}

void MainWindow::restoreUiState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize preferred(1120, 720);
        const QScreen* screen = QGuiApplication::primaryScreen();
        resize(screen ? preferred.boundedTo(screen->availableSize() * 0.9) : preferred);
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_navigation->selectKey(settings.value(pageKey).toString())) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}

void MainWindow::newWorkspace()
{
    const QString path = WorkspaceFileDialogs::askNewPath(this, m_workspace.database().path());
    if (!path.isEmpty()) {
        emit openWorkspaceRequested(path);
    }
}

void MainWindow::openWorkspace()
{
    const QString path = WorkspaceFileDialogs::askExistingPath(this, m_workspace.database().path());
    if (!path.isEmpty()) {
        emit openWorkspaceRequested(path);
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About AlertDesk"),
                       tr("<h3>AlertDesk %1</h3>"
                          "<p>Sets up DingTalk group-robot alert notifications: robots, contacts, contact groups and "
                          "notification policies, tested before they reach your servers.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(ALERTDESK_VERSION)));
}

} // namespace alertdesk
