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
#include "export/exportplan.h"
#include "export/workspacesnapshot.h"
#include "lint/messagelint.h"
#include "secrets/robotkeychain.h"
#include "secrets/secretstore.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/settingsrepository.h"
#include "templating/gotemplate.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace alertdesk {

namespace {

void addSendTestOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        makeOption(QStringLiteral("robot"),
                   Cli::tr("The robot to send to (with --policy: default, every robot the policy reaches)."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("policy"),
                   Cli::tr("Send what the DingTalk bridge sends for this policy: its templates, its @mentions, the "
                           "bridge's markdown body."),
                   Cli::tr("NAME")),
        makeOption(QStringLiteral("alerts"),
                   Cli::tr("Summarise these sample alerts (Alertmanager's webhook JSON, or a list of alerts)."),
                   Cli::tr("FILE")),
        makeOption(QStringLiteral("msgtype"),
                   Cli::tr("DingTalk message type of a robot's test: markdown (default), text, actionCard."),
                   Cli::tr("TYPE")),
        makeOption(QStringLiteral("time-zone"),
                   Cli::tr("Render as servers in this zone render (default: the workspace's servers-time-zone)."),
                   Cli::tr("ZONE")),
        makeOption(QStringLiteral("dry-run"),
                   Cli::tr("Print the checks and the request (token and signature redacted); send nothing. Works "
                           "without a keychain.")),
        makeOption(QStringLiteral("force"), Cli::tr("Send even when a check fails (a missing keyword, say).")),
        makeOption(QStringLiteral("timeout"), Cli::tr("Give up when DingTalk sends nothing for this long (10)."),
                   Cli::tr("SECONDS")),
    });
}

/// What every robot of one send-test run gets: the policy (if any), whom it mentions, the sample alerts.
struct Common {
    std::optional<NotificationPolicy> policy;
    MessageType type = MessageType::Markdown;
    DingTalkMessage::At at;
    QList<SampleAlert> alerts;
    QByteArray payload;
    QString serversTimeZone;
    int timeoutMs = SendRequest::defaultTimeoutMs;
};

/// One robot to send to, and the message it gets.
struct Prepared {
    Robot robot;
    QString target; ///< the bridge target the export names for (policy, robot); empty for a robot's own test
    DingTalkMessage message;
};

Error withField(Error error, const QString& field)
{
    if (error.kind == Error::Kind::NotFound)
        error.field = field;
    return error;
}

