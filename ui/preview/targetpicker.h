// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QComboBox;

namespace alertdesk {

class Workspace;

/// What the preview is for — a robot (its default templates) or a policy (its stored templates) — and, for a policy,
/// which of the robots to send the test to (first the ones the policy reaches). Follows the repositories' signals:
/// names are kept current and a deleted target falls back to the first one left (targetChanged() tells).
class TargetPicker : public QWidget {
    Q_OBJECT
public:
    enum class Kind { None, Robot, Policy };

    explicit TargetPicker(Workspace& workspace, QWidget* parent = nullptr);

    Kind kind() const;
    QString targetUuid() const;
    QString robotUuid() const; ///< empty when the workspace has no robot
    /// Selects a robot or a policy; false when it is not in the workspace.
    bool select(Kind kind, const QString& uuid);

signals:
    void targetChanged();
    void robotChanged();

private:
    void reload();
    void fillRobots();
    QStringList robotsReached(const QString& policyUuid) const;
    Workspace& m_workspace;
    QComboBox* m_target = nullptr;
    QComboBox* m_robot = nullptr;
    bool m_filling = false;
};

} // namespace alertdesk
