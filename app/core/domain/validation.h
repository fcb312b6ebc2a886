// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "result.h"

#include <QList>
#include <QUrl>
#include <optional>

namespace alertdesk {

/// Every rule of domain.md that can be checked on one value alone. Each function returns all problems found (empty =
/// valid), each with the field at fault and a translated sentence that says what is wrong and what to do, so editors
/// can mark every invalid field at once. Rules that need the rest of the workspace (unique names, references that
/// must exist) are checked by the repositories and reported as Error::Kind::Conflict.
using Problems = QList<Error>;

Problems validateRobot(const Robot& robot);
/// The secrets a robot needs: an access token always; a secret starting with "SEC" exactly when signing is on.
Problems validateRobotSecrets(const Robot& robot, const RobotSecrets& secrets);
Problems validateContact(const Contact& contact);
Problems validateContactGroup(const ContactGroup& group);
Problems validatePolicy(const NotificationPolicy& policy);

/// Field-level checks, shared by the whole-value validators and by editors that validate as the operator types.
/// Each returns std::nullopt when the input is fine.
std::optional<Error> checkName(const QString& field, const QString& name); ///< trimmed, 1-64 characters
std::optional<Error> checkKeyword(const QString& keyword);                 ///< 1-20 characters, no surrounding space
std::optional<Error> checkIpRange(const QString& range);                   ///< IPv4 address or CIDR block
std::optional<Error> checkPhone(const QString& phone);                     ///< digits, optional "+CC-" prefix
std::optional<Error> checkEmail(const QString& email);
std::optional<Error> checkLabelName(const QString& label); ///< Prometheus label name
std::optional<Error> checkTimeZone(const QString& ianaId);

/// The name as it is compared for uniqueness (case-insensitive, surrounding space ignored).
QString nameKey(const QString& name);

/// Limits of domain.md, for editors that want to cap input as it is typed (QLineEdit::setMaxLength and the like).
/// Lengths count characters (Unicode code points), not bytes.
namespace limits {
inline constexpr int nameLength = 64;
inline constexpr int keywords = 10;
inline constexpr int keywordLength = 20;
inline constexpr int ipRanges = 10;
inline constexpr int notesLength = 2000;
inline constexpr int descriptionLength = 500;
inline constexpr int userIdLength = 64;
inline constexpr int templateLength = 20000;
inline constexpr int avatarSide = 256;
inline constexpr qsizetype avatarBytes = 1024 * 1024;
} // namespace limits

/// The robot's webhook endpoint: https, or http to a loopback host only; a host; no query, fragment or user info.
std::optional<Error> checkEndpoint(const QUrl& endpoint);
/// A webhook access token: 8-256 characters out of [A-Za-z0-9_-]. The message never contains the token.
std::optional<Error> checkAccessToken(const QString& token);
/// One matching condition on its own: label name, operator arity, values, regex syntax. Field "rules".
std::optional<Error> checkCondition(const MatchCondition& condition);
/// "localhost", 127.0.0.0/8 or ::1: the only hosts plain http may be used with.
bool isLoopbackHost(const QString& host);

} // namespace alertdesk
