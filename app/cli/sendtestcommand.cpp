// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl send-test: builds a test message for a robot (or a policy's way of sending), runs the pre-send checks,
// and sends it through the rate budget and the DingTalk client (or, with --dry-run, prints the redacted request).
#include "clicontext.h"

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/policymentions.h"
#include "dingtalk/policymessage.h"
#include "dingtalk/testalert.h"
#include "dingtalk/testsender.h"
#include "domain/policytext.h"
#include "lint/messagelint.h"
#include "secrets/secretstore.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addSendTestOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        makeOption(QStringLiteral("robot"), Cli::tr("The robot to send to (required)."), Cli::tr("NAME")),
        makeOption(QStringLiteral("policy"), Cli::tr("Send as this policy would: its message type and its @mentions."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("alerts"),
                   Cli::tr("Summarise these sample alerts (Alertmanager's webhook JSON, or a list of alerts)."),
                   Cli::tr("FILE")),
        makeOption(QStringLiteral("msgtype"),
                   Cli::tr("DingTalk message type: markdown (default, or the policy's), text, actionCard."),
                   Cli::tr("TYPE")),
        makeOption(QStringLiteral("dry-run"),
                   Cli::tr("Print the checks and the request (token and signature redacted); send nothing.")),
        makeOption(QStringLiteral("force"), Cli::tr("Send even when a check fails (a missing keyword, say).")),
        makeOption(QStringLiteral("timeout"), Cli::tr("Give up when DingTalk sends nothing for this long (10)."),
                   Cli::tr("SECONDS")),
    });
}

struct Prepared {
    Robot robot;
    std::optional<NotificationPolicy> policy;
    DingTalkMessage message;
    int timeoutMs = SendRequest::defaultTimeoutMs;
};

Error withField(Error error, const QString& field)
{
    if (error.kind == Error::Kind::NotFound)
        error.field = field;
    return error;
}

std::optional<Error> prepare(CliContext& cli, Workspace& workspace, const QCommandLineParser& parser, Prepared& out)
{
    auto robot = workspace.robots().findByName(parser.value(QStringLiteral("robot")));
    if (!robot)
        return withField(robot.error(), QStringLiteral("robot"));
    out.robot = robot.value();

    MessageType type = MessageType::Markdown;
    DingTalkMessage::At at;
    if (isGiven(parser, QStringLiteral("policy"))) {
        auto policy = workspace.policies().findByName(parser.value(QStringLiteral("policy")));
        if (!policy)
            return withField(policy.error(), QStringLiteral("policy"));
        out.policy = policy.value();
        type = policy->message.type;
        if (policy->mention == Mention::All) {
            at.isAtAll = true;
        } else if (policy->mention == Mention::Recipients) {
            auto mobiles = recipientMobiles(workspace, *policy);
            if (!mobiles)
                return mobiles.error();
            at.atMobiles = mobiles.value();
            if (at.atMobiles.isEmpty())
                cli.warn(Cli::tr("The policy @mentions its recipients, but none of its contacts has a mobile number; "
                                 "nobody will be mentioned."));
        }
    }
    if (isGiven(parser, QStringLiteral("msgtype"))) {
        const auto chosen = messageTypeFromName(parser.value(QStringLiteral("msgtype")));
        if (!chosen)
            return Error::invalid(QStringLiteral("msgtype"),
                                  Cli::tr("Unknown message type \"%1\"; use markdown, text or actionCard.")
                                      .arg(parser.value(QStringLiteral("msgtype"))));
        type = *chosen;
    }
    if (type == MessageType::ActionCard && !at.isEmpty())
        cli.warn(Cli::tr("DingTalk cannot @mention anyone in an actionCard message; the mentions are left out."));

    QList<SampleAlert> alerts;
    QByteArray payload;
    if (isGiven(parser, QStringLiteral("alerts"))) {
        QFile file(parser.value(QStringLiteral("alerts")));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(
                QStringLiteral("alerts"),
                Cli::tr("Could not read the alerts file \"%1\": %2.").arg(file.fileName(), file.errorString()));
        payload = file.readAll();
        auto read = TestAlert::readPayload(payload);
        if (!read)
            return read.error();
        alerts = read.value();
    }

    if (isGiven(parser, QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return Error::invalid(
                QStringLiteral("timeout"),
                Cli::tr("The timeout must be a number of seconds between 0 and 600, e.g. 10 or 2.5."));
        out.timeoutMs = qMax(1, int(seconds * 1000));
    }
    if (out.policy) {
        // The policy's templates (empty ones are AlertDesk's defaults), rendered by the same engine the servers'
        // output is proven against: what the preview shows and the export writes.
        auto rendered = renderPolicyMessage(
            *out.policy, type, payload.isEmpty() ? builtInTestPayload(workspace.database().now()) : payload, at);
        if (!rendered)
            return rendered.error();
        out.message = rendered.value();
        return std::nullopt;
    }
    out.message = TestAlert::build(type, out.robot.name, out.policy ? out.policy->name : QString(), alerts, at,
                                   workspace.database().now());
    return std::nullopt;
}

QJsonObject findingJson(const LintFinding& finding)
{
    QJsonObject object{{QStringLiteral("kind"), LintFinding::kindName(finding.kind)},
                       {QStringLiteral("severity"), LintFinding::severityName(finding.severity)},
                       {QStringLiteral("message"), finding.message}};
    if (!finding.subjects.isEmpty())
        object.insert(QStringLiteral("subjects"), QJsonArray::fromStringList(finding.subjects));
    if (finding.line != 0)
        object.insert(QStringLiteral("line"), finding.line);
    return object;
}

QString severityLabel(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Info:
        return Cli::tr("ok");
    case LintFinding::Severity::Warning:
        return Cli::tr("warning");
    case LintFinding::Severity::Error:
        return Cli::tr("error");
    }
    return QString();
}