std::optional<Error> prepareCommon(CliContext& cli, Workspace& workspace, const QCommandLineParser& parser, Common& out)
{
    if (isGiven(parser, QStringLiteral("policy"))) {
        auto policy = workspace.policies().findByName(parser.value(QStringLiteral("policy")));
        if (!policy)
            return withField(policy.error(), QStringLiteral("policy"));
        out.policy = policy.value();
        if (policy->mention == Mention::All) {
            out.at.isAtAll = true;
        } else if (policy->mention == Mention::Recipients) {
            auto mobiles = recipientMobiles(workspace, *policy);
            if (!mobiles)
                return mobiles.error();
            out.at.atMobiles = mobiles.value();
            if (out.at.atMobiles.isEmpty())
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
        if (out.policy && *chosen != MessageType::Markdown)
            return Error::invalid(QStringLiteral("msgtype"),
                                  Cli::tr("The DingTalk bridge sends every policy's messages as markdown, so a "
                                          "policy's test is markdown too; --msgtype is for a robot's own test "
                                          "(without --policy)."));
        out.type = *chosen;
    }
    if (!out.policy && out.type == MessageType::ActionCard && !out.at.isEmpty())
        cli.warn(Cli::tr("DingTalk cannot @mention anyone in an actionCard message; the mentions are left out."));

    if (isGiven(parser, QStringLiteral("time-zone"))) {
        out.serversTimeZone = parser.value(QStringLiteral("time-zone")).trimmed();
        if (!isKnownTimeZone(out.serversTimeZone))
            return Error::invalid(QStringLiteral("time-zone"),
                                  Cli::tr("\"%1\" is not a time zone this system knows; give an IANA name such as "
                                          "Asia/Shanghai or UTC.")
                                      .arg(out.serversTimeZone));
    } else {
        auto zone = workspace.settings().serversTimeZone();
        if (!zone)
            return zone.error();
        out.serversTimeZone = zone.value();
    }

    if (isGiven(parser, QStringLiteral("alerts"))) {
        QFile file(parser.value(QStringLiteral("alerts")));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(
                QStringLiteral("alerts"),
                Cli::tr("Could not read the alerts file \"%1\": %2.").arg(file.fileName(), file.errorString()));
        out.payload = file.readAll();
        auto read = TestAlert::readPayload(out.payload);
        if (!read)
            return read.error();
        out.alerts = read.value();
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
    return std::nullopt;
}

/// The robots to send to: --robot, else every enabled robot the policy reaches, as the export makes its bridge
/// targets (one rule: the test goes where the servers' messages go).
Result<QList<Prepared>> robotsToSend(Workspace& workspace, const QCommandLineParser& parser, const Common& common)
{
    auto snapshot = WorkspaceSnapshot::read(workspace);
    if (!snapshot)
        return snapshot.error();
    const ExportPlan plan = ExportPlan::make(snapshot.value());
    const auto targetOf = [&](const QString& robotUuid) -> QString {
        for (const ExportedPolicy& exported : plan.policies) {
            if (!common.policy || exported.policy->uuid != common.policy->uuid)
                continue;
            for (const ExportTarget& target : exported.targets) {
                if (target.robot->uuid == robotUuid)
                    return target.name;
            }
        }
        return QString();
    };
    QList<Prepared> robots;
    if (isGiven(parser, QStringLiteral("robot"))) {
        auto robot = workspace.robots().findByName(parser.value(QStringLiteral("robot")));
        if (!robot)
            return withField(robot.error(), QStringLiteral("robot"));
        robots.append({robot.value(), targetOf(robot->uuid), {}});
        return robots;
    }
    for (const ExportedPolicy& exported : plan.policies) {
        if (exported.policy->uuid != common.policy->uuid)
            continue;
        for (const ExportTarget& target : exported.targets)
            robots.append({*target.robot, target.name, {}});
    }
    if (robots.isEmpty())
        return Error::invalid(QStringLiteral("policy"),
                              Cli::tr("Policy \"%1\" reaches no enabled robot (or is disabled), so its servers send "
                                      "nothing; add a robot, or a contact with a DingTalk chatbot, to its recipients, "
                                      "or name one with --robot.")
                                  .arg(common.policy->name));
    return robots;
}

std::optional<Error> buildMessage(Workspace& workspace, const Common& common, Prepared& out)
{
    if (common.policy) {
        // What the bridge posts: the policy's templates (empty ones are AlertDesk's defaults) rendered by the engine
        // proven against Go's, in the servers' time zone; the same as the preview and the exported files.
        auto rendered = renderPolicyMessage(
            *common.policy, common.payload.isEmpty() ? builtInTestPayload(workspace.database().now()) : common.payload,
            common.at, common.serversTimeZone);
        if (!rendered)
            return rendered.error();
        out.message = rendered.value();
        return std::nullopt;
    }
    out.message =
        TestAlert::build(common.type, out.robot.name, QString(), common.alerts, common.at, workspace.database().now());
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
/// (SecretState::Missing), not an error here. A dry run needs no keychain: when it cannot be read, the request shows
/// stand-ins (redacted anyway) and the secret's state stays unknown.
struct StoredSecrets {
    std::optional<Error> error;
    RobotSecrets secrets;
    MessageLint::SecretState signSecret = MessageLint::SecretState::Unknown;
};

StoredSecrets readSecrets(CliContext& cli, Workspace& workspace, const Robot& robot, bool dryRun)
{
    const auto stored = cli.wait<RobotKeychain::Stored>([&](QObject* context, auto done) {
        RobotKeychain(workspace.secrets(), robot.uuid).read(robot.signing, context, done);
    });
    StoredSecrets answer;
    answer.secrets = stored.values();
    if (const auto isStored = stored.signSecretStored())
        answer.signSecret = *isStored ? MessageLint::SecretState::Stored : MessageLint::SecretState::Missing;
    if (stored.token.status == SecretStore::Status::NotFound)
        answer.error = Error::keychain(Cli::tr("The keychain has no access token for robot \"%1\". Paste the robot's "
                                               "webhook again: alertdeskctl robot edit \"%1\" --webhook-stdin.")
                                           .arg(robot.name));
    else if (const auto failure = stored.failure())
        answer.error = Error::keychain(failure->message);
    if (answer.error && dryRun) {
        // A dry run needs no keychain: stand-ins (redacted anyway), and the secret's state stays unknown.
        cli.warn(stored.token.status == SecretStore::Status::NotFound
                     ? answer.error->message
                     : Cli::tr("The keychain could not be read (%1); the dry run goes on without the robot's secrets, "
                               "so whether its signing secret is stored is not checked.")
                           .arg(answer.error->message));
        answer.error.reset();
        answer.secrets = {QStringLiteral("dry-run"), robot.signing ? QStringLiteral("SECdry-run") : QString()};
        answer.signSecret = MessageLint::SecretState::Unknown;
    }
    return answer;
}

struct SendAnswer {
    int status = ExitOk;
    QJsonObject json;
};

SendAnswer sendOne(CliContext& cli, Workspace& workspace, const QCommandLineParser& parser, const Common& common,
                   const Prepared& prepared)
{
    SendAnswer answer;
    const bool dryRun = isGiven(parser, QStringLiteral("dry-run"));
    QJsonObject& json = answer.json;
    json = {{QStringLiteral("robot"), prepared.robot.name},
            {QStringLiteral("policy"), common.policy ? QJsonValue(common.policy->name) : QJsonValue()},
            {QStringLiteral("msgtype"), prepared.message.msgtype()},
            {QStringLiteral("bodyBytes"), prepared.message.toJson().size()}};
    if (common.policy) {
        json.insert(QStringLiteral("target"), prepared.target);
        json.insert(QStringLiteral("serversTimeZone"), common.serversTimeZone);
    }
    const auto finish = [&](const QString& result, int status) {
        json.insert(QStringLiteral("result"), result);
        json.insert(QStringLiteral("exitStatus"), status);
        answer.status = status;
        return answer;
    };
    const auto fail = [&](const Error& error) {
        if (cli.json()) {
            json.insert(QStringLiteral("error"), error.message);
            return finish(QStringLiteral("not-sent"), exitStatusFor(error));
        }
        answer.status = cli.fail(error);
        return answer;
    };

    const StoredSecrets stored = readSecrets(cli, workspace, prepared.robot, dryRun);
    if (stored.error)
        return fail(*stored.error);

    const QList<LintFinding> findings = MessageLint::check(prepared.message, prepared.robot, stored.signSecret);
    const bool force = isGiven(parser, QStringLiteral("force"));
    const bool refused = MessageLint::hasErrors(findings) && !force;
    QJsonArray findingsJson;
    for (const LintFinding& finding : findings)
        findingsJson.append(findingJson(finding));
    json.insert(QStringLiteral("findings"), findingsJson);

    if (!cli.json()) {
        cli.out() << Cli::tr("Checks of the message to robot \"%1\":").arg(prepared.robot.name) << Qt::endl;
        if (common.policy)
            cli.out() << QStringLiteral("  %1 ").arg(Cli::tr("ok").leftJustified(8))
                      << Cli::tr("Rendered as the DingTalk bridge renders it, with servers in %1.")
                             .arg(common.serversTimeZone)
                      << Qt::endl;
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
        request.timeoutMs = common.timeoutMs;
        const QString redacted = workspace.dingTalk().prepare(request).redacted();
        const int status = refused ? ExitRefused : ExitOk;
        if (cli.json()) {
            json.insert(QStringLiteral("request"), redacted);
            // The exact bytes posted (no secret is in the body): what the bridge posts, for a policy.
            json.insert(QStringLiteral("body"), QString::fromUtf8(prepared.message.toJson()));
            return finish(QStringLiteral("dry-run"), status);
        }
        cli.out() << Qt::endl << Cli::tr("Request (dry run: nothing was sent):") << Qt::endl << redacted << Qt::endl;
        if (refused)
            cli.err() << Cli::tr("error: ")
                      << Cli::tr("a real send would be refused: the checks above found errors; fix them, or pass "
                                 "--force to send anyway.")
                      << Qt::endl;
        answer.status = status;
        return answer;
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
    request.timeoutMs = common.timeoutMs;
    if (common.policy) {
        request.policyUuid = common.policy->uuid;
        request.policyName = common.policy->name;
    }
    const TestSendResult result =
        cli.wait<TestSendResult>([&](QObject* context, std::function<void(TestSendResult)> done) {
            TestSender::send(workspace, request, context, done);
        });
    if (result.historyError)
        cli.warn(result.historyError->message);
    switch (result.stage) {
    case TestSendResult::Stage::NotSent:
        return fail(*result.error);
    case TestSendResult::Stage::HeldBack:
        if (cli.json()) {
            json.insert(QStringLiteral("heldBack"),
                        QJsonObject{{QStringLiteral("reason"), RateDecision::verdictName(result.rate.verdict)},
                                    {QStringLiteral("waitSeconds"), result.rate.waitSeconds()},
                                    {QStringLiteral("explanation"), result.rate.explanation()}});
            return finish(QStringLiteral("held-back"), ExitRefused);
        }
        cli.err() << Cli::tr("error: ") << result.rate.explanation() << Qt::endl;
        answer.status = ExitRefused;
        return answer;
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
    answer.status = status;
    return answer;
}

int runSendTest(CliContext& cli, const QCommandLineParser& parser)
{
    const bool oneRobot = isGiven(parser, QStringLiteral("robot"));
    if (!oneRobot && !isGiven(parser, QStringLiteral("policy")))
        return cli.usage(Cli::tr("send-test needs --robot NAME, --policy NAME, or both."));
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    Common common;
    if (auto problem = prepareCommon(cli, *workspace, parser, common))
        return cli.fail(*problem);
    auto found = robotsToSend(*workspace, parser, common);
    if (!found)
        return cli.fail(found.error());
    QList<Prepared> robots = std::move(found).value();
    // With --policy and no --robot: one result per robot the policy reaches (a JSON array with --json), and the exit
    // status of the first that did not succeed.
    QJsonArray results;
    int status = ExitOk;
    for (qsizetype i = 0; i < robots.size(); ++i) {
        Prepared& prepared = robots[i];
        if (auto problem = buildMessage(*workspace, common, prepared))
            return cli.fail(*problem);
        if (i > 0 && !cli.json())
            cli.out() << Qt::endl;
        const SendAnswer answer = sendOne(cli, *workspace, parser, common, prepared);
        if (status == ExitOk)
            status = answer.status;
        results.append(answer.json);
    }
    if (cli.json())
        cli.printJson(oneRobot ? QJsonValue(results.first()) : QJsonValue(results));
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
