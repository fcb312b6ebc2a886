// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/robotwatch.h"

#include "dingtalk/ratebudget.h"
#include "preview/checkspanel.h"
#include "workspace.h"

#include <QTimer>

namespace alertdesk {

namespace {

constexpr int rateRefreshMs = 2000;

} // namespace

RobotWatch::RobotWatch(Workspace& workspace, ChecksPanel& checks, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_checks(checks)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(rateRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &RobotWatch::refreshSendsLeft);
    connect(&workspace.rateBudget(), &RateBudget::changed, this, [this](const QString& uuid) {
        if (m_robot && uuid == m_robot->uuid)
            refreshSendsLeft();
    });
}

void RobotWatch::watch(const std::optional<Robot>& robot)
{
    m_robot = robot;
    lookUpSecrets();
    refreshSendsLeft();
}

void RobotWatch::lookUpSecrets()
{
    const quint64 lookup = ++m_lookup;
    m_secretState = MessageLint::SecretState::Unknown;
    m_checks.setKeychainProblem(QString());
    if (!m_robot)
        return;
    const bool signing = m_robot->signing;
    m_workspace.robotSecrets(m_robot->uuid, this, [this, lookup, signing](Result<RobotSecrets> secrets) {
        if (lookup != m_lookup)
            return;
        if (!secrets) {
            m_checks.setKeychainProblem(secrets.error().message);
            return;
        }
        if (signing)
            m_secretState =
                secrets->signSecret.isEmpty() ? MessageLint::SecretState::Missing : MessageLint::SecretState::Stored;
        emit secretStateChanged();
    });
}

void RobotWatch::refreshSendsLeft()
{
    if (!m_robot) {
        m_checks.setSendsLeft(Error::notFound(tr("No robot: add one to send test alerts.")));
        m_timer->stop();
        return;
    }
    const auto decision = m_workspace.rateBudget().peek(m_robot->uuid);
    m_checks.setSendsLeft(decision);
    // Keep counting while slots are taken: they come back as the minute rolls on.
    if (decision && (decision->used > 0 || !decision->granted()))
        m_timer->start();
    else
        m_timer->stop();
}

} // namespace alertdesk
