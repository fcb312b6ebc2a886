// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/webhookurl.h"
#include "domain/validation.h"

#include <QUrl>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

namespace alertdesk {

/// Where the operator pastes the webhook URL DingTalk shows. The entry is masked like a password (the URL carries the
/// access token); below it the parsed URL is shown with the token hidden entirely
/// ("https://oapi.dingtalk.com/robot/send?access_token=••••••"), with WebhookUrl's warnings (a host other than
/// oapi.dingtalk.com, ...) or the reason it is refused. When editing a robot whose token is already in the keychain
/// (setStoredEndpoint), an empty field keeps it.
///
/// objectNames of the parts: webhookInput, webhookDisplay (the masked URL), webhookWarnings, webhookProblem.
class WebhookField : public QWidget {
    Q_OBJECT
public:
    explicit WebhookField(QWidget* parent = nullptr);

    /// As if pasted.
    void setValue(const QString& pastedUrl);
    /// The parsed paste; std::nullopt when nothing was pasted or it is refused.
    std::optional<WebhookUrl> value() const { return m_parsed; }
    bool hasPaste() const;
    void clear();
    /// The robot being edited already has a token in the keychain for this endpoint.
    void setStoredEndpoint(const QUrl& endpoint);

    /// Field "webhook"; empty = valid (a valid paste, or nothing pasted while a stored token is kept).
    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// The URL as the window may show it: the token reduced to its last four characters.
    static QString maskedUrl(const QUrl& endpoint);

signals:
    void valueChanged();
    void validityChanged(bool valid);

private:
    void parse();
    QLineEdit* m_input = nullptr;
    QLabel* m_display = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<WebhookUrl> m_parsed;
    std::optional<Error> m_error;
    QUrl m_storedEndpoint;
    bool m_valid = false;
};

} // namespace alertdesk
