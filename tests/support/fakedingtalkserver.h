// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "fakehttp.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpSocket;

namespace alertdesk::test {

/// A robot as FakeDingTalkServer knows it: its token and security settings.
struct FakeRobot {
    QString token;
    QStringList keywords; ///< case-sensitive; empty: no keyword check
    QString secret;       ///< "SEC..."; empty: no signature check
    QStringList ipRanges; ///< "127.0.0.1", "10.0.0.0/8"; empty: no IP check
    bool enabled = true;
};

/// A request as the fake received it, with the peer it came from.
struct RecordedRequest : HttpRequest {
    QHostAddress peer;
    QJsonObject json() const; ///< the body as a JSON object (empty when it is none)
};

/// DingTalk's custom-robot API on 127.0.0.1 (dingtalk.md), for tests: token, keyword, signature (checked with its own
/// HMAC-SHA256, independent of Signer), timestamp within an hour of its clock, IP ranges, 20 messages a minute per
/// token (then throttled for 10 minutes), the 20000-byte limit, malformed requests; answers HTTP 200 with
/// {"errcode":N,"errmsg":"..."} and a Date header from its clock. Records every request. Hostile modes make it hang,
/// trickle its answer, reset the connection, answer HTTP 500, HTML, broken JSON, or a DingTalk answer padded past
/// 10 MB (announced with Content-Length, or not: read until the connection closes).
class FakeDingTalkServer : public QObject {
    Q_OBJECT
public:
    enum class Mode { Normal, Hang, SlowBody, Reset, Http500, Html, InvalidJson, HugeBody, HugeBodyUnannounced };
    static constexpr qsizetype hugeBodyBytes = 12 * 1024 * 1024;

    explicit FakeDingTalkServer(QObject* parent = nullptr);
    ~FakeDingTalkServer() override;

    bool listen(); ///< 127.0.0.1, a free port; false (with a qWarning) when it cannot
    quint16 port() const { return m_server.serverPort(); }
    QUrl endpoint() const; ///< http://127.0.0.1:<port>/robot/send

    void addRobot(const FakeRobot& robot) { m_robots.insert(robot.token, robot); }
    void setMode(Mode mode) { m_mode = mode; }
    /// Answer every request with this errcode/errmsg (HTTP 200), whatever it holds; std::nullopt: check as DingTalk.
    void forceAnswer(std::optional<QPair<int, QString>> answer) { m_forced = std::move(answer); }
    /// The fake's own clock, milliseconds since the epoch (default: the system clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    /// For benchmarks: called, in the server's thread, for each request answered in Normal mode, with when its first
    /// bytes were read and when the whole answer had been written to the connection (std::chrono::steady_clock, ns).
    using Timing = std::function<void(qint64 requestReadNs, qint64 answerWrittenNs)>;
    void setTimingObserver(Timing observer) { m_timing = std::move(observer); }

    QList<RecordedRequest> requests() const { return m_requests; }
    /// The answers it gave, in order (errcode per request; -2 when the mode gave no DingTalk answer).
    QList<int> errcodes() const { return m_errcodes; }

    /// What DingTalk would answer to this request: {errcode, errmsg}. Public so tests can check the fake itself.
    QPair<int, QString> judge(const HttpRequest& request, const QHostAddress& peer);
    /// HMAC-SHA256 written out per RFC 2104 on QCryptographicHash::Sha256, base64: the expected "sign".
    static QString expectedSign(const QString& secret, qint64 timestampMs);

signals:
    void requestReceived();

private:
    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const RecordedRequest& request);
    QTcpServer m_server;
    QHash<QString, FakeRobot> m_robots;
    QHash<QString, QList<qint64>> m_sendTimes; ///< per token, within the last minute
    QHash<QString, qint64> m_throttledUntil;   ///< per token
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, qint64> m_requestReadNs; ///< when the first bytes of the request being read arrived
    Mode m_mode = Mode::Normal;
    std::optional<QPair<int, QString>> m_forced;
    std::function<qint64()> m_clock;
    QList<RecordedRequest> m_requests;
    QList<int> m_errcodes;
    Timing m_timing;
};

} // namespace alertdesk::test
