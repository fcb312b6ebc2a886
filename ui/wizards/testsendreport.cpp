// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/testsendreport.h"

namespace alertdesk {

QString TestSendReport::describe(const TestSendResult& result, const QString& robotName)
{
    switch (result.stage) {
    case TestSendResult::Stage::NotSent:
        return tr("Not sent: %1").arg(result.error ? result.error->message : QString());
    case TestSendResult::Stage::HeldBack:
        return tr("Held back: %1").arg(result.rate.explanation());
    case TestSendResult::Stage::Sent:
        break;
    }
    const SendOutcome& outcome = result.outcome;
    if (outcome.delivered()) {
        return tr("✔ Delivered to robot \"%1\" in %2 ms: check the DingTalk group for the test message.")
            .arg(robotName)
            .arg(outcome.latencyMs);
    }
    if (outcome.kind == SendOutcome::Kind::DingTalkError) {
        return tr("✘ DingTalk refused it (errcode %1, \"%2\"). %3")
            .arg(outcome.errcode)
            .arg(outcome.errmsg, outcome.explanation());
    }
    return tr("✘ Not delivered. %1").arg(outcome.explanation());
}

} // namespace alertdesk
