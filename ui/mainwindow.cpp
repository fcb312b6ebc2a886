// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "mainwindow.h"

#include "dialogs/editors.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/preferencesdialog.h"
#include "models/entitytablemodel.h"
#include "pages/entitypage.h"
#include "pages/lazypage.h"
#include "pages/pagecatalog.h"
#include "preview/previewpane.h"
#include "resources.h"
#include "secrets/secretstore.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/settingsrepository.h"
#include "userguide.h"
#include "welcome/welcomepanel.h"
#include "widgets/elidedlabel.h"
#include "widgets/keychainstatus.h"
#include "widgets/navigationlist.h"
#include "widgets/webhookclipboard.h"
#include "wizards/addrobotwizard.h"
#include "wizards/connectpolicywizard.h"
#include "workspace.h"
#include "workspacefiledialogs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>

namespace alertdesk {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");
const QString welcomeDismissedKey = QStringLiteral("welcome/dismissed"); ///< workspace paths started empty

std::optional<editors::Entity> entityOf(const QString& pageKey)
{
    if (pageKey == QStringLiteral("robots"))
        return editors::Entity::Robot;
    if (pageKey == QStringLiteral("contacts"))
        return editors::Entity::Contact;
    if (pageKey == QStringLiteral("groups"))
        return editors::Entity::Group;
    if (pageKey == QStringLiteral("policies"))
        return editors::Entity::Policy;
    return std::nullopt;
}

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_clipboard(new WebhookClipboard(workspace, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon(QStringLiteral("alertdesk")));
    setWindowTitle(tr("%1 — AlertDesk").arg(QFileInfo(m_workspace.database().path()).fileName()));
    createPages();
    // Anything added anywhere (a wizard, an import) may end the welcome panel.
    connect(&m_workspace.robots(), &RobotRepository::added, this, &MainWindow::updateWelcome);
    connect(&m_workspace.contacts(), &ContactRepository::added, this, &MainWindow::updateWelcome);
    connect(&m_workspace.groups(), &ContactGroupRepository::added, this, &MainWindow::updateWelcome);
    connect(&m_workspace.policies(), &PolicyRepository::added, this, &MainWindow::updateWelcome);
    createMenus();
    createStatusBar();
    restoreUiState();
    updateWelcome();
    m_keychainStatus->setChecking();
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
        if (auto* lazy = qobject_cast<LazyPage*>(page.widget)) {
            connect(lazy, &LazyPage::built, this, [this, lazy](QWidget* content) {
                auto* entityPage = qobject_cast<EntityPage*>(content);
                if (!entityPage)
                    return;
                m_entityPages << entityPage;
                connectPage(entityPage);
                entityPage->restoreState(QSettings());
                if (m_pages->currentWidget() == lazy)
                    updateEditMenu();
            });
        }
    }
    m_sendTestPage = m_pages->findChild<LazyPage*>(QStringLiteral("send-testPage"));
    connect(m_sendTestPage, &LazyPage::built, this, [this](QWidget* content) {
        connect(content->findChild<PreviewPane*>(), &PreviewPane::resultReported, this, &MainWindow::showResult);
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateEditMenu);

    auto* content = new QWidget(this);
    auto* layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);

    if (auto* exportPage = m_pages->findChild<LazyPage*>(QStringLiteral("exportPage"))) {
        connect(exportPage, &LazyPage::built, this, [this](QWidget* page) {
            if (auto* exportButton = page->findChild<QPushButton*>(QStringLiteral("openExportButton")))
                connect(exportButton, &QPushButton::clicked, this, &MainWindow::openExport);
        });
    }

    // The welcome panel joins m_central only when a workspace is empty (updateWelcome).
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(content);
    setCentralWidget(m_central);
}