int exitStatusForOutcome(const SendOutcome& outcome)
{
    switch (outcome.kind) {
    case SendOutcome::Kind::Delivered:
        return ExitOk;
    case SendOutcome::Kind::DingTalkError:
        return ExitDingTalkError;
    case SendOutcome::Kind::HttpError:
    case SendOutcome::Kind::NetworkError:
    case SendOutcome::Kind::Timeout:
    case SendOutcome::Kind::UnreadableAnswer:
    case SendOutcome::Kind::TlsError:
    case SendOutcome::Kind::AnswerTooLarge:
        break;
    }
    return ExitNetwork;
}

QJsonObject outcomeJson(const SendOutcome& outcome)
{
    QJsonObject object{{QStringLiteral("kind"), SendOutcome::kindName(outcome.kind)},
                       {QStringLiteral("explanation"), outcome.explanation()},
                       {QStringLiteral("httpStatus"), outcome.httpStatus},
                       {QStringLiteral("latencyMs"), outcome.latencyMs}};
    if (outcome.kind == SendOutcome::Kind::DingTalkError || outcome.kind == SendOutcome::Kind::Delivered) {
        object.insert(QStringLiteral("errcode"), outcome.errcode);
        object.insert(QStringLiteral("errmsg"), outcome.errmsg);
    }
    if (!outcome.detail.isEmpty())
        object.insert(QStringLiteral("detail"), outcome.detail);
    return object;
}

/// Reads the robot's token and signing secret for the checks and --dry-run. A missing signing secret is a finding
/// (SecretState::Missing), not an error here.
struct StoredSecrets {
    std::optional<Error> error;
    RobotSecrets secrets;
    MessageLint::SecretState signSecret = MessageLint::SecretState::Unknown;
};

StoredSecrets readSecrets(CliContext& cli, Workspace& workspace, const Robot& robot)
{
    using Outcome = SecretStore::Outcome;
    StoredSecrets stored;
    const Outcome token = cli.wait<Outcome>([&](QObject* context, std::function<void(Outcome)> done) {
        workspace.secrets().read(robotTokenKey(robot.uuid), context, done);
    });
    if (token.status == SecretStore::Status::NotFound) {
        stored.error = Error::keychain(Cli::tr("The keychain has no access token for robot \"%1\". Paste the robot's "
                                               "webhook again: alertdeskctl robot edit \"%1\" --webhook-stdin.")
                                           .arg(robot.name));
        return stored;
    }
    if (!token.ok()) {
        stored.error = Error::keychain(token.message);
        return stored;
    }
    stored.secrets.accessToken = token.value;
    if (!robot.signing)
        return stored;
    const Outcome secret = cli.wait<Outcome>([&](QObject* context, std::function<void(Outcome)> done) {
        workspace.secrets().read(robotSecretKey(robot.uuid), context, done);
    });
    if (secret.status == SecretStore::Status::NotFound) {
        stored.signSecret = MessageLint::SecretState::Missing;
    } else if (!secret.ok()) {
        stored.error = Error::keychain(secret.message);
    } else {
        stored.signSecret = MessageLint::SecretState::Stored;
        stored.secrets.signSecret = secret.value;
    }
    return stored;
}

