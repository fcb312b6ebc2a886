// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "tempworkspace.h"

#include "storage/database.h"

#include <QTest>

namespace alertdesk::test {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("workspace.sqlite")))
{
    auto secrets = std::make_unique<MemorySecretStore>();
    m_secrets = secrets.get();
    auto opened = Workspace::open(m_path, std::move(secrets), Database::windowLockWait); // as the window opens it
    if (!opened.ok())
        qFatal("TempWorkspace: %s", qPrintable(opened.error().message));
    m_workspace = std::move(opened).value();
}

} // namespace alertdesk::test
