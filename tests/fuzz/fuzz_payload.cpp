// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: the alert payload readers, on any bytes pasted or loaded as a sample payload: TestAlert::readPayload
// (the built-in test layout) and TemplateData::fromWebhookJson in both dialects, then a fixed template that walks the
// data the way the shipped templates do. Errors are values; any crash, hang or sanitizer report is a bug.
#include "dingtalk/testalert.h"
#include "templating/gotemplate.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

const std::string walker =
    R"({{ .Status }} {{ .CommonLabels.alertname }} {{ len .Alerts }} {{ range .Alerts.Firing }}{{ .Labels.severity }})"
    R"( {{ range .Labels.SortedPairs }}{{ .Name }}={{ .Value }} {{ end }}{{ .StartsAt.Format "2006-01-02 15:04" }})"
    R"({{ .Annotations.summary | toUpper }}{{ end }}{{ range .Alerts.Resolved }}{{ .EndsAt }}{{ end }})"
    R"({{ template "__subject" . }})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto alerts = alertdesk::TestAlert::readPayload(json);
    if (alerts.ok()) {
        const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
        (void)alertdesk::TestAlert::build(alertdesk::MessageType::Markdown, QStringLiteral("fuzz"), QString(),
                                          alerts.value(), {}, now);
    }
    for (auto dialect : {alertdesk::TemplateDialect::Alertmanager, alertdesk::TemplateDialect::DingTalkBridge}) {
        const auto templateData = alertdesk::TemplateData::fromWebhookJson(json, dialect);
        if (!templateData.ok())
            continue;
        static const auto am =
            alertdesk::CompiledTemplate::compileUtf8("fuzz", walker, alertdesk::TemplateDialect::Alertmanager);
        static const auto bridge =
            alertdesk::CompiledTemplate::compileUtf8("fuzz", walker, alertdesk::TemplateDialect::DingTalkBridge);
        const auto& compiled = dialect == alertdesk::TemplateDialect::Alertmanager ? am : bridge;
        if (compiled.ok())
            (void)compiled.value()->renderUtf8(templateData.value());
    }
    return 0;
}
