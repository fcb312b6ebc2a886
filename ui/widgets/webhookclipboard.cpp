// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/webhookclipboard.h"

#include "workspace.h"

#include <QClipboard>
#include <QGuiApplication>

namespace alertdesk {

WebhookClipboard::WebhookClipboard(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setParent(this);
    m_timer.setObjectName(QStringLiteral("clearTimer"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &WebhookClipboard::clear);
}

WebhookClipboard::~WebhookClipboard()
{
    // Leaving (the window closes, the app quits) must not leave the token behind on the clipboard.
    if (m_timer.isActive())
        clear();
}

void WebhookClipboard::setClearAfter(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

void WebhookClipboard::copy(const QString& robotUuid, std::function<void(Result<void>)> done)
{
    m_workspace.robotWebhook(robotUuid, this, [this, done = std::move(done)](Result<QUrl> url) {
        if (!url) {
            if (done)
                done(url.error());
            return;
        }
        QClipboard* clipboard = QGuiApplication::clipboard();
        m_copied = url->toString(QUrl::FullyEncoded);
        clipboard->setText(m_copied, QClipboard::Clipboard);
        m_timer.start();
        if (done)
            done(Result<void>{});
    });
}

void WebhookClipboard::clear()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool stillOurs = !m_copied.isEmpty() && clipboard->text(QClipboard::Clipboard) == m_copied;
    m_copied.clear();
    if (!stillOurs)
        return;
    clipboard->clear(QClipboard::Clipboard);
    emit cleared();
}

} // namespace alertdesk