void MainWindow::connectPage(EntityPage* page)
{
    // Each page asks; the editors, the webhook clipboard and the preview pane answer.
    const editors::Entity entity = *entityOf(page->key());
    const editors::Report report = [window = QPointer<MainWindow>(this)](const QString& sentence) {
        if (window)
            window->showResult(sentence);
    };
    connect(page, &EntityPage::addRequested, this,
            [this, entity, report] { editors::openAdd(m_workspace, entity, this, report); });
    connect(page, &EntityPage::editRequested, this, [this, entity, report](const QString& uuid) {
        editors::openEdit(m_workspace, entity, uuid, this, report);
    });
    connect(page, &EntityPage::duplicateRequested, this, [this, entity, report](const QString& uuid) {
        editors::openDuplicate(m_workspace, entity, uuid, this, report);
    });
    connect(page, &EntityPage::deleteRequested, this, [this, entity, report](const QString& uuid) {
        editors::confirmDelete(m_workspace, entity, uuid, this, report);
    });
    connect(page, &EntityPage::copyWebhookRequested, this, &MainWindow::copyWebhook);
    connect(page, &EntityPage::sendTestRequested, this, &MainWindow::sendTest);
    connect(page, &EntityPage::readFailed, this, &MainWindow::showResult);
}

EntityPage* MainWindow::entityPage(const QString& key) const
{
    auto* page = m_pages->findChild<LazyPage*>(key + QStringLiteral("Page"), Qt::FindDirectChildrenOnly);
    return page ? qobject_cast<EntityPage*>(page->content()) : nullptr;
}

bool MainWindow::showPage(const QString& key)
{
    m_central->setCurrentIndex(0);
    return m_navigation->selectKey(key);
}

void MainWindow::createMenus()
{
    createFileMenu();

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* go = view->addAction(item->icon(), item->text(), this, [this, row] {
            m_central->setCurrentIndex(0);
            m_navigation->setCurrentRow(row);
        });
        go->setObjectName(QStringLiteral("actionShowPage%1").arg(row + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    createToolsMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* guideAction = help->addAction(tr("&User guide"), this, [this] {
        const QUrl guide = userGuideUrl();
        if (!QDesktopServices::openUrl(guide))
            showResult(tr("Could not open the user guide; read it at %1.").arg(guide.toDisplayString()));
    });
    guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    QAction* aboutAction = help->addAction(tr("&About AlertDesk"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    updateEditMenu();
}

void MainWindow::createFileMenu()
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
    QAction* importAction = file->addAction(tr("&Import…"), this, &MainWindow::openImport);
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(tr("Ctrl+I", "File|Import")));
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::openExport);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E", "File|Export")));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::createToolsMenu()
{
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction* addRobot = tools->addAction(tr("Add &DingTalk robot…"), this, &MainWindow::openAddRobotWizard);
    addRobot->setObjectName(QStringLiteral("actionAddRobotWizard"));
    QAction* connectPolicy =
        tools->addAction(tr("&Connect to a notification policy…"), this, &MainWindow::openConnectPolicyWizard);
    connectPolicy->setObjectName(QStringLiteral("actionConnectPolicyWizard"));
    tools->addSeparator();
    QAction* preferences = tools->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::updateEditMenu()
{
    // The Edit menu holds the actions of the page on show: their shortcuts then work from anywhere in the window,
    // and those of the hidden pages do not.
    m_editMenu->clear();
    auto* lazy = qobject_cast<LazyPage*>(m_pages->currentWidget());
    auto* page = lazy && lazy->isBuilt() ? qobject_cast<EntityPage*>(lazy->content()) : nullptr;
    m_editMenu->menuAction()->setEnabled(page != nullptr);
    if (!page)
        return;
    m_editMenu->addActions(page->pageActions());
    m_editMenu->addSeparator();
    m_editMenu->addAction(page->findAction());
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

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_keychainAsked) {
        m_keychainAsked = true;
        QMetaObject::invokeMethod(this, &MainWindow::checkKeychain, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::checkKeychain()
{
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

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
}

void MainWindow::updateWelcome()
{
    // One cheap query instead of building every page's model (they are built when their page is first shown).
    QSqlQuery query(m_workspace.database().connection());
    const bool empty =
        query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM robots) OR EXISTS(SELECT 1 FROM contacts) "
                                  "OR EXISTS(SELECT 1 FROM contact_groups) "
                                  "OR EXISTS(SELECT 1 FROM policies)")) &&
        query.next() && !query.value(0).toBool();
    const QStringList dismissed = QSettings().value(welcomeDismissedKey).toStringList();
    const bool show = empty && !dismissed.contains(m_workspace.database().path());
    if (show && !m_welcome) {
        m_welcome = new WelcomePanel(m_central);
        connect(m_welcome, &WelcomePanel::startEmptyRequested, this, &MainWindow::startEmpty);
        connect(m_welcome, &WelcomePanel::setUpRequested, this, &MainWindow::openAddRobotWizard);
        connect(m_welcome, &WelcomePanel::importRequested, this, &MainWindow::openImport);
        m_central->addWidget(m_welcome);
    }
    m_central->setCurrentIndex(show ? 1 : 0);
}

void MainWindow::startEmpty()
{
    QSettings settings;
    QStringList dismissed = settings.value(welcomeDismissedKey).toStringList();
    if (!dismissed.contains(m_workspace.database().path()))
        dismissed << m_workspace.database().path();
    settings.setValue(welcomeDismissedKey, dismissed);
    updateWelcome();
}

void MainWindow::saveUiState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, m_navigation->currentKey());
    for (const EntityPage* page : m_entityPages)
        page->saveState(settings);
}

