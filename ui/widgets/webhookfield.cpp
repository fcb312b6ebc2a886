// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/webhookfield.h"

#include "widgets/warningpalette.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alertdesk {

WebhookField::WebhookField(QWidget* parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_display(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("webhookField"));
    m_input->setObjectName(QStringLiteral("webhookInput"));
    m_input->setAccessibleName(tr("Webhook URL"));
    // The URL carries the access token: the entry is masked, and only the cut-down form below is ever shown.
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setPlaceholderText(tr("Paste the webhook URL DingTalk shows (https://oapi.dingtalk.com/robot/send?…)"));
    m_display->setObjectName(QStringLiteral("webhookDisplay"));
    m_display->setAccessibleName(tr("Webhook as stored"));
    m_display->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_display->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("webhookWarnings"));
    m_warnings->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("webhookProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_display);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problem);

    connect(m_input, &QLineEdit::textChanged, this, &WebhookField::parse);
    parse();
}

void WebhookField::setValue(const QString& pastedUrl)
{
    m_input->setText(pastedUrl);
}

bool WebhookField::hasPaste() const
{
    return !m_input->text().trimmed().isEmpty();
}

void WebhookField::clear()
{
    m_input->clear();
}

void WebhookField::setStoredEndpoint(const QUrl& endpoint)
{
    m_storedEndpoint = endpoint;
    m_input->setPlaceholderText(tr("The token is stored in the keychain; paste a new webhook URL to replace it"));
    parse();
}

Problems WebhookField::problems() const
{
    if (m_error)
        return {*m_error};
    if (!m_parsed && m_storedEndpoint.isEmpty()) {
        return {Error::invalid(QStringLiteral("webhook"),
                               tr("Paste the webhook URL DingTalk shows after you add the robot."))};
    }
    return {};
}

QString WebhookField::maskedUrl(const QUrl& endpoint)
{
    // Not even the token's last characters: a screenshot or a shoulder must learn nothing of it.
    return endpoint.toString() + QStringLiteral("?access_token=") + QString(6, QChar(0x2022));
}

void WebhookField::parse()
{
    m_parsed.reset();
    m_error.reset();
    const QString pasted = m_input->text();
    if (!pasted.trimmed().isEmpty()) {
        Result<WebhookUrl> parsed = WebhookUrl::parse(pasted);
        if (parsed)
            m_parsed = parsed.value();
        else
            m_error = parsed.error();
    }
    if (m_parsed) {
        m_display->setText(maskedUrl(m_parsed->endpoint));
    } else if (!m_storedEndpoint.isEmpty() && !m_error) {
        m_display->setText(tr("%1?access_token=•••••• (stored in the keychain)").arg(m_storedEndpoint.toString()));
    } else {
        m_display->clear();
    }
    m_display->setVisible(!m_display->text().isEmpty());
    m_warnings->setText(m_parsed ? m_parsed->warnings.join(QLatin1Char('\n')) : QString());
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    m_problem->setText(m_error ? m_error->message : QString());
    m_problem->setVisible(m_error.has_value());

    const bool valid = problems().isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    emit valueChanged();
}

} // namespace alertdesk
