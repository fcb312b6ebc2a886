// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <functional>

namespace alertdesk {

class Database;

/// What the workspace knows about one robot's recent sends: the times of the sends still in the window (oldest
/// first) and until when DingTalk throttles it (0: not throttled). Milliseconds since the epoch, UTC.
struct SendSlotState {
    QList<qint64> sentAtMs;
    qint64 throttledUntilMs = 0;
};

/// The storage behind RateBudget (dingtalk/ratebudget.h): send slots per robot and throttle markers, in the workspace
/// file so every program using it (the GUI, alertdeskctl, a second window) shares one budget.
class SendSlotRepository {
public:
    explicit SendSlotRepository(Database& database);

    /// The robot's slots taken after `sinceMs`, and its throttle marker. Reads only.
    Result<SendSlotState> state(const QString& robotUuid, qint64 sinceMs) const;

    /// In one write transaction: forgets slots taken at or before `sinceMs` (every robot's) and expired throttle
    /// markers, reads the robot's state and, when `take` says so, takes a slot at `nowMs`. Returns the state as it
    /// was before the slot was taken. Programs sharing the workspace serialize here: the first statement writes, so
    /// SQLite grants the write lock (waiting up to the busy timeout) before anything is read, as BEGIN IMMEDIATE would.
    Result<SendSlotState> reserve(const QString& robotUuid, qint64 sinceMs, qint64 nowMs,
                                  const std::function<bool(const SendSlotState&)>& take);

    /// Marks the robot throttled until `untilMs` (replacing an earlier marker), with DingTalk's errcode.
    Result<void> setThrottledUntil(const QString& robotUuid, qint64 untilMs, int errcode);

private:
    Database& m_db;
};

} // namespace alertdesk
