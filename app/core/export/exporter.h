// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "export/exportoptions.h"
#include "result.h"

#include <QObject>
#include <functional>

namespace alertdesk {

class Workspace;
struct WorkspaceSnapshot;

/// Export for servers (docs/export.md): the one code path behind `alertdeskctl export` and the Export dialog.
/// make() turns a snapshot into the files' bytes (same snapshot and options, same bytes); run() takes the snapshot
/// from a workspace, reads the secrets the options need from its SecretStore (asynchronously) and then calls make().
/// Writing the files is ExportDirectory's job.
class Exporter {
public:
    using Done = std::function<void(Result<ExportResult>)>;

    static Result<ExportResult> make(const WorkspaceSnapshot& snapshot, const ExportOptions& options);
    /// `done` runs later, on this thread's event loop, while `context` lives.
    static void run(Workspace& workspace, const ExportOptions& options, QObject* context, Done done);
    /// Whether the options put secrets from the keychain into the files (inline mode, or a bundle with secrets).
    static bool needsSecrets(const ExportOptions& options);
};

} // namespace alertdesk
