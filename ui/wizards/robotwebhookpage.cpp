// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/robotwebhookpage.h"

#include "widgets/warningpalette.h"
#include "widgets/webhookfield.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

RobotWebhookPage::RobotWebhookPage(QWidget* parent)
    : QWizardPage(parent)
    , m_webhook(new WebhookField(this))
    , m_sendTest(new QCheckBox(tr("Send a test message as soon as the robot is saved"), this))
    , m_status(new QLabel(this))
    , m_copyButton(new QPushButton(tr("&Copy webhook"), this))
    , m_copyResult(new QLabel(this))
    , m_sendButton(new QPushButton(tr("Send a &test message now"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("robotWebhookPage"));
    setTitle(tr("Webhook"));
    setSubTitle(tr("Copy the webhook URL DingTalk shows after you add the robot and paste it here. Its access token "
                   "goes to the keychain, never into the workspace file."));
    m_sendTest->setObjectName(QStringLiteral("sendTestCheck"));
    m_sendTest->setAccessibleName(tr("Send a test message after saving"));
    m_sendTest->setChecked(true);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_copyButton->setObjectName(QStringLiteral("copyWebhookButton"));
    m_copyButton->setAccessibleName(tr("Copy the webhook URL to the clipboard"));
    m_copyButton->setVisible(false);
    m_copyResult->setObjectName(QStringLiteral("copyResult"));
    m_copyResult->setWordWrap(true);
    m_copyResult->setVisible(false);
    m_sendButton->setObjectName(QStringLiteral("sendTestButton"));
    m_sendButton->setAccessibleName(tr("Send a test message now"));
    m_sendButton->setVisible(false);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setAccessibleName(tr("Test message result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_copyButton);
    sendRow->addWidget(m_sendButton);
    sendRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_webhook);
    layout->addWidget(m_sendTest);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addLayout(sendRow);
    layout->addWidget(m_copyResult);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_webhook, &WebhookField::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_sendButton, &QPushButton::clicked, this, &RobotWebhookPage::sendTestRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &RobotWebhookPage::copyRequested);
}

bool RobotWebhookPage::sendTestAfterSave() const
{
    return m_sendTest->isChecked();
}

bool RobotWebhookPage::isComplete() const
{
    return !m_busy && (m_saved || m_webhook->isValid());
}

void RobotWebhookPage::showSaving()
{
    m_busy = true;
    m_webhook->setEnabled(false);
    m_status->setPalette(palette());
    m_status->setText(tr("Saving: the token and secret go to the keychain first, then the robot…"));
    m_status->setVisible(true);
    emit completeChanged();
}

void RobotWebhookPage::showSaveError(const QString& message)
{
    m_busy = false;
    m_webhook->setEnabled(true);
    m_status->setPalette(withWarningText(palette()));
    m_status->setText(tr("Not saved: %1 Nothing was stored; fix it and press Finish again.").arg(message));
    emit completeChanged();
}

void RobotWebhookPage::showSaved(const QString& message)
{
    m_busy = false;
    m_saved = true;
    m_sendTest->setEnabled(false);
    m_status->setPalette(palette());
    m_status->setText(message);
    m_sendButton->setVisible(true);
    m_copyButton->setVisible(true);
    emit completeChanged();
}

void RobotWebhookPage::showTestRunning()
{
    m_sendButton->setEnabled(false);
    m_result->setPalette(palette());
    m_result->setText(tr("Sending the test message…"));
    m_result->setVisible(true);
}

void RobotWebhookPage::showTestResult(const QString& message, bool delivered)
{
    m_sendButton->setEnabled(true);
    m_sendButton->setText(tr("Send the test message &again"));
    m_result->setPalette(delivered ? palette() : withWarningText(palette()));
    m_result->setText(message);
    m_result->setVisible(true);
}

void RobotWebhookPage::showCopyResult(const QString& message, bool failed)
{
    m_copyResult->setPalette(failed ? withWarningText(palette()) : palette());
    m_copyResult->setText(message);
    m_copyResult->setVisible(true);
}

} // namespace alertdesk
