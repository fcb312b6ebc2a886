// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "result.h"

#include <QList>

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
std::optional<Error> checkName(const QString& field, const QString& name);  ///< trimmed, 1-64 characters
std::optional<Error> checkKeyword(const QString& keyword);                  ///< 1-20 characters, no surrounding space
std::optional<Error> checkIpRange(const QString& range);                   ///< IPv4 address or CIDR block
std::optional<Error> checkPhone(const QString& phone);                     ///< digits, optional "+CC-" prefix
std::optional<Error> checkEmail(const QString& email);
std::optional<Error> checkLabelName(const QString& label);                 ///< Prometheus label name
std::optional<Error> checkTimeZone(const QString& ianaId);

/// The name as it is compared for uniqueness (case-insensitive, surrounding space ignored).
QString nameKey(const QString& name);

} // namespace alertdesk
