// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importplan.h"
#include "export/importsource.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

namespace alertdesk {

/// Turns Alertmanager's route tree into policies. Every route whose receiver's webhooks point at bridge targets
/// (`.../dingtalk/<target>/send`) becomes a policy: its matchers and its parents' become one matching rule, its
/// timing is what Alertmanager would use (inherited from the parents), its one active time interval the notification
/// window when it is expressible. AlertDesk's own export (a policy node with `continue: true` and one child per rule)
/// is folded back into one policy with several rules. What AlertDesk cannot hold — other receivers, mute intervals,
/// routes that would only shadow each other in Alertmanager — is noted in the plan's report.
/// A webhook naming a target the bridge configuration lacks is an error.
class ImportRoutes {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ImportRoutes)
public:
    /// `bridge` is std::nullopt when no bridge configuration was given: then no robots can be made, and routes to
    /// the bridge are reported rather than imported.
    static Result<void> plan(const AlertmanagerSource& source, const std::optional<BridgeSource>& bridge,
                             ImportPlan& plan);
};

} // namespace alertdesk
