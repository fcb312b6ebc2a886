// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QString>
#include <QStringList>

namespace alertdesk::matcherformat {

/// Go's regexp.QuoteMeta: a backslash before each of `\.+*?()|[]{}^$`, so the text matches itself literally.
QString quoteMeta(const QString& text);
/// `"value"` as Alertmanager's matcher parser reads it back: backslash, double quote and newline escaped.
QString quoteValue(const QString& value);
/// One condition as an Alertmanager matcher: `label="v"`, `label!="v"`, `label=~"v"`, `label!~"v"`, and for in /
/// notin `label=~"(a|b)"` / `label!~"(a|b)"` with each value regex-quoted.
QString matcher(const MatchCondition& condition);
/// The `matchers:` list of a route for one rule (all conditions must hold).
QStringList matchers(const MatchRule& rule);

} // namespace alertdesk::matcherformat
