// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace alertdesk {

/// DingTalk's errcodes (dingtalk.md), explained for a person: what happened and what to do. Sentences are translated
/// (context "alertdesk::DingTalkErrors"); secrets never appear in them.
namespace DingTalkErrors {

/// Which security check a 310000 answer names (from its errmsg).
enum class SecurityCheck { Keywords, Timestamp, Sign, Ip, Unknown };
SecurityCheck securityCheck(const QString& errmsg);

/// The sentence for `errcode` (0 included). Unknown codes: a generic sentence quoting `errmsg` verbatim.
/// `clockSkewMs` (DingTalk's clock minus ours, from the answer's Date header) adds a clock warning to
/// "invalid timestamp" when known and larger than a minute.
QString explain(int errcode, const QString& errmsg, std::optional<qint64> clockSkewMs = std::nullopt);

/// Every errcode dingtalk.md lists (0 included), for tests and documentation.
QList<int> knownCodes();
bool isKnown(int errcode);

bool isThrottled(int errcode); ///< 130101, 410100: 20/min exceeded, robot throttled for 10 minutes
bool isTooLong(int errcode);   ///< 460101, 101002: body over 20000 bytes
bool isRetryable(int errcode); ///< -1, 500100 (DingTalk busy), and the throttle codes after their 10 minutes
bool isSecurity(int errcode);  ///< 310000
bool isBadToken(int errcode);  ///< 300001, 300005, 400101

} // namespace DingTalkErrors

} // namespace alertdesk
