// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/ratebudget.h"
#include "domain/robot.h"
#include "result.h"
#include "storage/testsendrepository.h"

#include <QObject>
#include <functional>
#include <optional>

namespace alertdesk {

class Workspace;

/// One test message to one robot ("Send test alert", `alertdeskctl send-test`).
struct TestSendRequest {
    Robot robot;
    DingTalkMessage message;
    QString policyUuid; ///< when testing a policy: recorded in the history
    QString policyName;
    int timeoutMs = SendRequest::defaultTimeoutMs;
};

/// What became of a test send.
struct TestSendResult {
    enum class Stage {
        NotSent,  ///< `error` says why: no keychain entry, the workspace could not be read, a bad proxy setting
        HeldBack, ///< the rate budget kept it from DingTalk: `rate` says why and for how long
        Sent,     ///< it went to DingTalk: `outcome` says what came back
    };
    Stage stage = Stage::NotSent;
    std::optional<Error> error;
    RateDecision rate;
    SendOutcome outcome;
    std::optional<TestSend> history;   ///< the history row recorded (HeldBack and Sent)
    std::optional<Error> historyError; ///< the send happened but could not be recorded
};

/// Sends a test message the way every front end must: reads the robot's secrets from the keychain, applies the
/// workspace's proxy setting, takes a slot of the robot's rate budget (held back without one), sends through the
/// workspace's DingTalkClient, marks the robot throttled after a 130101/410100 answer, and records the attempt in the
/// test-send history (never the token or the signature).
class TestSender {
public:
    using Done = std::function<void(TestSendResult)>;
    static void send(Workspace& workspace, const TestSendRequest& request, QObject* context, Done done);
};

} // namespace alertdesk
