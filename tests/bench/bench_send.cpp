// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// A test send, for ./packaging/dev.sh bench: bench_send ENDPOINT TOKEN_CLIENT TOKEN_FULL BODY_OUT against the fake
// DingTalk server program (fake_dingtalk_server, both tokens with the keyword Alarm), and against a FakeDingTalkServer
// of its own in a second thread.
//   send.overhead       the goal: DingTalkClient::send's in-process overhead, everything but the network, against
//                       the fake in the second thread, which notes when a request's first bytes reach it and when its
//                       answer has been written. Overhead = (send() to the request's first bytes at the fake) +
//                       (the answer written to the outcome in `done`): Qt's network stack on both sides, signing,
//                       the JSON, reading the answer. The loopback hops and the fake's own wake-up are counted in
//                       too, so the figure is an upper bound.
//   send.overhead.full  the same for TestSender::send, everything "Send test alert" does around the request: the
//                       token from the keychain (run it inside a keyring session), a slot of the rate budget, the
//                       history row (for the record: the keychain is another process).
//   send.client         DingTalkClient::send's whole round trip to fake_dingtalk_server, from send() to the
//                       explained outcome: what curl's time_total measures for the same body (BODY_OUT, for curl).
//   send.full           TestSender::send's whole round trip to fake_dingtalk_server.
// Each is the median of 19 sends (DingTalk allows a robot 20 a minute), on one kept connection as curl's are.
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/testalert.h"
#include "dingtalk/testsender.h"
#include "fakedingtalkserver.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <chrono>
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

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
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

/// A FakeDingTalkServer living in a thread of its own, so that it answers while this thread waits, and says when
/// each request reached it and when its answer left.
class ServerThread {
public:
    ServerThread(const QString& token, const QString& keyword)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                m_server = new test::FakeDingTalkServer;
                m_server->addRobot({token, {keyword}, {}, {}});
                m_server->setTimingObserver([this](qint64 readNs, qint64 writtenNs) {
                    QMutexLocker lock(&m_mutex);
                    m_last = {readNs, writtenNs};
                    m_answered.release();
                });
                if (m_server->listen())
                    m_endpoint = m_server->endpoint();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                delete m_server;
                m_anchor.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl endpoint() const { return m_endpoint; }
    /// When the last request's first bytes were read and when its answer had been written (steady clock, ns); waits
    /// for the fake to have noted them.
    QPair<qint64, qint64> lastExchange()
    {
        m_answered.acquire();
        QMutexLocker lock(&m_mutex);
        return m_last;
    }

private:
    QThread m_thread;
    QObject m_anchor;
    test::FakeDingTalkServer* m_server = nullptr;
    QUrl m_endpoint;
    QMutex m_mutex;
    QPair<qint64, qint64> m_last;
    QSemaphore m_answered;
};

/// The in-process part of one send: before the request reached the fake, and after its answer left it (ms).
struct Overhead {
    QList<double> before;
    QList<double> after;
    QList<double> total;

