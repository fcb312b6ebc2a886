// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace alertdesk {

class MainWindow;
class SecretStore;
class Workspace;
class WorkspaceProblemWindow;

/// Owns the open workspace and the main window on it. File → New/Open workspace ends here: the other file is opened
/// first, and only when that worked does a new window on it replace the old one (the old workspace closes with its
/// window). When it fails, the operator gets the sentence and keeps working in the workspace they had.
class AppController : public QObject {
    Q_OBJECT
public:
    /// Makes the SecretStore for each workspace opened (the keychain in the app, a fake in tests).
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;

    explicit AppController(SecretStoreFactory secrets, QObject* parent = nullptr);
    ~AppController() override;

    /// Opens the first workspace and builds (but does not show) its window (--startup-check, --screenshot).
    Result<void> open(const QString& databasePath);
    /// Opens the first workspace and shows its window; when it cannot be opened, shows why and the ways on.
    void start(const QString& databasePath);
    MainWindow* window() const { return m_window; }
    /// The window shown while no workspace could be opened (nullptr once one is open).
    WorkspaceProblemWindow* problemWindow() const { return m_problem; }
    Workspace* workspace() const { return m_workspace.get(); }

private:
    void reopen(const QString& databasePath);
    void retryFromProblem(const QString& databasePath);
    void showProblem(const QString& databasePath, const QString& reason);
    MainWindow* createWindow();

    SecretStoreFactory m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    MainWindow* m_window = nullptr;              // owned; deleted before m_workspace, which it refers to
    WorkspaceProblemWindow* m_problem = nullptr; // owned
};

} // namespace alertdesk
