// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace alertdesk {

class Workspace;

/// Imports existing setups into a workspace (docs/export.md, "Import"): read a source into an ImportPlan (nothing is
/// written), show it, then apply it. Applying is all or nothing: the plan is checked against the workspace first
/// (names taken, the DingTalk terms, every domain rule), then the robots' secrets go to the SecretStore, then every
/// record is written in ONE database transaction. When a secret cannot be stored, the secrets already stored are
/// removed again and no record is written; when the transaction fails it is rolled back and the stored secrets are
/// removed. Only fresh keychain keys are ever written (every planned robot has a new uuid), so removing them leaves
/// the keychain as it was.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::Importer)
public:
    /// `alertmanager.yml`, and optionally the bridge's `config.yml` (empty path: none).
    static Result<ImportPlan> readAlertmanager(const QString& alertmanagerPath, const QString& bridgeConfigPath);
    /// `alertdesk-bundle.json`.
    static Result<ImportPlan> readBundle(const QString& path);

    struct Options {
        /// Records whose name is taken in the workspace get " (imported)" (or " (imported 2)"...) appended instead
        /// of failing the import; each rename is noted in the report.
        bool renameConflicts = false;
        /// The operator accepts DingTalk's Custom Robot Service Terms for the robots whose acceptance the source
        /// does not record (robots read from a bridge configuration). Without it such an import is refused.
        bool acceptTerms = false;
    };

    /// Everything apply() checks before writing, without writing: names taken (renamed when asked), terms,
    /// validation. Changes `plan` only by the renames and the terms time. What --dry-run and the preview show.
    static Result<void> prepare(const Workspace& workspace, ImportPlan& plan, const Options& options);

    /// prepare(), then the secrets, then all records in one transaction. `done` runs later (the SecretStore is
    /// asynchronous), with the plan as written, and only while `context` lives.
    static void apply(Workspace& workspace, ImportPlan plan, const Options& options, QObject* context,
                      std::function<void(Result<ImportPlan>)> done);
};

} // namespace alertdesk
