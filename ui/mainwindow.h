// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace alertdesk {

class ElidedLabel;
class KeychainStatus;
class NavigationList;
class Workspace;

/// The main window over one open workspace: navigation on the left, the current page in the centre, and a status
/// bar with the workspace file, the keychain state and the last action's result. Opening another workspace is asked
/// of whoever owns the workspace (openWorkspaceRequested), which builds a new window on it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// True once the keychain check has answered, either way.
    bool isKeychainChecked() const { return m_keychainChecked; }
    /// Shows the result of the last action in the status bar's message area.
    void showResult(const QString& message);
    /// Writes geometry and the current page to QSettings (UI state only).
    void saveUiState() const;

signals:
    void keychainChecked();
    void openWorkspaceRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void checkKeychain();
    void restoreUiState();
    void newWorkspace();
    void openWorkspace();
    void about();

    Workspace& m_workspace;
    NavigationList* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    ElidedLabel* m_workspacePath = nullptr;
    KeychainStatus* m_keychainStatus = nullptr;
    bool m_keychainChecked = false;
};

} // namespace alertdesk