int runSendTest(CliContext& cli, const QCommandLineParser& parser)
{
    if (!isGiven(parser, QStringLiteral("robot")))
        return cli.usage(Cli::tr("send-test needs --robot NAME."));
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    Prepared prepared;
    if (auto problem = prepare(cli, *workspace, parser, prepared))
        return cli.fail(*problem);
    const StoredSecrets stored = readSecrets(cli, *workspace, prepared.robot);
    if (stored.error)
        return cli.fail(*stored.error);

    const QList<LintFinding> findings = MessageLint::check(prepared.message, prepared.robot, stored.signSecret);
    const bool force = isGiven(parser, QStringLiteral("force"));
    const bool refused = MessageLint::hasErrors(findings) && !force;
    const bool dryRun = isGiven(parser, QStringLiteral("dry-run"));

    QJsonObject json{{QStringLiteral("robot"), prepared.robot.name},
                     {QStringLiteral("policy"), prepared.policy ? QJsonValue(prepared.policy->name) : QJsonValue()},
                     {QStringLiteral("msgtype"), prepared.message.msgtype()},
                     {QStringLiteral("bodyBytes"), prepared.message.toJson().size()}};
    QJsonArray findingsJson;
    for (const LintFinding& finding : findings)
        findingsJson.append(findingJson(finding));
    json.insert(QStringLiteral("findings"), findingsJson);
    auto finish = [&](const QString& result, int status) {
        if (cli.json()) {
            json.insert(QStringLiteral("result"), result);
            json.insert(QStringLiteral("exitStatus"), status);
            cli.printJson(json);
        }
        return status;
    };

    if (!cli.json()) {
        cli.out() << Cli::tr("Checks of the message to robot \"%1\":").arg(prepared.robot.name) << Qt::endl;
        for (const LintFinding& finding : findings)
            cli.out() << QStringLiteral("  %1 %2").arg(severityLabel(finding.severity).leftJustified(8),
                                                       finding.message)
                      << Qt::endl;
    }

    if (dryRun) {
        SendRequest request;
        request.endpoint = prepared.robot.endpoint;
        request.accessToken = stored.secrets.accessToken;
        request.signSecret = stored.secrets.signSecret;
        request.message = prepared.message;
        request.timeoutMs = prepared.timeoutMs;
        const QString redacted = workspace->dingTalk().prepare(request).redacted();
        const int status = refused ? ExitRefused : ExitOk;
        if (cli.json()) {
            json.insert(QStringLiteral("request"), redacted);
            return finish(QStringLiteral("dry-run"), status);
        }
        cli.out() << Qt::endl << Cli::tr("Request (dry run: nothing was sent):") << Qt::endl << redacted << Qt::endl;
        if (refused)
            cli.err() << Cli::tr("error: ")
                      << Cli::tr("a real send would be refused: the checks above found errors; fix them, or pass "
                                 "--force to send anyway.")
                      << Qt::endl;
        return status;
    }
    if (refused) {
        if (!cli.json())
            cli.err() << Cli::tr("error: ")
                      << Cli::tr("nothing was sent: the checks above found errors; fix them, or pass --force to send "
                                 "anyway.")
                      << Qt::endl;
        return finish(QStringLiteral("refused"), ExitRefused);
    }
    if (MessageLint::hasErrors(findings) && !cli.json())
        cli.warn(Cli::tr("sending despite the errors above (--force)."));

    TestSendRequest request;
    request.robot = prepared.robot;
    request.message = prepared.message;
    request.timeoutMs = prepared.timeoutMs;
    if (prepared.policy) {
        request.policyUuid = prepared.policy->uuid;
        request.policyName = prepared.policy->name;
    }
    const TestSendResult result =
        cli.wait<TestSendResult>([&](QObject* context, std::function<void(TestSendResult)> done) {
            TestSender::send(*workspace, request, context, done);
        });
    if (result.historyError)
        cli.warn(result.historyError->message);
    switch (result.stage) {
    case TestSendResult::Stage::NotSent:
        if (cli.json())
            json.insert(QStringLiteral("error"), result.error ? result.error->message : QString());
        return cli.json() ? finish(QStringLiteral("not-sent"), exitStatusFor(*result.error)) : cli.fail(*result.error);
    case TestSendResult::Stage::HeldBack:
        if (cli.json()) {
            json.insert(QStringLiteral("heldBack"),
                        QJsonObject{{QStringLiteral("reason"), RateDecision::verdictName(result.rate.verdict)},
                                    {QStringLiteral("waitSeconds"), result.rate.waitSeconds()},
                                    {QStringLiteral("explanation"), result.rate.explanation()}});
            return finish(QStringLiteral("held-back"), ExitRefused);
        }
        cli.err() << Cli::tr("error: ") << result.rate.explanation() << Qt::endl;
        return ExitRefused;
    case TestSendResult::Stage::Sent:
        break;
    }
    const int status = exitStatusForOutcome(result.outcome);
    if (cli.json()) {
        json.insert(QStringLiteral("outcome"), outcomeJson(result.outcome));
        json.insert(QStringLiteral("sendsLeft"), result.rate.left() - 1);
        return finish(SendOutcome::kindName(result.outcome.kind), status);
    }
    if (result.outcome.delivered()) {
        cli.out()
            << Cli::tr("Delivered to robot \"%1\" in %2 ms.").arg(prepared.robot.name).arg(result.outcome.latencyMs)
            << Qt::endl
            << result.outcome.explanation() << Qt::endl;
    } else {
        cli.err() << Cli::tr("error: ") << result.outcome.explanation() << Qt::endl;
        if (!result.outcome.detail.isEmpty() && !result.outcome.explanation().contains(result.outcome.detail))
            cli.err() << Cli::tr("detail: ") << result.outcome.detail << Qt::endl;
    }
    return status;
}

} // namespace

CliCommand sendTestCommand()
{
    return {QStringLiteral("send-test"),
            Cli::tr("Send a test alert to a robot: check it, then send it within DingTalk's 20 a minute (or print "
                    "it with --dry-run)."),
            addSendTestOptions, runSendTest};
}

} // namespace alertdesk
