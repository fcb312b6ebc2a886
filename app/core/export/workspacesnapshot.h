// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace alertdesk {

class Workspace;

/// Everything an export reads from the workspace, taken at one moment: each list sorted by name, then uuid, so that
/// the same workspace always gives the same bytes. The secrets are filled only when the export needs them (inline
/// mode, or a bundle with secrets), keyed by robot uuid.
struct WorkspaceSnapshot {
    QList<Robot> robots;
    QList<Contact> contacts;
    QList<ContactGroup> groups;
    QList<NotificationPolicy> policies;
    QHash<QString, RobotSecrets> secrets;

    /// Reads the four lists in one transaction.
    static Result<WorkspaceSnapshot> read(Workspace& workspace);
    const Robot* robot(const QString& uuid) const;
    const Contact* contact(const QString& uuid) const;
    const ContactGroup* group(const QString& uuid) const;
    /// The robot's position in `robots`; -1 when there is no such robot.
    qsizetype robotIndex(const QString& uuid) const { return m_robotAt.value(uuid, -1); }

    /// Builds the uuid indexes behind robot(), contact() and group(); read() does it, callers that fill the lists
    /// themselves call it after.
    void index();

private:
    QHash<QString, qsizetype> m_robotAt, m_contactAt, m_groupAt;
};

} // namespace alertdesk
