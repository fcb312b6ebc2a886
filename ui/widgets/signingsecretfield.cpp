// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/signingsecretfield.h"

#include "domain/robot.h"
#include "widgets/warningpalette.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alertdesk {

SigningSecretField::SigningSecretField(QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(tr("&Signing (加签): sign every message with the robot's secret"), this))
    , m_input(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("signingSecretField"));
    m_check->setObjectName(QStringLiteral("signingCheck"));
    m_check->setAccessibleName(tr("Signing"));
    m_input->setObjectName(QStringLiteral("signingSecretInput"));
    m_input->setAccessibleName(tr("Signing secret"));
    // Never shown, not even while typing: a screenshot or a colleague's glance must not catch it.
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setMaxLength(256);
    m_problem->setObjectName(QStringLiteral("signingSecretProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_input);
    layout->addWidget(m_problem);

    connect(m_check, &QCheckBox::toggled, this, [this] {
        refresh();
        emit valueChanged();
    });
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit valueChanged();
    });
    refresh();
}

void SigningSecretField::setSigning(bool on)
{
    m_check->setChecked(on);
}

bool SigningSecretField::signing() const
{
    return m_check->isChecked();
}

void SigningSecretField::setValue(const QString& secret)
{
    m_input->setText(secret);
}

QString SigningSecretField::value() const
{
    return m_check->isChecked() ? m_input->text().trimmed() : QString();
}

void SigningSecretField::setStored(bool stored)
{
    m_stored = stored;
    refresh();
}

Problems SigningSecretField::problems() const
{
    if (!signing() || (m_stored && value().isEmpty()))
        return {};
    Robot robot;
    robot.signing = true;
    Problems problems;
    for (const Error& problem : validateRobotSecrets(robot, {QString(), value()})) {
        if (problem.field == QStringLiteral("secret"))
            problems.append(problem);
    }
    return problems;
}

void SigningSecretField::refresh()
{
    m_input->setEnabled(signing());
    m_input->setPlaceholderText(m_stored ? tr("A secret is stored in the keychain; paste a new one to replace it")
                                         : tr("Paste the secret DingTalk shows under Additional Signature (SEC…)"));
    const Problems problems = this->problems();
    // An empty field right after ticking the box is not worth a red sentence yet; the page still waits for it.
    const bool show = !problems.isEmpty() && !m_input->text().isEmpty();
    m_problem->setText(show ? problems.first().message : QString());
    m_problem->setVisible(show);
    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
