// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"

#include "result.h"

#include <QJsonObject>

namespace alertdesk {

/// The JSON form of the domain values, as `alertdeskctl --json` prints them and scripts read them. References are by
/// uuid; callers that show them to people add names. Secrets are never part of it. Times are ISO 8601 UTC.
QJsonObject toJson(const Robot& robot);
QJsonObject toJson(const Contact& contact);
QJsonObject toJson(const ContactGroup& group);
QJsonObject toJson(const NotificationPolicy& policy);

/// The inverse of toJson(), for bundles and scripts: every field toJson() writes is read back; derived fields (a
/// rule's and a window's "text", "method", "hasAvatar") are ignored, an optional "avatar" (base64) is read. `path`
/// names the object in error messages ("robots[2]"): an error's field is the full path of the value at fault
/// ("robots[2].endpoint") and its sentence says what was expected there. Domain rules are not checked here
/// (validation.h does that); only the shape and the spellings of enums, times and durations.
Result<Robot> robotFromJson(const QJsonObject& object, const QString& path = {});
Result<Contact> contactFromJson(const QJsonObject& object, const QString& path = {});
Result<ContactGroup> contactGroupFromJson(const QJsonObject& object, const QString& path = {});
Result<NotificationPolicy> policyFromJson(const QJsonObject& object, const QString& path = {});

} // namespace alertdesk
