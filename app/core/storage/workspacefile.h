// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QSqlError>
#include <QString>

namespace alertdesk {

/// What a workspace file holds before anything opens it for writing.
struct WorkspaceFileState {
    bool isNew = true;   ///< missing, empty, or a SQLite database with no tables and no version yet
    int userVersion = 0; ///< PRAGMA user_version
};

/// Looks at a workspace file without changing a byte of it (internal to Database::open): refuses a path that is a
/// folder, a file that is not SQLite, damaged, marked read-only, a foreign SQLite database, or a schema newer than
/// `newestKnown`; creates the parent folder of a file that does not exist yet.
Result<WorkspaceFileState> inspectWorkspaceFile(const QString& path, int newestKnown);

/// SQLite's "database is locked" (SQLITE_BUSY, SQLITE_LOCKED and their extended codes): another connection holds the
/// lock past the busy timeout.
bool isWorkspaceLocked(const QSqlError& error);
/// The sentence for it: the file (`shown`), that another program is changing it, that nothing was saved, what to do.
Error workspaceLocked(const QString& shown);

} // namespace alertdesk
