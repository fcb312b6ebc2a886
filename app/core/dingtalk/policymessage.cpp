// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/policymessage.h"

#include "templating/defaulttemplates.h"
#include "templating/gotemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

namespace {

Result<QString> renderTemplate(const QString& name, const QString& text, const TemplateData& data)
{
    auto compiled = CompiledTemplate::compile(name, text, data.dialect());
    if (!compiled)
        return compiled.error();
    return compiled.value()->render(data);
}

} // namespace

std::optional<DingTalkAt> bridgeMentionOf(const DingTalkAt& at)
{
    if (at.isAtAll)
        return DingTalkAt{{}, {}, true};
    if (!at.atMobiles.isEmpty())
        return DingTalkAt{at.atMobiles, {}, false};
    return std::nullopt;
}

QString bridgeTextTemplate(const QString& textTemplate, const DingTalkAt& at, QStringList* appended)
{
    if (appended)
        appended->clear();
    if (at.isAtAll)
        return textTemplate;
    QStringList missing;
    for (const QString& mobile : at.atMobiles) {
        const QString mention = QLatin1Char('@') + mobile.trimmed();
        if (!mobile.trimmed().isEmpty() && !missing.contains(mention) &&
            !DingTalkMessage::containsMention(textTemplate, mention))
            missing.append(mention);
    }
    if (appended)
        *appended = missing;
    if (missing.isEmpty())
        return textTemplate;
    // Phone numbers hold digits, '+' and '-' only (validation), so they are plain text inside a template.
    const QString mentions = missing.join(QLatin1Char(' '));
    return textTemplate.isEmpty() ? mentions : textTemplate + QStringLiteral("{{\"\\n\\n\"}}") + mentions;
}

Result<DingTalkMessage> renderPolicyMessage(const NotificationPolicy& policy, const QByteArray& payloadJson,
                                            const DingTalkAt& at, const QString& serversTimeZone)
{
    // Empty templates are AlertDesk's defaults: the same ones the preview shows and the export writes.
    const MessageSettings settings = effectiveMessageSettings(policy.message);
    const std::optional<DingTalkAt> mention = bridgeMentionOf(at);
    TemplateContext context;
    context.dialect = settings.dialect;
    context.timeZone = serversTimeZone;
    context.mentionMobiles = mention ? mention->atMobiles : QStringList();
    auto data = TemplateData::fromWebhookJson(payloadJson, context);
    if (!data)
        return data.error();
    auto title = renderTemplate(QStringLiteral("title"), settings.titleTemplate, data.value());
    if (!title)
        return title.error();
    QStringList appended;
    const QString textTemplate = bridgeTextTemplate(settings.textTemplate, at, &appended);
    auto text = renderTemplate(QStringLiteral("text"), textTemplate, data.value());
    if (!text)
        return text.error();
    return DingTalkMessage::bridgeMarkdown(title.value(), text.value(), mention, appended);
}

DingTalkMessage policyMessageOf(MessageType type, const QString& title, const QString& text, const QString& externalUrl,
                                const DingTalkMessage::At& at)
{
    switch (type) {
    case MessageType::Text:
        return DingTalkMessage::text(text, at);
    case MessageType::ActionCard:
        return DingTalkMessage::actionCard(title, text, QStringLiteral("Alertmanager"), externalUrl);
    case MessageType::Markdown:
        break;
    }
    return DingTalkMessage::markdown(title, text, at);
}

QByteArray builtInTestPayload(const QDateTime& now, bool resolved)
{
    const QJsonObject labels{{QStringLiteral("alertname"), QStringLiteral("AlertDeskTest")},
                             {QStringLiteral("severity"), QStringLiteral("info")}};
    const QJsonObject annotations{
        {QStringLiteral("summary"), QStringLiteral("Alarm: AlertDesk test alert (Dispatch / 告警 / alert)")}};
    const QString status = resolved ? QStringLiteral("resolved") : QStringLiteral("firing");
    const QDateTime startsAt = resolved ? now.addSecs(-3600) : now;
    const QJsonObject alert{{QStringLiteral("status"), status},
                            {QStringLiteral("labels"), labels},
                            {QStringLiteral("annotations"), annotations},
                            {QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("endsAt"),
                             resolved ? now.toUTC().toString(Qt::ISODate) : QStringLiteral("0001-01-01T00:00:00Z")},
                            {QStringLiteral("generatorURL"), QString()},
                            {QStringLiteral("fingerprint"), QStringLiteral("a1de5c0ffee00001")}};
    const QJsonObject payload{
        {QStringLiteral("version"), QStringLiteral("4")},
        {QStringLiteral("status"), status},
        {QStringLiteral("receiver"), QStringLiteral("alertdesk")},
        {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"AlertDeskTest\"}")},
        {QStringLiteral("groupLabels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("AlertDeskTest")}}},
        {QStringLiteral("commonLabels"), labels},
        {QStringLiteral("commonAnnotations"), annotations},
        {QStringLiteral("externalURL"), QString()},
        {QStringLiteral("alerts"), QJsonArray{alert}}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

} // namespace alertdesk
