// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "secrets/memorysecretstore.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace alertdesk::test {

/// A Workspace on a fresh SQLite file in a temporary directory, with a MemorySecretStore, for unit tests of code that
/// needs a workspace. The directory and everything in it go away with the object.
class TempWorkspace {
public:
    TempWorkspace();
    Workspace& workspace() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    MemorySecretStore& secrets() { return *m_secrets; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    MemorySecretStore* m_secrets = nullptr; // owned by the workspace
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace alertdesk::test
