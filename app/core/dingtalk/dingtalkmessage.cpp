// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkmessage.h"

#include "dingtalk/gojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

namespace {

QJsonObject atObject(const DingTalkMessage::At& at)
{
    return {{QStringLiteral("atMobiles"), QJsonArray::fromStringList(at.atMobiles)},
            {QStringLiteral("atUserIds"), QJsonArray::fromStringList(at.atUserIds)},
            {QStringLiteral("isAtAll"), at.isAtAll}};
}

QString orientationValue(DingTalkMessage::Orientation orientation)
{
    return orientation == DingTalkMessage::Orientation::Horizontal ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

bool DingTalkMessage::containsMention(const QString& text, const QString& mention)
{
    qsizetype from = 0;
    while ((from = text.indexOf(mention, from)) >= 0) {
        const qsizetype end = from + mention.size();
        if (end >= text.size() ||
            !(text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_') || text.at(end) == QLatin1Char('-')))
            return true;
        from = end;
    }
    return false;
}

QString DingTalkMessage::withMentions(const QString& text, const At& at, const QString& separator,
                                      QStringList* appended)
{
    QStringList missing;
    const auto collect = [&](const QStringList& names) {
        for (const QString& name : names) {
            const QString mention = QLatin1Char('@') + name.trimmed();
            if (name.trimmed().isEmpty() || missing.contains(mention) || containsMention(text, mention))
                continue;
            missing.append(mention);
        }
    };
    collect(at.atMobiles);
    collect(at.atUserIds);
    if (appended)
        *appended = missing;
    if (missing.isEmpty())
        return text;
    return text.isEmpty() ? missing.join(QLatin1Char(' ')) : text + separator + missing.join(QLatin1Char(' '));
}

DingTalkMessage DingTalkMessage::text(const QString& content, const At& at)
{
    DingTalkMessage message;
    message.m_type = Type::Text;
    message.m_at = at;
    message.m_text = withMentions(content, at, QStringLiteral("\n"), &message.m_appendedMentions);
    return message;
}

DingTalkMessage DingTalkMessage::markdown(const QString& title, const QString& text, const At& at)
{
    DingTalkMessage message;
    message.m_type = Type::Markdown;
    message.m_title = title;
    message.m_at = at;
    // A single '\n' is no line break in DingTalk's markdown: the mentions get a paragraph of their own.
    message.m_text = withMentions(text, at, QStringLiteral("\n\n"), &message.m_appendedMentions);
    return message;
}

DingTalkMessage DingTalkMessage::link(const QString& title, const QString& text, const QString& messageUrl,
                                      const QString& picUrl)
{
    DingTalkMessage message;
    message.m_type = Type::Link;
    message.m_title = title;
    message.m_text = text;
    message.m_messageUrl = messageUrl;
    message.m_picUrl = picUrl;
    return message;
}

DingTalkMessage DingTalkMessage::actionCard(const QString& title, const QString& text, const QString& singleTitle,
                                            const QString& singleUrl, Orientation orientation)
{
    DingTalkMessage message;
    message.m_type = Type::ActionCard;
    message.m_title = title;
    message.m_text = text;
    message.m_singleTitle = singleTitle;
    message.m_singleUrl = singleUrl;
    message.m_orientation = orientation;
    return message;
}

DingTalkMessage DingTalkMessage::actionCard(const QString& title, const QString& text, const QList<Button>& buttons,
                                            Orientation orientation)
{
    DingTalkMessage message;
    message.m_type = Type::ActionCard;
    message.m_title = title;
    message.m_text = text;
    message.m_buttons = buttons;
    message.m_orientation = orientation;
    return message;
}

DingTalkMessage DingTalkMessage::feedCard(const QList<FeedLink>& links)
{
    DingTalkMessage message;
    message.m_type = Type::FeedCard;
    message.m_feedLinks = links;
    return message;
}

DingTalkMessage DingTalkMessage::bridgeMarkdown(const QString& title, const QString& text,
                                                const std::optional<At>& mention, const QStringList& appendedMentions)
{
    DingTalkMessage message;
    message.m_appendedMentions = appendedMentions;
    message.m_type = Type::Markdown;
    message.m_title = title;
    message.m_text = text;
    message.m_bridge = true;
    message.m_bridgeMention = mention.has_value();
    if (mention) {
        message.m_at.atMobiles = mention->atMobiles;
        message.m_at.isAtAll = mention->isAtAll;
    }
    return message;
}

QByteArray DingTalkMessage::bridgeJson() const
{
    QByteArray body;
    body.reserve(m_title.size() + m_text.size() * 2 + 64);
    body += R"({"msgtype":"markdown","markdown":{"title":)";
    appendGoJsonString(body, m_title.toUtf8());
    body += R"(,"text":)";
    appendGoJsonString(body, m_text.toUtf8());
    body += '}';
    if (m_bridgeMention) {
        body += R"(,"at":{)";
        if (!m_at.atMobiles.isEmpty()) {
            body += R"("atMobiles":[)";
            for (qsizetype i = 0; i < m_at.atMobiles.size(); ++i) {
                if (i > 0)
                    body += ',';
                appendGoJsonString(body, m_at.atMobiles.at(i).toUtf8());
            }
            body += ']';
        }
        if (m_at.isAtAll)
            body += m_at.atMobiles.isEmpty() ? R"("isAtAll":true)" : R"(,"isAtAll":true)";
        body += '}';
    }
    body += '}';
    return body;
}

QString DingTalkMessage::msgtype() const
{
    switch (m_type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Markdown:
        return QStringLiteral("markdown");
    case Type::Link:
        return QStringLiteral("link");
    case Type::ActionCard:
        return QStringLiteral("actionCard");
    case Type::FeedCard:
        return QStringLiteral("feedCard");
    }
    return QStringLiteral("text");
}

QByteArray DingTalkMessage::toJson() const
{
    if (m_bridge)
        return bridgeJson();
    QJsonObject body{{QStringLiteral("msgtype"), msgtype()}};
    switch (m_type) {
    case Type::Text:
        body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), m_text}});
        break;
    case Type::Markdown:
        body.insert(QStringLiteral("markdown"),
                    QJsonObject{{QStringLiteral("title"), m_title}, {QStringLiteral("text"), m_text}});
        break;
    case Type::Link:
        body.insert(QStringLiteral("link"), QJsonObject{{QStringLiteral("title"), m_title},
                                                        {QStringLiteral("text"), m_text},
                                                        {QStringLiteral("messageUrl"), m_messageUrl},
                                                        {QStringLiteral("picUrl"), m_picUrl}});
        break;
    case Type::ActionCard: {
        QJsonObject card{{QStringLiteral("title"), m_title},
                         {QStringLiteral("text"), m_text},
                         {QStringLiteral("btnOrientation"), orientationValue(m_orientation)}};
        if (m_buttons.isEmpty()) {
            card.insert(QStringLiteral("singleTitle"), m_singleTitle);
            card.insert(QStringLiteral("singleURL"), m_singleUrl);
        } else {
            QJsonArray buttons;
            for (const Button& button : m_buttons)
                buttons.append(QJsonObject{{QStringLiteral("title"), button.title},
                                           {QStringLiteral("actionURL"), button.actionUrl}});
            card.insert(QStringLiteral("btns"), buttons);
        }
        body.insert(QStringLiteral("actionCard"), card);
        break;
    }
    case Type::FeedCard: {
        QJsonArray links;
        for (const FeedLink& link : m_feedLinks)
            links.append(QJsonObject{{QStringLiteral("title"), link.title},
                                     {QStringLiteral("messageURL"), link.messageUrl},
                                     {QStringLiteral("picURL"), link.picUrl}});
        body.insert(QStringLiteral("feedCard"), QJsonObject{{QStringLiteral("links"), links}});
        break;
    }
    }
    if ((m_type == Type::Text || m_type == Type::Markdown) && !m_at.isEmpty())
        body.insert(QStringLiteral("at"), atObject(m_at));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString DingTalkMessage::textForKeywordCheck() const
{
    QStringList parts;
    switch (m_type) {
    case Type::Text:
        parts << m_text;
        break;
    case Type::Markdown:
    case Type::Link:
        parts << m_title << m_text;
        break;
    case Type::ActionCard:
        parts << m_title << m_text << m_singleTitle;
        for (const Button& button : m_buttons)
            parts << button.title;
        break;
    case Type::FeedCard:
        for (const FeedLink& link : m_feedLinks)
            parts << link.title;
        break;
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace alertdesk
