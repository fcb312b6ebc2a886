// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/signer.h"
#include "result.h"

#include <QObject>
#include <QString>

namespace alertdesk {

class SendSlotRepository;
struct SendOutcome;
struct SendSlotState;

/// The rate budget's answer for one robot at one moment.
struct RateDecision {
    enum class Verdict {
        Granted,   ///< a slot is free (reserve(): and now taken)
        Full,      ///< 20 sends in the trailing minute: wait for the oldest to leave the window
        Throttled, ///< DingTalk answered 130101/410100 lately: the robot is throttled for 10 minutes
    };
    Verdict verdict = Verdict::Granted;
    qint64 nowMs = 0;
    int used = 0;                ///< sends in the trailing minute (before this one)
    int limit = 20;              ///< sends allowed per minute
    qint64 waitMs = 0;           ///< until the next free slot (0 when granted)
    qint64 throttledUntilMs = 0; ///< 0: not throttled

    bool granted() const { return verdict == Verdict::Granted; }
    /// The wait in whole seconds, rounded up (a held-back send waits at least 1 s).
    int waitSeconds() const;
    /// Sends still allowed this minute (not counting throttling).
    int left() const { return qMax(0, limit - used); }
    /// A sentence for a held-back send: what happened and when the next free slot is ("... in N s"). Empty when
    /// granted.
    QString explanation() const;
    /// "granted", "full", "throttled" (for --json).
    static QString verdictName(Verdict verdict);
};

/// At most 20 messages per minute per robot (DingTalk's limit), across every program using the workspace: the slots
/// live in the workspace file (SendSlotRepository), so the GUI and alertdeskctl share them. Take a slot with
/// reserve() before each send; a send that gets none is held back and never reaches DingTalk. After DingTalk answers
/// 130101/410100 (too fast), call recordAnswer(): the robot is then held back for 10 minutes.
class RateBudget : public QObject {
    Q_OBJECT
public:
    static constexpr int limitPerWindow = 20;
    static constexpr qint64 windowMs = 60 * 1000;
    static constexpr qint64 throttleMs = 10 * 60 * 1000;

    explicit RateBudget(SendSlotRepository& store, QObject* parent = nullptr);

    void setClock(MsClock clock);
    qint64 now() const;

    /// Takes a slot for the robot now, atomically across programs, when one is free. Held back otherwise (the
    /// decision says why and for how long).
    Result<RateDecision> reserve(const QString& robotUuid);
    /// What reserve() would answer now, without taking a slot: for previews ("18 sends left this minute").
    Result<RateDecision> peek(const QString& robotUuid) const;
    /// Sends left this minute: 0 while throttled.
    Result<int> sendsLeft(const QString& robotUuid) const;
    /// Marks the robot throttled for 10 minutes when `outcome` is DingTalk's "too fast"; otherwise does nothing.
    Result<void> recordAnswer(const QString& robotUuid, const SendOutcome& outcome);
    /// Marks the robot throttled for 10 minutes from now, as after a 130101/410100 answer.
    Result<void> markThrottled(const QString& robotUuid, int errcode);

signals:
    /// The robot's budget changed in this program (a slot taken, a throttle marked): previews refresh sends-left.
    void changed(const QString& robotUuid);

private:
    RateDecision decide(const SendSlotState& state, qint64 nowMs) const;
    SendSlotRepository& m_slots;
    MsClock m_clock;
};

} // namespace alertdesk
