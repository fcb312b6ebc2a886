// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importreport.h"
#include "export/importsource.h"
#include "result.h"

#include <QString>

namespace alertdesk {

/// Reads the DingTalk bridge's `config.yml` (prometheus-webhook-dingtalk: `targets`, `templates`,
/// `default_message`) and the `{{ define }}`s of its template files. Template paths are looked up next to the config
/// file, then in its parent folder (the bridge resolves them from its working directory, usually one of the two);
/// globs are expanded. Bad YAML, an unknown key or a target without url are errors naming the file and line; a
/// template file that cannot be found or read goes to `report`.
Result<BridgeSource> readBridgeFile(const QString& path, const QByteArray& bytes, ImportReport& report);

} // namespace alertdesk
