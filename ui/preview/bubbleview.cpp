// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/bubbleview.h"

#include "dingtalk/markdowndisplay.h"
#include "resources.h"
#include "widgets/warningpalette.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int avatarSize = 40;

} // namespace

BubbleView::BubbleView(QWidget* parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_chatListTitle(new QLabel(this))
    , m_note(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_button(new QLabel(this))
{
    setObjectName(QStringLiteral("bubble"));
    m_avatar->setObjectName(QStringLiteral("bubbleAvatar"));
    m_avatar->setFixedSize(avatarSize, avatarSize);
    m_avatar->setAlignment(Qt::AlignTop);
    m_name->setObjectName(QStringLiteral("bubbleRobotName"));
    m_chatListTitle->setObjectName(QStringLiteral("bubbleTitle"));
    m_chatListTitle->setWordWrap(true);
    m_chatListTitle->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("bubbleNote"));
    m_note->setWordWrap(true);
    m_note->setPalette(withWarningText(m_note->palette()));
    m_note->setVisible(false);
    m_text->setObjectName(QStringLiteral("bubbleText"));
    m_text->setAccessibleName(tr("Message as DingTalk shows it"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_button->setObjectName(QStringLiteral("bubbleButton"));
    m_button->setAlignment(Qt::AlignCenter);
    m_button->setFrameShape(QFrame::StyledPanel);
    m_button->setVisible(false);

    auto* bubble = new QFrame(this);
    bubble->setObjectName(QStringLiteral("bubbleFrame"));
    bubble->setFrameShape(QFrame::StyledPanel);
    bubble->setAutoFillBackground(true);
    bubble->setBackgroundRole(QPalette::Base);
    auto* bubbleLayout = new QVBoxLayout(bubble);
    bubbleLayout->addWidget(m_text, 1);
    bubbleLayout->addWidget(m_button);

    auto* column = new QVBoxLayout;
    column->addWidget(m_name);
    column->addWidget(bubble, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_avatar, 0, Qt::AlignTop);
    row->addLayout(column, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_chatListTitle);
    layout->addLayout(row, 1);
    setRobot(QString(), QByteArray());
}

void BubbleView::setRobot(const QString& name, const QByteArray& avatar)
{
    m_name->setText(name.isEmpty() ? tr("(no robot)") : name);
    QPixmap picture;
    if (avatar.isEmpty() || !picture.loadFromData(avatar))
        picture = appIcon(QStringLiteral("robot")).pixmap(avatarSize, avatarSize);
    m_avatar->setPixmap(picture.scaled(avatarSize, avatarSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void BubbleView::showMessage(const DingTalkMessage& message)
{
    const bool titled = message.type() != DingTalkMessage::Type::Text;
    m_chatListTitle->setVisible(titled);
    m_chatListTitle->setText(tr("Chat list: %1").arg(message.title()));
    // A fresh document each time: filling one that is already laid out re-lays it out block by block as the markdown
    // is imported (about 20 times slower for a 20-alert message; bench_preview).
    auto* document = new QTextDocument(m_text);
    document->setDefaultFont(m_text->font());
    document->setUndoRedoEnabled(false);
    fillDocument(*document, message);
    QTextDocument* previous = m_text->document();
    const bool ours = previous && previous->parent() == m_text; // the browser deletes only its own first document
    m_text->setDocument(document);
    if (ours)
        delete previous;
    const bool card = message.type() == DingTalkMessage::Type::ActionCard;
    m_button->setVisible(card);
    m_button->setText(card ? message.singleTitle() : QString());
}

void BubbleView::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void BubbleView::fillDocument(QTextDocument& document, const DingTalkMessage& message)
{
    if (message.type() == DingTalkMessage::Type::Text) {
        document.setPlainText(message.text());
        return;
    }
    const QString note = QCoreApplication::translate(
        "alertdesk::BubbleView", "Desktop only: DingTalk on mobile does not show the table or code block below.");
    document.setMarkdown(dingTalkDisplayMarkdown(message.text(), note), QTextDocument::MarkdownDialectGitHub);
}

} // namespace alertdesk
