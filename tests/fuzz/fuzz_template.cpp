// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: parse + execute one template (the input bytes) in both dialects over a fixed two-alert payload. Any
// crash, hang or sanitizer report is a bug; template errors are fine (they are values). Built with libFuzzer when
// ALERTDESK_LIBFUZZER is on (clang, -fsanitize=fuzzer); otherwise fuzzdriver.cpp runs it over corpus files.
#include "templating/gotemplate.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

const char* const payload = R"json({"version":"4","status":"firing","receiver":"fuzz","groupKey":"{}:{}",
"groupLabels":{"alertname":"Disk"},"commonLabels":{"alertname":"Disk","severity":"critical"},
"commonAnnotations":{"summary":"磁盘 95%"},"externalURL":"http://am:9093","alerts":[
{"status":"firing","labels":{"alertname":"Disk","severity":"critical","instance":"db1"},
"annotations":{"summary":"磁盘 95%","description":"<b>full</b>"},"startsAt":"2026-11-24T07:00:00+08:00",
"endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom/graph?g0.expr=up","fingerprint":"abc"},
{"status":"resolved","labels":{"alertname":"Disk","instance":"db2"},"annotations":{},
"startsAt":"2026-11-24T06:00:00Z","endsAt":"2026-11-24T06:30:00.5Z","generatorURL":"","fingerprint":"def"}]})json";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (auto dialect : {alertdesk::TemplateDialect::Alertmanager, alertdesk::TemplateDialect::DingTalkBridge}) {
        static const auto am =
            alertdesk::TemplateData::fromWebhookJson(payload, alertdesk::TemplateDialect::Alertmanager);
        static const auto bridge =
            alertdesk::TemplateData::fromWebhookJson(payload, alertdesk::TemplateDialect::DingTalkBridge);
        const auto& templateData = dialect == alertdesk::TemplateDialect::Alertmanager ? am : bridge;
        auto compiled = alertdesk::CompiledTemplate::compileUtf8("fuzz", text, dialect);
        if (compiled.ok() && templateData.ok())
            (void)compiled.value()->renderUtf8(templateData.value());
    }
    return 0;
}
