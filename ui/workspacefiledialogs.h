// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace alertdesk {

/// The file dialogs behind File → New workspace and File → Open workspace. Each returns the chosen path, or an empty
/// string when the operator cancelled.
class WorkspaceFileDialogs {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::WorkspaceFileDialogs)
public:
    /// A path for a new workspace file that does not exist yet (".sqlite" is added when there is no suffix). An
    /// existing file is refused with a message: New never overwrites or silently opens an existing workspace.
    static QString askNewPath(QWidget* parent, const QString& currentPath);
    static QString askExistingPath(QWidget* parent, const QString& currentPath);
};

} // namespace alertdesk