void MainWindow::restoreUiState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize preferred(1120, 800); // the Send test alert page's height, on a 1080p screen
        const QScreen* screen = QGuiApplication::primaryScreen();
        resize(screen ? preferred.boundedTo(screen->availableSize() * 0.9) : preferred);
    }
    restoreState(settings.value(stateKey).toByteArray()); // the entity pages restore theirs when built
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

void MainWindow::openPreferences()
{
    auto* dialog = new PreferencesDialog(this, &m_workspace.settings());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::saved, this, [this](const QString& sentence) { showResult(sentence); });
    connect(dialog, &PreferencesDialog::serversTimeZoneChanged, this, [this] {
        if (m_sendTestPage->isBuilt())
            preview()->refresh();
    });
    dialog->open();
}

void MainWindow::openAddRobotWizard()
{
    auto* wizard = new AddRobotWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AddRobotWizard::robotAdded, this, [this](const QString& uuid) {
        showPage(QStringLiteral("robots"));
        entityPage(QStringLiteral("robots"))->selectUuid(uuid);
    });
    wizard->open();
}

void MainWindow::openImport()
{
    auto* dialog = new ImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::showResult);
    dialog->open();
}

void MainWindow::openExport()
{
    auto* dialog = new ExportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::written, this, &MainWindow::showResult);
    dialog->open();
}

void MainWindow::openConnectPolicyWizard()
{
    auto* wizard = new ConnectPolicyWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::sendTest(const QString& kind, const QString& uuid)
{
    showPage(QStringLiteral("send-test"));
    if (kind == QStringLiteral("robot"))
        preview()->showRobot(uuid);
    else
        preview()->showPolicy(uuid);
}

PreviewPane* MainWindow::preview() const
{
    return m_sendTestPage->content()->findChild<PreviewPane*>();
}

void MainWindow::copyWebhook(const QString& robotUuid)
{
    m_clipboard->copy(robotUuid, [window = QPointer<MainWindow>(this)](Result<void> copied) {
        if (!window)
            return;
        window->showResult(copied ? tr("Webhook copied; the clipboard is cleared in 30 seconds.")
                                  : copied.error().message);
    });
}

void MainWindow::about()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About AlertDesk"),
                                tr("<h3>AlertDesk %1</h3>"
                                   "<p>Sets up DingTalk group-robot alert notifications: robots, contacts, contact "
                                   "groups and notification policies, tested before they reach your servers.</p>"
                                   "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                                    .arg(QStringLiteral(ALERTDESK_VERSION)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace alertdesk
