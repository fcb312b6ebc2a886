// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The test send round trip, for ./packaging/dev.sh bench: bench_send ENDPOINT TOKEN_CLIENT TOKEN_FULL BODY_OUT
// against the fake DingTalk server program (fake_dingtalk_server, both tokens with the keyword Alarm).
//   send.client  DingTalkClient::send of the built-in test message, from send() to the explained outcome: the round
//                trip itself, what curl's time_total measures for the same body (BODY_OUT, for curl to post).
//   send.full    TestSender::send, everything "Send test alert" does: the token from the keychain (run it inside a
//                keyring session), a slot of the rate budget, the round trip, the history row.
// Each is the median of 19 sends (DingTalk allows a robot 20 a minute), on one connection as curl's are.
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/testalert.h"
#include "dingtalk/testsender.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace alertdesk;

namespace {

/// ALERTDESK_BENCH_SENDS overrides it for profiling (past 20 the fake server answers "throttled": still a round trip).
const int sends =
    qEnvironmentVariableIsSet("ALERTDESK_BENCH_SENDS") ? qEnvironmentVariableIntValue("ALERTDESK_BENCH_SENDS") : 19;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Runs the event loop until `start(done)` calls done; returns the milliseconds that took.
template <typename Start> double timed(Start start)
{
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    start([&loop] { loop.quit(); });
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_send ENDPOINT TOKEN_CLIENT TOKEN_FULL BODY_OUT\n");
        return 1;
    }
    const QUrl endpoint(args.at(1));
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("send.sqlite")), std::make_unique<KeychainSecretStore>(),
                                  Database::windowLockWait);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    Workspace& workspace = *opened.value();
    workspace.dingTalk().setProxy(QNetworkProxy(QNetworkProxy::NoProxy));

    Robot robot;
    robot.name = QStringLiteral("bench");
    robot.endpoint = endpoint;
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    std::optional<Result<Robot>> added;
    timed([&](auto quit) {
        workspace.addRobot(robot, RobotSecrets{args.at(3), QString()}, &app, [&, quit](Result<Robot> result) {
            added = std::move(result);
            quit();
        });
    });
    if (!added->ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(added->error().message));
        return 1;
    }
    robot = added->value();
    const DingTalkMessage message =
        TestAlert::build(MessageType::Markdown, robot.name, QString(), {}, {}, QDateTime::currentDateTimeUtc());

    SendRequest request;
    request.endpoint = endpoint;
    request.accessToken = args.at(2);
    request.message = message;
    QFile body(args.at(4));
    if (!body.open(QIODevice::WriteOnly) || body.write(workspace.dingTalk().prepare(request).body) < 0)
        return 1;
    body.close();

    QList<double> client;
    QList<double> full;
    int failures = 0;
    for (int i = 0; i < sends; ++i) {
        client << timed([&](auto quit) {
            workspace.dingTalk().send(request, &app, [&, quit](const SendOutcome& outcome) {
                failures += outcome.delivered() ? 0 : 1;
                quit();
            });
        });
    }
    for (int i = 0; i < sends; ++i) {
        full << timed([&](auto quit) {
            TestSender::send(workspace, TestSendRequest{robot, message, {}, {}, SendRequest::defaultTimeoutMs}, &app,
                             [&, quit](const TestSendResult& result) {
                                 failures += result.outcome.delivered() ? 0 : 1;
                                 quit();
                             });
        });
    }
    if (failures > 0 && sends <= 19) {
        std::fprintf(stderr, "%d of %d sends were not delivered\n", failures, 2 * sends);
        return 1;
    }
    std::printf("Test send round trip, median of %d (first: connection set up)\n", sends);
    std::printf("  DingTalkClient::send: %.3f ms (first %.3f ms)\n", median(client), client.first());
    std::printf("  TestSender::send (keychain, rate budget, history): %.3f ms (first %.3f ms)\n", median(full),
                full.first());
    std::printf("FIGURE send.client %.3f ms\nFIGURE send.full %.3f ms\n", median(client), median(full));
    timed([&](auto quit) { workspace.removeRobot(robot.uuid, &app, [quit](const Result<void>&) { quit(); }); });
    return 0;
}
