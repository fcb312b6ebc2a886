// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importplan.h"
#include "export/importsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace alertdesk {

/// Turns the bridge's targets into planned robots: the webhook is split into endpoint and access token
/// (dingtalk/webhookurl.h), the signing secret kept beside it for the keychain. Targets with the same webhook (an
/// AlertDesk export has one target per policy and robot) become one robot. Targets whose token or secret is a
/// placeholder (`${ALERTDESK_OPS_TOKEN}`) become robots without secrets, with a report note saying how to paste them.
/// Also makes the contacts that stand for `mention.mobiles`.
class ImportTargets {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ImportTargets)
public:
    ImportTargets(const BridgeSource& bridge, ImportPlan& plan);

    /// The uuid of the robot a target became ("" when the target is unknown).
    QString robotFor(const QString& targetName) const { return m_robotOfTarget.value(targetName); }
    /// Renames a robot made from `targetName` (when an export's naming tells the robot's own name); first wins.
    void suggestName(const QString& targetName, const QString& name);
    /// The contact uuids standing for the mobiles, made on first use.
    QStringList contactsFor(const QStringList& mobiles, const SourcePlace& place);

private:
    ImportPlan& m_plan;
    QHash<QString, QString> m_robotOfTarget;
    QHash<QString, QString> m_contactOfMobile;
    QHash<QString, QString> m_robotOfName; ///< nameKey() -> uuid of the planned robots
    QSet<QString> m_renamed;
};

} // namespace alertdesk
