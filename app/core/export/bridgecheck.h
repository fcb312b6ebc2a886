// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace alertdesk {

struct ExportPlan;

/// What the check found for one bridge target: its title and text rendered on the sample alerts, or why not.
struct BridgeTargetCheck {
    QString target;
    QString policy;
    bool ok = false;
    QString problem; ///< a sentence naming the policy, with Go's own message; empty when ok
};

/// Loads the exported bridge configuration the way prometheus-webhook-dingtalk v2.1.0 does before it is written
/// (bridge.md): the template file parsed as one set (ParseGlob; the bridge's built-in default.tmpl is off,
/// `no_builtin_template: true`), each policy's templates checked for what the bridge cannot run (a function or
/// construct it lacks, a {{ define }} of the policy's own, alertmanager-dialect functions it renders otherwise), then
/// every target's title and text executed on sample alerts (firing and resolved, with the target's mention mobiles
/// in .AtMobiles, in the servers' time zone). An export whose bridge would refuse to start, or answer 400, is
/// never written: Exporter refuses it with the first problem.
class BridgeCheck {
public:
    /// One entry per target; `fileProblem` is set when the template file as a whole does not load (Go's message).
    static QList<BridgeTargetCheck> run(const ExportPlan& plan, const QByteArray& templatesFile,
                                        const QString& serversTimeZone, QString* fileProblem);
    /// The first problem as an Error (field "bridge"), or nothing when every target renders.
    static Result<void> verdict(const QList<BridgeTargetCheck>& checks, const QString& fileProblem);
};

} // namespace alertdesk
