// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importreport.h"
#include "export/importsource.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace alertdesk {

/// Reads an Alertmanager 0.25 configuration (`alertmanager.yml`) into plain values. Strict where Alertmanager is
/// strict: bad YAML, an unknown key, a malformed matcher or duration, a route naming a receiver or time interval that
/// is not defined, are errors naming the file, the line and the path (`route.routes[1].receiver`). What is valid but
/// means nothing to AlertDesk (global settings, inhibit rules, templates, http_config) goes to `report`.
/// `file` is the name used in messages.
Result<AlertmanagerSource> readAlertmanagerFile(const QString& file, const QByteArray& bytes, ImportReport& report);

} // namespace alertdesk
