// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/messagepreview.h"

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/policymessage.h"
#include "templating/defaulttemplates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

namespace {

// Stand-ins for the secrets: the preview never reads the keychain for them. PreparedRequest::redacted() hides them.
const QString kTokenStandIn = QStringLiteral("alertdesk-preview-access-token");
const QString kSecretStandIn = QStringLiteral("SECalertdesk-preview-sign-secret");

PreviewProblem problemOf(PreviewProblem::Source source, const Error& error)
{
    PreviewProblem problem{source, error.message, 0, 0};
    if (source != PreviewProblem::Source::Payload)
        templateErrorPosition(error.message, &problem.line, &problem.column);
    return problem;
}

QString requestText(const Robot& robot, const DingTalkMessage& message, qint64 nowMs)
{
    SendRequest request;
    request.endpoint = robot.endpoint;
    request.accessToken = kTokenStandIn;
    request.signSecret = robot.signing ? kSecretStandIn : QString();
    request.message = message;
    const PreparedRequest prepared = PreparedRequest::prepare(request, nowMs);
    QString text = QStringLiteral("POST ") + prepared.redactedUrl() + QLatin1Char('\n');
    for (const auto& header : prepared.headers)
        text += QString::fromUtf8(header.first + ": " + header.second) + QLatin1Char('\n');
    // The bridge's body is shown byte for byte as it posts it; AlertDesk's own, indented for reading.
    text += QLatin1Char('\n') +
            QString::fromUtf8(message.isBridgeBody()
                                  ? prepared.body
                                  : QJsonDocument::fromJson(prepared.body).toJson(QJsonDocument::Indented));
    return text;
}

} // namespace

std::optional<PreviewProblem> PreviewResult::problem(PreviewProblem::Source source) const
{
    for (const PreviewProblem& problem : problems) {
        if (problem.source == source)
            return problem;
    }
    return std::nullopt;
}

Result<TemplateData> MessagePreview::dataFor(const QByteArray& json, const TemplateContext& context)
{
    if (!m_data || json != m_payloadJson || context.dialect != m_payloadContext.dialect ||
        context.timeZone != m_payloadContext.timeZone || context.mentionMobiles != m_payloadContext.mentionMobiles) {
        m_payloadJson = json;
        m_payloadContext = context;
        m_data = TemplateData::fromWebhookJson(json, context);
        m_externalUrl = QJsonDocument::fromJson(json).object().value(QStringLiteral("externalURL")).toString();
    }
    return *m_data;
}

PreviewResult MessagePreview::render(const PreviewInput& input)
{
    PreviewResult result;
    const MessageSettings settings = effectiveMessageSettings(input.settings);
    auto renderOne = [&](PreviewProblem::Source source, const QString& name, const QString& text,
                         const TemplateData* data) -> std::optional<QString> {
        auto compiled = m_templates.compile(name, text, settings.dialect);
        if (!compiled) {
            result.problems.append(problemOf(source, compiled.error()));
            return std::nullopt;
        }
        if (!data)
            return std::nullopt;
        auto rendered = compiled.value()->render(*data);
        if (!rendered) {
            result.problems.append(problemOf(source, rendered.error()));
            return std::nullopt;
        }
        return rendered.value();
    };

    const std::optional<DingTalkAt> mention = input.bridge ? bridgeMentionOf(input.at) : std::nullopt;
    TemplateContext context;
    context.dialect = settings.dialect;
    context.timeZone = input.serversTimeZone;
    context.mentionMobiles = mention ? mention->atMobiles : QStringList();
    auto data = dataFor(input.payloadJson, context);
    if (!data)
        result.problems.append(problemOf(PreviewProblem::Source::Payload, data.error()));
    const TemplateData* shared = data ? &data.value() : nullptr;
    // Both templates are compiled even when the payload is bad, so their own errors show at once.
    const auto title =
        renderOne(PreviewProblem::Source::Title, QStringLiteral("title"), settings.titleTemplate, shared);
    QStringList appended;
    const QString textTemplate =
        input.bridge ? bridgeTextTemplate(settings.textTemplate, input.at, &appended) : settings.textTemplate;
    const auto text = renderOne(PreviewProblem::Source::Text, QStringLiteral("text"), textTemplate, shared);
    if (!title || !text)
        return result;

    const DingTalkMessage message = input.bridge
                                        ? DingTalkMessage::bridgeMarkdown(*title, *text, mention, appended)
                                        : policyMessageOf(settings.type, *title, *text, m_externalUrl, input.at);
    result.message = message;
    result.findings = MessageLint::check(message, input.robot, input.signSecret);
    result.bodyBytes = message.toJson().size();
    result.request = requestText(input.robot, message, input.nowMs);
    return result;
}

} // namespace alertdesk