    void add(qint64 startNs, QPair<qint64, qint64> atTheFake, qint64 endNs)
    {
        before << double(atTheFake.first - startNs) / 1e6;
        after << double(endNs - atTheFake.second) / 1e6;
        total << before.constLast() + after.constLast();
    }
};

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
    const QString localToken(64, QLatin1Char('e'));
    const QString localFullToken(64, QLatin1Char('f'));
    ServerThread local(localToken, QStringLiteral("Alarm"));
    ServerThread localFull(localFullToken, QStringLiteral("Alarm"));
    if (local.endpoint().isEmpty() || localFull.endpoint().isEmpty())
        return 1;

    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("send.sqlite")), std::make_unique<KeychainSecretStore>(),
                                  Database::windowLockWait);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    Workspace& workspace = *opened.value();
    workspace.dingTalk().setProxy(QNetworkProxy(QNetworkProxy::NoProxy));

    const auto addRobot = [&](const QString& name, const QUrl& url, const QString& token) -> std::optional<Robot> {
        Robot robot;
        robot.name = name;
        robot.endpoint = url;
        robot.keywords = armsKeywords();
        robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
        std::optional<Result<Robot>> added;
        timed([&](auto quit) {
            workspace.addRobot(robot, RobotSecrets{token, QString()}, &app, [&, quit](Result<Robot> result) {
                added = std::move(result);
                quit();
            });
        });
        if (!added->ok()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(added->error().message));
            return std::nullopt;
        }
        return added->value();
    };
    const std::optional<Robot> robot = addRobot(QStringLiteral("bench"), endpoint, args.at(3));
    const std::optional<Robot> localRobot =
        addRobot(QStringLiteral("bench-local"), localFull.endpoint(), localFullToken);
    if (!robot || !localRobot)
        return 1;
    const DingTalkMessage message =
        TestAlert::build(MessageType::Markdown, robot->name, QString(), {}, {}, QDateTime::currentDateTimeUtc());

    SendRequest request;
    request.endpoint = endpoint;
    request.accessToken = args.at(2);
    request.message = message;
    QFile body(args.at(4));
    if (!body.open(QIODevice::WriteOnly) || body.write(workspace.dingTalk().prepare(request).body) < 0)
        return 1;
    body.close();

    int failures = 0;
    // The goal: the overhead of DingTalkClient::send, then of TestSender::send, against the fake in its thread.
    Overhead client;
    SendRequest localRequest = request;
    localRequest.endpoint = local.endpoint();
    localRequest.accessToken = localToken;
    for (int i = 0; i < sends; ++i) {
        const qint64 start = steadyNs();
        qint64 end = 0;
        timed([&](auto quit) {
            workspace.dingTalk().send(localRequest, &app, [&, quit](const SendOutcome& outcome) {
                end = steadyNs();
                failures += outcome.delivered() ? 0 : 1;
                quit();
            });
        });
        client.add(start, local.lastExchange(), end);
    }
    Overhead full;
    for (int i = 0; i < sends; ++i) {
        const qint64 start = steadyNs();
        qint64 end = 0;
        timed([&](auto quit) {
            TestSender::send(workspace, TestSendRequest{*localRobot, message, {}, {}, SendRequest::defaultTimeoutMs},
                             &app, [&, quit](const TestSendResult& result) {
                                 end = steadyNs();
                                 failures += result.outcome.delivered() ? 0 : 1;
                                 quit();
                             });
        });
        full.add(start, localFull.lastExchange(), end);
    }

    // For the record: whole round trips to the fake server program, as curl's.
    QList<double> clientTrip;
    QList<double> fullTrip;
    for (int i = 0; i < sends; ++i) {
        clientTrip << timed([&](auto quit) {
            workspace.dingTalk().send(request, &app, [&, quit](const SendOutcome& outcome) {
                failures += outcome.delivered() ? 0 : 1;
                quit();
            });
        });
    }
    for (int i = 0; i < sends; ++i) {
        fullTrip << timed([&](auto quit) {
            TestSender::send(workspace, TestSendRequest{*robot, message, {}, {}, SendRequest::defaultTimeoutMs}, &app,
                             [&, quit](const TestSendResult& result) {
                                 failures += result.outcome.delivered() ? 0 : 1;
                                 quit();
                             });
        });
    }
    if (failures > 0 && sends <= 19) {
        std::fprintf(stderr, "%d of %d sends were not delivered\n", failures, 4 * sends);
        return 1;
    }
    std::printf("In-process overhead of a test send (everything but the network), median of %d (first: connection "
                "set up)\n",
                sends);
    std::printf("  DingTalkClient::send: %.3f ms (first %.3f ms); medians of its parts: %.3f ms before the request "
                "reached the fake, %.3f ms after its answer left it\n",
                median(client.total), client.total.first(), median(client.before), median(client.after));
    std::printf("  TestSender::send (keychain, rate budget, history): %.3f ms (first %.3f ms); parts: %.3f ms before, "
                "%.3f ms after\n",
                median(full.total), full.total.first(), median(full.before), median(full.after));
    std::printf("Test send round trip to fake_dingtalk_server, median of %d (first: connection set up)\n", sends);
    std::printf("  DingTalkClient::send: %.3f ms (first %.3f ms)\n", median(clientTrip), clientTrip.first());
    std::printf("  TestSender::send (keychain, rate budget, history): %.3f ms (first %.3f ms)\n", median(fullTrip),
                fullTrip.first());
    std::printf("FIGURE send.overhead %.3f ms\nFIGURE send.overhead.full %.3f ms\n", median(client.total),
                median(full.total));
    std::printf("FIGURE send.client %.3f ms\nFIGURE send.full %.3f ms\n", median(clientTrip), median(fullTrip));
    for (const std::optional<Robot>& added : {robot, localRobot})
        timed([&](auto quit) { workspace.removeRobot(added->uuid, &app, [quit](const Result<void>&) { quit(); }); });
    return 0;
}
