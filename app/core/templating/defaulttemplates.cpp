// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/defaulttemplates.h"

namespace alertdesk {

namespace {

// Byte for byte the files tests/data/templates/default-*.tmpl (the oracle renders those; tst_defaulttemplates
// compares). Markdown as DingTalk shows it on mobile: a blank line between blocks, list items for the fields, no
// tables or code blocks. Times keep the offset the payload gives (Alertmanager's servers usually run in UTC).
const char kTitle[] =
    R"tmpl([Alarm 告警] {{ if eq .Status "firing" }}FIRING {{ len .Alerts.Firing }}{{ else }}RESOLVED{{ end }}: {{ with .CommonLabels.alertname }}{{ . }}{{ else }}several alerts{{ end }})tmpl";

const char kMarkdownText[] =
    R"tmpl({{- /* AlertDesk's default markdown (markdown and actionCard). Runs in both dialects: Go builtins only. */ -}}
### [Alarm 告警] {{ if eq .Status "firing" }}FIRING{{ else }}RESOLVED{{ end }}: {{ with .CommonLabels.alertname }}{{ . }}{{ else }}several alerts{{ end }}

**Dispatch** from AlertDesk · alerts: {{ len .Alerts.Firing }} firing, {{ len .Alerts.Resolved }} resolved{{ with .Receiver }} · receiver {{ . }}{{ end }}
{{- /* $count grows by one character per alert: counting without arithmetic, which Alertmanager lacks */}}
{{- $count := "" }}
{{- range .Alerts }}
{{- $count = printf "%s." $count }}

#### {{ len $count }}. {{ if eq .Status "firing" }}FIRING{{ else }}RESOLVED{{ end }}: {{ with .Labels.alertname }}{{ . }}{{ else }}(no alertname){{ end }}

- **Severity:** {{ with .Labels.severity }}{{ . }}{{ else }}none{{ end }}
{{- with .Annotations.summary }}
- **Summary:** {{ . }}
{{- end }}
{{- with .Annotations.description }}
- **Description:** {{ . }}
{{- end }}
{{- $others := "" }}
{{- range .Labels.SortedPairs }}{{ if and (ne .Name "alertname") (ne .Name "severity") }}{{ $others = printf "%s%s%s=%s" $others (and $others ", ") .Name .Value }}{{ end }}{{ end }}
{{- with $others }}
- **Labels:** {{ . }}
{{- end }}
- **Starts at:** {{ .StartsAt.Format "2006-01-02 15:04:05 -07:00" }}
{{- if eq .Status "resolved" }}
- **Ends at:** {{ .EndsAt.Format "2006-01-02 15:04:05 -07:00" }}
{{- end }}
{{- with .GeneratorURL }}
- [Open in Prometheus]({{ . }})
{{- end }}
{{- end }}
{{- with .ExternalURL }}

[Open Alertmanager]({{ . }})
{{- end }})tmpl";

const char kPlainText[] =
    R"tmpl({{- /* AlertDesk's default plain text (text messages). Runs in both dialects: Go builtins only. */ -}}
[Alarm 告警] {{ if eq .Status "firing" }}FIRING{{ else }}RESOLVED{{ end }}: {{ with .CommonLabels.alertname }}{{ . }}{{ else }}several alerts{{ end }}
Dispatch from AlertDesk · alerts: {{ len .Alerts.Firing }} firing, {{ len .Alerts.Resolved }} resolved{{ with .Receiver }} · receiver {{ . }}{{ end }}
{{- /* $count grows by one character per alert: counting without arithmetic, which Alertmanager lacks */}}
{{- $count := "" }}
{{- range .Alerts }}
{{- $count = printf "%s." $count }}

{{ len $count }}. {{ if eq .Status "firing" }}FIRING{{ else }}RESOLVED{{ end }}: {{ with .Labels.alertname }}{{ . }}{{ else }}(no alertname){{ end }}
Severity: {{ with .Labels.severity }}{{ . }}{{ else }}none{{ end }}
{{- with .Annotations.summary }}
Summary: {{ . }}
{{- end }}
{{- with .Annotations.description }}
Description: {{ . }}
{{- end }}
{{- $others := "" }}
{{- range .Labels.SortedPairs }}{{ if and (ne .Name "alertname") (ne .Name "severity") }}{{ $others = printf "%s%s%s=%s" $others (and $others ", ") .Name .Value }}{{ end }}{{ end }}
{{- with $others }}
Labels: {{ . }}
{{- end }}
Starts at: {{ .StartsAt.Format "2006-01-02 15:04:05 -07:00" }}
{{- if eq .Status "resolved" }}
Ends at: {{ .EndsAt.Format "2006-01-02 15:04:05 -07:00" }}
{{- end }}
{{- with .GeneratorURL }}
Source: {{ . }}
{{- end }}
{{- end }}
{{- with .ExternalURL }}

Alertmanager: {{ . }}
{{- end }})tmpl";

} // namespace

QString defaultTitleTemplate(MessageType)
{
    // One title for every type: markdown and actionCard show it in the chat list; text messages have none.
    return QString::fromUtf8(kTitle);
}

QString defaultTextTemplate(MessageType type)
{
    switch (type) {
    case MessageType::Text:
        return QString::fromUtf8(kPlainText);
    case MessageType::Markdown:
    case MessageType::ActionCard:
        break;
    }
    return QString::fromUtf8(kMarkdownText);
}

MessageSettings effectiveMessageSettings(const MessageSettings& settings)
{
    MessageSettings effective = settings;
    // A policy's own template keeps the dialect it was written in; the defaults run in either.
    if (settings.textTemplate.isEmpty() && settings.titleTemplate.isEmpty())
        effective.dialect = defaultTemplateDialect;
    if (effective.textTemplate.isEmpty())
        effective.textTemplate = defaultTextTemplate(settings.type);
    if (effective.titleTemplate.isEmpty())
        effective.titleTemplate = defaultTitleTemplate(settings.type);
    return effective;
}

MessageSettings effectiveMessageSettings(const NotificationPolicy& policy)
{
    return effectiveMessageSettings(policy.message);
}

} // namespace alertdesk
