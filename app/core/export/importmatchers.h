// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// Internal to the importers: Alertmanager matchers read back into AlertDesk's conditions.

#include "domain/notificationpolicy.h"
#include "export/importsource.h"
#include "export/importyaml.h"
#include "result.h"

namespace alertdesk::importmatchers {

/// One entry of a route's `matchers:` list, as Alertmanager's labels.ParseMatchers reads it: one or more
/// comma-separated `label<op>value` (optionally inside braces), values double-quoted (with \\, \" and \n escapes) or
/// bare. The error is a sentence without a place; the caller adds it.
Result<QList<AlertmanagerSource::Matcher>> parse(const QString& text);

/// The condition a matcher means, inverting the export mapping (docs/export.md): `=~"(a|b)"` whose alternatives are
/// all regex-quoted literals becomes `in a|b`, `!~` of the same `notin`. std::nullopt with `why` set when AlertDesk
/// cannot hold it (the condition check of domain/validation.h refuses it).
std::optional<MatchCondition> toCondition(const AlertmanagerSource::Matcher& matcher, QString* why);

/// Reads `matchers`, `match` and `match_re` of the route at `path` into `out`.
void readRouteMatchers(importyaml::Reader& yaml, const YAML::Node& route, const QString& path,
                       QList<AlertmanagerSource::Matcher>& out);

} // namespace alertdesk::importmatchers
