// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <optional>

namespace alertdesk {

class Database;

/// One "Send test alert", as the history shows it. Never holds the access token or the signature.
struct TestSend {
    /// What became of it: SendOutcome::Kind's cases, plus HeldBack (the rate budget kept it from DingTalk).
    enum class Outcome { Delivered, DingTalkError, HttpError, NetworkError, Timeout, UnreadableAnswer, HeldBack };

    qint64 id = 0; ///< set by record()
    QDateTime sentAt;
    QString robotUuid; ///< empty once the robot is removed (the name stays)
    QString robotName;
    QString policyUuid; ///< empty: a plain robot test
    QString policyName;
    QString msgtype; ///< DingTalk's name: "markdown", "text", "actionCard", ...
    Outcome outcome = Outcome::Delivered;
    std::optional<int> errcode; ///< DingTalk's errcode when it answered
    QString errmsg;             ///< DingTalk's errmsg, or what went wrong otherwise (already free of secrets)
    int httpStatus = 0;         ///< 0: no HTTP answer
    qint64 latencyMs = 0;

    /// "delivered", "dingtalk-error", "http-error", "network-error", "timeout", "unreadable-answer", "held-back".
    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString& name);

    friend bool operator==(const TestSend&, const TestSend&) = default;
};

/// The history of test sends in the workspace (table test_sends), newest first.
class TestSendRepository : public QObject {
    Q_OBJECT
public:
    explicit TestSendRepository(Database& database, QObject* parent = nullptr);

    /// Stores one test send; the returned copy has its id. Emits recorded().
    Result<TestSend> record(TestSend send);
    /// The latest `limit` test sends, newest first; only those to one robot when `robotUuid` is given.
    Result<QList<TestSend>> recent(int limit = 50, const QString& robotUuid = QString()) const;

signals:
    /// A test send was stored by this workspace (other programs' sends show up on the next recent()).
    void recorded(const alertdesk::TestSend& send);

private:
    Database& m_db;
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::TestSend)
