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

    /// Opens the first workspace and builds (but does not show) its window.
    Result<void> open(const QString& databasePath);
    MainWindow* window() const { return m_window; }

private:
    void reopen(const QString& databasePath);
    MainWindow* createWindow();

    SecretStoreFactory m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    MainWindow* m_window = nullptr; // owned; deleted before m_workspace, which it refers to
};

} // namespace alertdesk
