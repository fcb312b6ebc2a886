// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace alertdesk {

/// The message as a DingTalk group shows it: the robot's picture and name, then a chat bubble with the text (markdown
/// rendered as DingTalk renders it: single line breaks joined, tables and code blocks flagged desktop-only), the
/// actionCard's button, and above it the line the chat list shows (the title).
class BubbleView : public QWidget {
    Q_OBJECT
public:
    explicit BubbleView(QWidget* parent = nullptr);

    void setRobot(const QString& name, const QByteArray& avatar);
    void showMessage(const DingTalkMessage& message);
    /// A note over the bubble (the last good render is shown because the templates or the sample have an error);
    /// empty hides it.
    void setNote(const QString& note);

    /// Fills `document` with `message` as the bubble shows it; the benchmark lays it out the same way.
    static void fillDocument(QTextDocument& document, const DingTalkMessage& message);
    /// The bubble's text width in pixels at which DingTalk's desktop client lays messages out.
    static constexpr int bubbleWidth = 420;

private:
    QLabel* m_avatar = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_chatListTitle = nullptr;
    QLabel* m_note = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_button = nullptr;
};

} // namespace alertdesk
