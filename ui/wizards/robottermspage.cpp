// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/robottermspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace alertdesk {

RobotTermsPage::RobotTermsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_check(new QCheckBox(tr("I have read and accepted DingTalk Custom Robot Service Terms of Service"), this))
{
    setObjectName(QStringLiteral("robotTermsPage"));
    setTitle(tr("Terms"));
    setSubTitle(tr("DingTalk asks you to accept its terms before it creates the robot. AlertDesk records when you "
                   "did."));
    m_check->setObjectName(QStringLiteral("termsCheck"));
    m_check->setAccessibleName(tr("Accept DingTalk Custom Robot Service Terms of Service"));
    auto* note = new QLabel(tr("Tick the same box in the DingTalk client, then press Finish there: DingTalk shows the "
                               "robot's webhook URL, which the next step asks for."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_check);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_acceptedAt = on ? QDateTime::currentDateTimeUtc() : QDateTime();
        emit completeChanged();
    });
}

bool RobotTermsPage::isComplete() const
{
    return m_check->isChecked();
}

} // namespace alertdesk
