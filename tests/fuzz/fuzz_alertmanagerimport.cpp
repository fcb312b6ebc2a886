// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: importing an existing setup. The input is an alertmanager.yml, optionally followed by a line
// "---8<---" and the DingTalk bridge's config.yml; both are read as `alertdeskctl import` reads them, then the route
// tree is turned into policies. Bad YAML and unsupported settings are errors or report notes (values); any crash,
// hang, uncaught exception or sanitizer report is a bug.
#include "export/importalertmanagerfile.h"
#include "export/importbridgefile.h"
#include "export/importplan.h"
#include "export/importroutes.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QByteArray cut = "\n---8<---\n";
    const qsizetype at = input.indexOf(cut);
    alertdesk::ImportPlan plan;
    const auto source = alertdesk::readAlertmanagerFile(QStringLiteral("alertmanager.yml"),
                                                        at < 0 ? input : input.left(at), plan.report);
    std::optional<alertdesk::BridgeSource> bridge;
    if (at >= 0) {
        // A folder that does not exist: template files the config names are reported missing, never read.
        auto read = alertdesk::readBridgeFile(QStringLiteral("/nonexistent/alertdesk-fuzz/config.yml"),
                                              input.mid(at + cut.size()), plan.report);
        if (read.ok())
            bridge = std::move(read).value();
    }
    if (source.ok())
        (void)alertdesk::ImportRoutes::plan(source.value(), bridge, plan);
    return 0;
}
