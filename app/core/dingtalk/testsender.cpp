// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/testsender.h"

#include "workspace.h"

#include <QPointer>

namespace alertdesk {

namespace {

TestSend historyRow(const TestSendRequest& request, qint64 nowMs)
{
    TestSend row;
    row.sentAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    row.robotUuid = request.robot.uuid;
    row.robotName = request.robot.name;
    row.policyUuid = request.policyUuid;
    row.policyName = request.policyName;
    row.msgtype = request.message.msgtype();
    return row;
}

TestSend::Outcome historyOutcome(SendOutcome::Kind kind)
{
    switch (kind) {
    case SendOutcome::Kind::Delivered:
        return TestSend::Outcome::Delivered;
    case SendOutcome::Kind::DingTalkError:
        return TestSend::Outcome::DingTalkError;
    case SendOutcome::Kind::HttpError:
        return TestSend::Outcome::HttpError;
    case SendOutcome::Kind::NetworkError:
    case SendOutcome::Kind::TlsError: // the history keeps its outcome names; the sentence says TLS
        return TestSend::Outcome::NetworkError;
    case SendOutcome::Kind::Timeout:
        return TestSend::Outcome::Timeout;
    case SendOutcome::Kind::UnreadableAnswer:
    case SendOutcome::Kind::AnswerTooLarge:
        return TestSend::Outcome::UnreadableAnswer;
    }
    return TestSend::Outcome::NetworkError;
}

/// The client already keeps secrets out of its details; this is the belt to those braces.
QString withoutSecrets(QString text, const RobotSecrets& secrets)
{
    for (const QString& secret : {secrets.accessToken, secrets.signSecret}) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("<redacted>"));
    }
    return text;
}

void record(Workspace& workspace, TestSendResult& result, const TestSend& row)
{
    auto recorded = workspace.testSends().record(row);
    if (recorded)
        result.history = recorded.value();
    else
        result.historyError = recorded.error();
}

} // namespace

void TestSender::send(Workspace& workspace, const TestSendRequest& request, QObject* context, Done done)
{
    if (auto proxy = workspace.applyProxySetting(); !proxy) {
        TestSendResult result;
        result.error = proxy.error();
        return done(result);
    }
    QPointer<Workspace> guard(&workspace);
    workspace.robotSecrets(request.robot.uuid, context, [guard, request, context, done](Result<RobotSecrets> secrets) {
        TestSendResult result;
        if (!guard)
            return;
        Workspace& workspace = *guard;
        if (!secrets) {
            result.error = secrets.error();
            return done(result);
        }
        auto decision = workspace.rateBudget().reserve(request.robot.uuid);
        if (!decision) {
            result.error = decision.error();
            return done(result);
        }
        if (!decision->granted()) {
            result.stage = TestSendResult::Stage::HeldBack;
            result.rate = decision.value();
            TestSend row = historyRow(request, decision->nowMs);
            row.outcome = TestSend::Outcome::HeldBack;
            row.errmsg = decision->explanation();
            record(workspace, result, row);
            return done(result);
        }
        result.rate = decision.value();
        SendRequest send;
        send.endpoint = request.robot.endpoint;
        send.accessToken = secrets->accessToken;
        send.signSecret = request.robot.signing ? secrets->signSecret : QString();
        send.message = request.message;
        send.timeoutMs = request.timeoutMs;
        const qint64 startedMs = decision->nowMs;
        const RobotSecrets known = secrets.value();
        workspace.dingTalk().send(send, context, [guard, request, result, startedMs, known, done](SendOutcome outcome) {
            if (!guard)
                return;
            TestSendResult sent = result;
            sent.stage = TestSendResult::Stage::Sent;
            outcome.detail = withoutSecrets(outcome.detail, known);
            outcome.errmsg = withoutSecrets(outcome.errmsg, known);
            sent.outcome = outcome;
            if (auto marked = guard->rateBudget().recordAnswer(request.robot.uuid, outcome); !marked)
                sent.historyError = marked.error();
            TestSend row = historyRow(request, startedMs);
            row.outcome = historyOutcome(outcome.kind);
            if (outcome.kind == SendOutcome::Kind::DingTalkError)
                row.errcode = outcome.errcode;
            else if (outcome.kind == SendOutcome::Kind::Delivered)
                row.errcode = 0;
            row.errmsg = outcome.kind == SendOutcome::Kind::DingTalkError ? outcome.errmsg : outcome.detail;
            row.httpStatus = outcome.httpStatus;
            row.latencyMs = outcome.latencyMs;
            record(*guard, sent, row);
            done(sent);
        });
    });
}

} // namespace alertdesk
