// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "models/entitytablemodel.h"
#include "storage/usage.h"

namespace alertdesk {

class Workspace;

/// The robots of a workspace: name, security settings in words, enabled, and where each is used (contacts whose
/// DingTalk chatbot it is, policies that name it). Where-used follows contact and policy changes, gathered into one
/// update per turn of the event loop so that a bulk import does not ask the database once per contact.
class RobotTableModel : public EntityTableModel {
    Q_OBJECT
public:
    enum Column { Name, Security, Enabled, UsedBy, ColumnCount };

    explicit RobotTableModel(Workspace& workspace, QObject* parent = nullptr);

    QList<Detail> details(const QString& uuid) const override;
    /// "Keywords: Alarm, Dispatch · Signing · IP ranges: 10.0.0.0/8"
    static QString securitySummary(const Robot& robot);

protected:
    QStringList cellsFor(const QString& uuid) const override;

private:
    void reread(const QString& uuid);
    void forget(const QString& uuid);
    void scheduleUsageRefresh();
    void refreshUsage();
    static QString usageSummary(const Usage& usage);

    Workspace& m_workspace;
    QHash<QString, Robot> m_robots;
    /// Where every robot is used, read in one go; false (and readFailed) when reading failed.
    bool loadUsage();

    QHash<QString, Usage> m_usage;
    bool m_usageRefreshScheduled = false;
};

} // namespace alertdesk
