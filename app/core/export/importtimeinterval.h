// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// Internal to the importers: an Alertmanager time interval read back into a notification window.

#include "export/importsource.h"
#include "export/importyaml.h"

namespace alertdesk {

/// Reads the `time_intervals:` list of one named time interval (checking its syntax as Alertmanager does) and sets
/// `interval.window` when it is one notification window: a single entry with weekdays (or none: every day), one
/// `times` range and a location (none: UTC, as Alertmanager assumes). Otherwise `whyNoWindow` says why not.
void readTimeInterval(importyaml::Reader& yaml, const YAML::Node& list, const QString& path,
                      AlertmanagerSource::TimeInterval& interval);

} // namespace alertdesk
