// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/ratebudget.h"

#include "dingtalk/dingtalkclient.h"
#include "storage/sendslotrepository.h"

#include <QCoreApplication>

namespace alertdesk {

int RateDecision::waitSeconds() const
{
    if (waitMs <= 0)
        return 0;
    return int((waitMs + 999) / 1000);
}

QString RateDecision::explanation() const
{
    switch (verdict) {
    case Verdict::Granted:
        return QString();
    case Verdict::Full:
        return QCoreApplication::translate("alertdesk::RateBudget",
                                           "Held back: this robot already sent %1 messages in the last minute, "
                                           "DingTalk's limit; the next free slot is in %n s. Sending more now would "
                                           "get the robot throttled for 10 minutes.",
                                           nullptr, waitSeconds())
            .arg(used);
    case Verdict::Throttled:
        return QCoreApplication::translate("alertdesk::RateBudget",
                                           "Held back: DingTalk throttled this robot for sending more than 20 messages "
                                           "a minute; the next free slot is in %n s, when the 10 minutes are over.",
                                           nullptr, waitSeconds());
    }
    return QString();
}

QString RateDecision::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Granted:
        return QStringLiteral("granted");
    case Verdict::Full:
        return QStringLiteral("full");
    case Verdict::Throttled:
        return QStringLiteral("throttled");
    }
    return QString();
}

RateBudget::RateBudget(SendSlotRepository& store, QObject* parent)
    : QObject(parent)
    , m_slots(store)
    , m_clock(systemMsClock())
{}

void RateBudget::setClock(MsClock clock)
{
    m_clock = clock ? std::move(clock) : systemMsClock();
}

qint64 RateBudget::now() const
{
    return m_clock();
}

RateDecision RateBudget::decide(const SendSlotState& state, qint64 nowMs) const
{
    RateDecision decision;
    decision.nowMs = nowMs;
    decision.limit = limitPerWindow;
    decision.used = int(state.sentAtMs.size());
    if (state.throttledUntilMs > nowMs) {
        decision.verdict = RateDecision::Verdict::Throttled;
        decision.throttledUntilMs = state.throttledUntilMs;
        decision.waitMs = state.throttledUntilMs - nowMs;
    } else if (decision.used >= limitPerWindow) {
        // Slots are oldest first: one frees up when the send `limit` places before the next one leaves the window.
        const qint64 frees = state.sentAtMs.at(decision.used - limitPerWindow) + windowMs;
        decision.verdict = RateDecision::Verdict::Full;
        decision.waitMs = qMax<qint64>(1, frees - nowMs);
    }
    return decision;
}

Result<RateDecision> RateBudget::reserve(const QString& robotUuid)
{
    const qint64 nowMs = now();
    RateDecision decision;
    auto state = m_slots.reserve(robotUuid, nowMs - windowMs, nowMs, [&](const SendSlotState& before) {
        decision = decide(before, nowMs);
        return decision.granted();
    });
    if (!state)
        return state.error();
    if (decision.granted())
        emit changed(robotUuid);
    return decision;
}

Result<RateDecision> RateBudget::peek(const QString& robotUuid) const
{
    const qint64 nowMs = now();
    auto state = m_slots.state(robotUuid, nowMs - windowMs);
    if (!state)
        return state.error();
    return decide(state.value(), nowMs);
}

Result<int> RateBudget::sendsLeft(const QString& robotUuid) const
{
    auto decision = peek(robotUuid);
    if (!decision)
        return decision.error();
    return decision->verdict == RateDecision::Verdict::Throttled ? 0 : decision->left();
}

Result<void> RateBudget::recordAnswer(const QString& robotUuid, const SendOutcome& outcome)
{
    if (!outcome.throttled())
        return {};
    return markThrottled(robotUuid, outcome.errcode);
}

Result<void> RateBudget::markThrottled(const QString& robotUuid, int errcode)
{
    auto marked = m_slots.setThrottledUntil(robotUuid, now() + throttleMs, errcode);
    if (marked)
        emit changed(robotUuid);
    return marked;
}

} // namespace alertdesk
