// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "appcontroller.h"

#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "workspace.h"
#include "workspaceproblemwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace alertdesk {

AppController::AppController(SecretStoreFactory secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(std::move(secrets))
{}

AppController::~AppController()
{
    delete m_window;
    delete m_problem;
}

Result<void> AppController::open(const QString& databasePath)
{
    auto opened = Workspace::open(databasePath, m_secrets(), Database::windowLockWait);
    if (!opened) {
        return opened.error();
    }
    m_workspace = std::move(opened).value();
    m_window = createWindow();
    m_window->showResult(tr("Opened %1.").arg(QFileInfo(databasePath).fileName()));
    return {};
}

void AppController::start(const QString& databasePath)
{
    if (const Result<void> opened = open(databasePath); !opened)
        return showProblem(databasePath, opened.error().message);
    m_window->show();
}

void AppController::showProblem(const QString& databasePath, const QString& reason)
{
    if (!m_problem) {
        m_problem = new WorkspaceProblemWindow;
        connect(m_problem, &WorkspaceProblemWindow::openRequested, this, &AppController::retryFromProblem);
    }
    m_problem->showProblem(databasePath, reason);
    m_problem->show();
    m_problem->raise();
}

void AppController::retryFromProblem(const QString& databasePath)
{
    const bool existed = QFileInfo::exists(databasePath);
    if (const Result<void> opened = open(databasePath); !opened)
        return showProblem(databasePath, opened.error().message);
    if (!existed)
        m_window->showResult(tr("Created %1.").arg(QFileInfo(databasePath).fileName()));
    m_window->show();
    // Still inside the problem window's button: retire it on the next turn of the event loop.
    m_problem->hide();
    m_problem->deleteLater();
    m_problem = nullptr;
}

MainWindow* AppController::createWindow()
{
    auto* window = new MainWindow(*m_workspace);
    connect(window, &MainWindow::openWorkspaceRequested, this, &AppController::reopen);
    return window;
}

void AppController::reopen(const QString& databasePath)
{
    const bool existed = QFileInfo::exists(databasePath);
    auto opened = Workspace::open(databasePath, m_secrets(), Database::windowLockWait);
    if (!opened) {
        QMessageBox::warning(m_window, tr("Could not open the workspace"), opened.error().message);
        m_window->showResult(tr("Could not open %1.").arg(QDir::toNativeSeparators(databasePath)));
        return;
    }

    // The old window is still inside the menu action that asked for this: retire it on the next turn of the event
    // loop, and its workspace with it.
    MainWindow* oldWindow = m_window;
    Workspace* oldWorkspace = m_workspace.release();
    oldWindow->saveUiState();
    connect(oldWindow, &QObject::destroyed, this, [oldWorkspace] { delete oldWorkspace; });

    m_workspace = std::move(opened).value();
    m_window = createWindow();
    m_window->show();
    m_window->showResult(existed ? tr("Opened %1.").arg(QFileInfo(databasePath).fileName())
                                 : tr("Created %1.").arg(QFileInfo(databasePath).fileName()));
    oldWindow->hide();
    oldWindow->deleteLater();
}

} // namespace alertdesk
