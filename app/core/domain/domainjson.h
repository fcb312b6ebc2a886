// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"

#include <QJsonObject>

namespace alertdesk {

/// The JSON form of the domain values, as `alertdeskctl --json` prints them and scripts read them. References are by
/// uuid; callers that show them to people add names. Secrets are never part of it. Times are ISO 8601 UTC.
QJsonObject toJson(const Robot& robot);
QJsonObject toJson(const Contact& contact);
QJsonObject toJson(const ContactGroup& group);
QJsonObject toJson(const NotificationPolicy& policy);

} // namespace alertdesk
