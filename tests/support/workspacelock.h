// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>

namespace alertdesk::test {

/// Another program holding a workspace: a SQLite connection of its own with an open BEGIN EXCLUSIVE transaction, as
/// the sqlite3 shell or a second AlertDesk in the middle of a write leaves it. Released (rolled back) on destruction.
/// SQLite's locks hold between connections of one process as between processes, so alertdeskctl started from the
/// test meets the lock exactly as it would meet another program's.
class WorkspaceLock {
public:
    explicit WorkspaceLock(const QString& path);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

    bool isHeld() const { return m_held; }

private:
    QString m_connection;
    bool m_held = false;
};

} // namespace alertdesk::test
