// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QMainWindow>

class QMenu;
class QStackedWidget;

namespace alertdesk {

class ElidedLabel;
class EntityPage;
class KeychainStatus;
class LazyPage;
class NavigationList;
class PreviewPane;
class WebhookClipboard;
class WelcomePanel;
class Workspace;

/// The main window over one open workspace: navigation on the left, the current page in the centre (the four entity
/// pages, Send test alert, Export), menus, and a status bar with the workspace file, the keychain state and the last
/// action's result. An empty workspace opens on a welcome panel until something exists or the operator chooses to
/// start empty (remembered per workspace file). Opening another workspace is asked of whoever owns the workspace
/// (openWorkspaceRequested), which builds a new window on it. UI state (geometry, splitters, sort columns, the last
/// page) persists in QSettings; nothing from the workspace does.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// True once the keychain check has answered, either way.
    bool isKeychainChecked() const { return m_keychainChecked; }
    /// Shows the result of the last action in the status bar's message area.
    void showResult(const QString& message);
    /// Writes geometry, window state, splitters, table headers and the current page to QSettings (UI state only).
    void saveUiState() const;
    bool isWelcomeShown() const;
    /// The entity page with `key` ("robots", "contacts", "groups", "policies"), or nullptr.
    EntityPage* entityPage(const QString& key) const;
    /// Shows the page with `key`; false when there is none.
    bool showPage(const QString& key);

signals:
    void keychainChecked();
    void openWorkspaceRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// The first paint asks the keychain whether it is there (loading its library must not delay that paint).
    bool event(QEvent* event) override;

private:
    void createPages();
    void connectPage(EntityPage* page);
    void createMenus();
    void createFileMenu();
    void createToolsMenu();
    void createStatusBar();
    void updateEditMenu();
    void checkKeychain();
    void restoreUiState();
    void updateWelcome();
    void startEmpty();
    void newWorkspace();
    void openWorkspace();
    void openPreferences();
    void openAddRobotWizard();
    void openImport();
    void openExport();
    void openConnectPolicyWizard();
    void sendTest(const QString& kind, const QString& uuid);
    void copyWebhook(const QString& robotUuid);
    PreviewPane* preview() const;
    void about();

    Workspace& m_workspace;
    QStackedWidget* m_central = nullptr;
    NavigationList* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QList<EntityPage*> m_entityPages;
    LazyPage* m_sendTestPage = nullptr;      ///< builds the preview pane when first shown
    WebhookClipboard* m_clipboard = nullptr; ///< one per window: it clears what it copied
    QMenu* m_editMenu = nullptr;
    ElidedLabel* m_workspacePath = nullptr;
    KeychainStatus* m_keychainStatus = nullptr;
    bool m_keychainChecked = false;
    bool m_keychainAsked = false;
};

} // namespace alertdesk
