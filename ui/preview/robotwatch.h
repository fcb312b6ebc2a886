// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "lint/messagelint.h"

#include <QObject>
#include <optional>

class QTimer;

namespace alertdesk {

class ChecksPanel;
class Workspace;

/// Keeps the checks about the robot itself current: whether its signing secret is in the keychain (looked up
/// asynchronously; the secrets are dropped at once, only "stored" or "missing" is kept) or why the keychain could not
/// say, and the sends left this minute (after each send, when the budget changes, and as the minute rolls on).
class RobotWatch : public QObject {
    Q_OBJECT
public:
    RobotWatch(Workspace& workspace, ChecksPanel& checks, QObject* parent = nullptr);

    void watch(const std::optional<Robot>& robot);
    MessageLint::SecretState secretState() const { return m_secretState; }
    void refreshSendsLeft();

signals:
    /// The keychain answered: the checks that depend on the secret may change.
    void secretStateChanged();

private:
    void lookUpSecrets();
    Workspace& m_workspace;
    ChecksPanel& m_checks;
    QTimer* m_timer = nullptr;
    std::optional<Robot> m_robot;
    MessageLint::SecretState m_secretState = MessageLint::SecretState::Unknown;
    quint64 m_lookup = 0; ///< answers to older lookups are dropped
};

} // namespace alertdesk
