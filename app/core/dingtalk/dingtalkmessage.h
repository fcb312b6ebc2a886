// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alertdesk {

/// The "at" block of text and markdown messages (DingTalkMessage::At).
struct DingTalkAt {
    QStringList atMobiles; ///< as the contact has them, e.g. "13800000000" or "+852-12345678"
    QStringList atUserIds; ///< DingTalk user ids
    bool isAtAll = false;
    bool isEmpty() const { return atMobiles.isEmpty() && atUserIds.isEmpty() && !isAtAll; }
    friend bool operator==(const DingTalkAt&, const DingTalkAt&) = default;
};
/// One button of an actionCard with several ("btns"; DingTalkMessage::Button).
struct DingTalkButton {
    QString title;
    QString actionUrl; ///< "actionURL"
    friend bool operator==(const DingTalkButton&, const DingTalkButton&) = default;
};
/// One entry of a feedCard (DingTalkMessage::FeedLink).
struct DingTalkFeedLink {
    QString title;
    QString messageUrl; ///< "messageURL"
    QString picUrl;     ///< "picURL"
    friend bool operator==(const DingTalkFeedLink&, const DingTalkFeedLink&) = default;
};

/// One message for a DingTalk custom robot (dingtalk.md): text, markdown, link, actionCard or feedCard. A value built
/// by the static builders; toJson() is the exact request body. Mentions: DingTalk shows an @mention only when
/// "@<mobile>" (or "@<userId>") also appears in the text, so the text and markdown builders append the missing ones
/// (text: after a line break; markdown: as a paragraph of its own) and never duplicate one already there.
class DingTalkMessage {
public:
    enum class Type { Text, Markdown, Link, ActionCard, FeedCard };
    /// "btnOrientation": Vertical is "0" (buttons stacked), Horizontal is "1" (side by side).
    enum class Orientation { Vertical, Horizontal };

    using At = DingTalkAt;
    using Button = DingTalkButton;
    using FeedLink = DingTalkFeedLink;

    DingTalkMessage() = default; ///< an empty text message

    static DingTalkMessage text(const QString& content, const At& at = {});
    /// `title` shows in the chat list (and is checked for keywords); `text` is the DingTalk markdown body.
    static DingTalkMessage markdown(const QString& title, const QString& text, const At& at = {});
    static DingTalkMessage link(const QString& title, const QString& text, const QString& messageUrl,
                                const QString& picUrl = QString());
    /// One button for the whole card ("singleTitle"/"singleURL").
    static DingTalkMessage actionCard(const QString& title, const QString& text, const QString& singleTitle,
                                      const QString& singleUrl, Orientation orientation = Orientation::Vertical);
    /// Several buttons ("btns").
    static DingTalkMessage actionCard(const QString& title, const QString& text, const QList<Button>& buttons,
                                      Orientation orientation = Orientation::Vertical);
    static DingTalkMessage feedCard(const QList<FeedLink>& links);
    /// The markdown message the DingTalk webhook bridge (prometheus-webhook-dingtalk v2.1.0) posts for a target:
    /// title and text exactly as its templates rendered them (nothing appended), and `at` only when the target has a
    /// `mention` (atMobiles and isAtAll, each left out when empty). toJson() is then the bridge's own body: Go's
    /// json.Marshal of its struct (field order msgtype, markdown, at; Go's string escapes, gojson.h).
    /// `appendedMentions`: the mentions the template got appended by the mention rule (policymessage.h), for lint.
    static DingTalkMessage bridgeMarkdown(const QString& title, const QString& text, const std::optional<At>& mention,
                                          const QStringList& appendedMentions = {});

    Type type() const { return m_type; }
    /// DingTalk's name for the type: "text", "markdown", "link", "actionCard", "feedCard".
    QString msgtype() const;
    QString title() const { return m_title; } ///< empty for text and feedCard
    QString text() const { return m_text; }   ///< text.content / markdown.text / ..., mentions already appended
    const At& at() const { return m_at; }
    /// The "@<mobile>"/"@<userId>" mentions the builder appended to the text because they were missing.
    QStringList appendedMentions() const { return m_appendedMentions; }
    QString singleTitle() const { return m_singleTitle; }
    QString singleUrl() const { return m_singleUrl; }
    QString messageUrl() const { return m_messageUrl; }
    QString picUrl() const { return m_picUrl; }
    QList<Button> buttons() const { return m_buttons; }
    Orientation orientation() const { return m_orientation; }
    QList<FeedLink> feedLinks() const { return m_feedLinks; }
    /// True for bridgeMarkdown(): the body is the bridge's, not AlertDesk's own.
    bool isBridgeBody() const { return m_bridge; }

    /// The request body, compact JSON in UTF-8 (keys in Qt's order, i.e. sorted). Its size() is what DingTalk
    /// measures against its 20000-byte limit.
    QByteArray toJson() const;
    /// The text DingTalk searches for custom keywords (case-sensitive): text.content; markdown title + text; link
    /// title + text; actionCard title + text + button titles; feedCard link titles. Parts joined by '\n'.
    QString textForKeywordCheck() const;

    friend bool operator==(const DingTalkMessage&, const DingTalkMessage&) = default;

    /// Appends the mentions of `at` that `text` lacks; used by the builders, public for previews and lint.
    /// `separator` goes between the text and the appended mentions ("\n" for text, "\n\n" for markdown).
    static QString withMentions(const QString& text, const At& at, const QString& separator,
                                QStringList* appended = nullptr);
    /// True when `text` holds `mention` ("@13800000000") as a whole: "@1380000000" is not found in "@13800000001".
    static bool containsMention(const QString& text, const QString& mention);

private:
    Type m_type = Type::Text;
    QString m_title;
    QString m_text;
    At m_at;
    QStringList m_appendedMentions;
    QString m_singleTitle;
    QString m_singleUrl;
    QString m_messageUrl;
    QString m_picUrl;
    QList<Button> m_buttons;
    Orientation m_orientation = Orientation::Vertical;
    QList<FeedLink> m_feedLinks;
    bool m_bridge = false;
    bool m_bridgeMention = false; ///< the bridge target has a mention: the body carries "at"
    QByteArray bridgeJson() const;
};

} // namespace alertdesk
