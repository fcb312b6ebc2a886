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

Result<DingTalkMessage> renderPolicyMessage(const NotificationPolicy& policy, MessageType type,
                                            const QByteArray& payloadJson, const DingTalkMessage::At& at)
{
    // Empty templates are AlertDesk's defaults: the same ones the preview shows and the export writes.
    MessageSettings asked = policy.message;
    asked.type = type; // the caller may send another type than the policy's (send-test --msgtype)
    const MessageSettings settings = effectiveMessageSettings(asked);
    auto data = TemplateData::fromWebhookJson(payloadJson, settings.dialect);
    if (!data)
        return data.error();
    auto text = renderTemplate(QStringLiteral("text"), settings.textTemplate, data.value());
    if (!text)
        return text.error();
    auto title = renderTemplate(QStringLiteral("title"), settings.titleTemplate, data.value());
    if (!title)
        return title.error();
    const QString url = QJsonDocument::fromJson(payloadJson).object().value(QStringLiteral("externalURL")).toString();
    return policyMessageOf(type, title.value(), text.value(), url, at);
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

QByteArray builtInTestPayload(const QDateTime& now)
{
    const QJsonObject labels{{QStringLiteral("alertname"), QStringLiteral("AlertDeskTest")},
                             {QStringLiteral("severity"), QStringLiteral("info")}};
    const QJsonObject annotations{
        {QStringLiteral("summary"), QStringLiteral("Alarm: AlertDesk test alert (Dispatch / 告警 / alert)")}};
    const QJsonObject alert{{QStringLiteral("status"), QStringLiteral("firing")},
                            {QStringLiteral("labels"), labels},
                            {QStringLiteral("annotations"), annotations},
                            {QStringLiteral("startsAt"), now.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z")},
                            {QStringLiteral("generatorURL"), QString()},
                            {QStringLiteral("fingerprint"), QStringLiteral("a1de5c0ffee00001")}};
    const QJsonObject payload{
        {QStringLiteral("version"), QStringLiteral("4")},
        {QStringLiteral("status"), QStringLiteral("firing")},
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
