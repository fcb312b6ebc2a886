// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "domain/robot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace alertdesk {

struct WorkspaceSnapshot;

/// One bridge target: a (policy, robot) pair, named from both slugs.
struct ExportTarget {
    QString name; ///< `^[a-zA-Z][a-zA-Z0-9_-]*$`: "<policy slug>_<robot slug>"
    const Robot* robot = nullptr;
};

/// One enabled policy as the exported files show it.
struct ExportedPolicy {
    const NotificationPolicy* policy = nullptr;
    QString slug;
    MessageSettings message;     ///< the policy's templates, empty ones replaced by AlertDesk's defaults
    QList<ExportTarget> targets; ///< one per enabled robot reached, in robot order
    QStringList mobiles;         ///< of the contacts reached, in order, once each (for @recipients)

    QString receiver() const { return QStringLiteral("alertdesk-") + slug; }
    QString timeInterval() const { return QStringLiteral("alertdesk-") + slug + QStringLiteral("-window"); }
    QString titleDefine() const { return QStringLiteral("alertdesk.") + slug + QStringLiteral(".title"); }
    QString textDefine() const { return QStringLiteral("alertdesk.") + slug + QStringLiteral(".text"); }
};

/// What the exported files are made of: the enabled policies with their names, receivers and targets, the robots
/// they reach, and what the operator should hear about (a policy that reaches no robot, a disabled robot skipped).
/// Pointers point into the snapshot, which must outlive the plan.
struct ExportPlan {
    QList<ExportedPolicy> policies;
    QList<const Robot*> robots; ///< reached by at least one target, in robot order
    QHash<QString, QString> robotSlugs;
    QStringList policiesWithoutRobots; ///< names of enabled policies that reach no enabled robot
    QStringList warnings;              ///< sentences for the report

    static ExportPlan make(const WorkspaceSnapshot& snapshot);
    QString tokenVariable(const Robot& robot) const;
    QString secretVariable(const Robot& robot) const;
};

} // namespace alertdesk
