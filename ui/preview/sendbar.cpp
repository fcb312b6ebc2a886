// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/sendbar.h"

#include "widgets/warningpalette.h"
#include "wizards/testsendreport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace alertdesk {

SendBar::SendBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_send(new QPushButton(tr("Send &test alert"), this))
    , m_result(new QLabel(this))
{
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send test alert"));
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setAccessibleName(tr("Result of the test send"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_send, 0, Qt::AlignTop);
    layout->addWidget(m_result, 1);
    connect(m_send, &QPushButton::clicked, this, &SendBar::sendRequested);
    updateButton();
}

void SendBar::setReady(bool ready, const QString& why)
{
    m_ready = ready;
    m_why = why;
    updateButton();
}

void SendBar::send(const TestSendRequest& request)
{
    if (m_sending)
        return;
    m_sending = true;
    updateButton();
    showResult(tr("Sending to robot \"%1\"…").arg(request.robot.name), false);
    const QString robotName = request.robot.name;
    TestSender::send(m_workspace, request, this, [this, robotName](TestSendResult result) {
        m_sending = false;
        updateButton();
        const bool delivered = result.stage == TestSendResult::Stage::Sent && result.outcome.delivered();
        QString sentence = TestSendReport::describe(result, robotName);
        if (result.historyError)
            sentence += QLatin1Char(' ') + tr("(Not recorded in the history: %1)").arg(result.historyError->message);
        showResult(sentence, !delivered);
        emit finished(sentence, delivered);
    });
}

void SendBar::showResult(const QString& sentence, bool failed)
{
    m_result->setText(sentence);
    m_result->setPalette(failed ? withWarningText(QPalette()) : QPalette());
}

QString SendBar::resultText() const
{
    return m_result->text();
}

void SendBar::updateButton()
{
    m_send->setEnabled(m_ready && !m_sending);
    m_send->setToolTip(m_ready ? QString() : m_why);
}

} // namespace alertdesk
