// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "lint/messagelint.h"
#include "templating/gotemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace alertdesk {

/// What the preview renders: the message settings as being edited, the sample payload, the robot it goes to.
struct PreviewInput {
    MessageSettings settings; ///< empty templates are AlertDesk's defaults (effectiveMessageSettings)
    QByteArray payloadJson;   ///< Alertmanager's webhook JSON (version 4)
    Robot robot;              ///< keywords and security settings for the checks, endpoint for the request
    DingTalkMessage::At at;   ///< whom the message mentions (the policy's mention setting)
    MessageLint::SecretState signSecret = MessageLint::SecretState::Unknown;
    qint64 nowMs = 0; ///< the signing time shown in the request (the token and the sign are redacted)
    /// A policy's preview: what the DingTalk webhook bridge posts (renderPolicyMessage's rules: markdown, the
    /// bridge's mention rule and body). Otherwise a robot's own test message of settings.type.
    bool bridge = false;
    QString serversTimeZone; ///< Go's Local when rendering (IANA name; empty = UTC)
};

/// One thing that kept the preview from rendering: a template error (Go's words, with where) or a bad payload.
struct PreviewProblem {
    enum class Source { Title, Text, Payload };
    Source source = Source::Text;
    QString message; ///< Go's message for templates (untranslated, as Go words it); a sentence for the payload
    int line = 0;    ///< 1-based; 0 when the message names no position
    int column = 0;  ///< 1-based; 0 when Go names only a line
};

/// Everything the preview shows for one input.
struct PreviewResult {
    std::optional<DingTalkMessage> message; ///< empty when a problem kept it from rendering
    QList<PreviewProblem> problems;         ///< title, text and payload each at most once
    QList<LintFinding> findings;            ///< MessageLint::check of the message
    QString request;                        ///< POST line (token and sign redacted), headers, indented JSON body
    qint64 bodyBytes = 0;                   ///< the compact body DingTalk measures against 20000 bytes
    bool ok() const { return message.has_value(); }
    std::optional<PreviewProblem> problem(PreviewProblem::Source source) const;
};

/// Renders a policy's (or a robot's default) message the way send-test and the servers do, fast enough to run on
/// every keystroke: templates are compiled once per distinct text (TemplateCache) and the payload is parsed once per
/// distinct JSON (and zone). The message is built by the same rules as renderPolicyMessage (bridge) or
/// policyMessageOf (a robot's own test).
class MessagePreview {
public:
    PreviewResult render(const PreviewInput& input);

private:
    Result<TemplateData> dataFor(const QByteArray& json, const TemplateContext& context);
    TemplateCache m_templates{16};
    QByteArray m_payloadJson;
    TemplateContext m_payloadContext;
    std::optional<Result<TemplateData>> m_data;
    QString m_externalUrl;
};

} // namespace alertdesk
