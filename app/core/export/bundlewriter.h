// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"

namespace alertdesk {

struct WorkspaceSnapshot;

/// Writes alertdesk-bundle.json, the whole workspace for backup and for moving between machines:
/// `{"format":"alertdesk-bundle","version":1,"withSecrets":false,"robots":[...],"contacts":[...],"groups":[...],
/// "policies":[...]}`, each entity as domain/domainjson.h gives it, sorted by name, then uuid. With secrets it starts
/// with a "warning" and ends with `"secrets": {"<robot uuid>": {"accessToken": ..., "signSecret": ...}}` taken from
/// the snapshot. engineer "import" reads this format (import/bundlereader).
class BundleWriter {
public:
    static ExportFile write(const WorkspaceSnapshot& snapshot, bool withSecrets);
    static QString fileName() { return QStringLiteral("alertdesk-bundle.json"); }
    static QString warning()
    {
        return QStringLiteral("This file contains DingTalk access tokens and signing secrets.");
    }
};

} // namespace alertdesk
