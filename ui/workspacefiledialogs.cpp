// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "workspacefiledialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace alertdesk {

namespace {

QString workspaceFilter()
{
    return WorkspaceFileDialogs::tr("AlertDesk workspaces (*.sqlite *.db)") + QStringLiteral(";;") +
           WorkspaceFileDialogs::tr("All files (*)");
}

} // namespace

QString WorkspaceFileDialogs::askNewPath(QWidget* parent, const QString& currentPath)
{
    const QString folder = QFileInfo(currentPath).absolutePath();
    QString path = QFileDialog::getSaveFileName(parent, tr("New workspace"), folder, workspaceFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New workspace"),
                             tr("%1 already exists. Choose another name for the new workspace, or use Open workspace "
                                "to open this one.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString WorkspaceFileDialogs::askExistingPath(QWidget* parent, const QString& currentPath)
{
    const QString folder = QFileInfo(currentPath).absolutePath();
    return QFileDialog::getOpenFileName(parent, tr("Open workspace"), folder, workspaceFilter());
}

} // namespace alertdesk
