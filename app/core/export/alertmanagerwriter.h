// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "export/exportoptions.h"

namespace alertdesk {

struct ExportPlan;

/// Writes alertmanager.yml (export.md's mapping): a blackhole root; one `continue: true` node per enabled policy
/// with one child per matching rule carrying the rule's matchers and the policy's receiver, timing and notification
/// window; one receiver per policy with a webhook per bridge target. With Alertmanager 0.26+ and a bridge URL that
/// carries a password, the URLs go to files (`url_file`, one file per target below webhook-urls/) instead.
class AlertmanagerWriter {
public:
    static QList<ExportFile> write(const ExportPlan& plan, const ExportOptions& options);
    static QString fileName() { return QStringLiteral("alertmanager.yml"); }
    static QString blackhole() { return QStringLiteral("alertdesk-blackhole"); }
};

} // namespace alertdesk
