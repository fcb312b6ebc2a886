// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/robotsecuritypage.h"

#include "domain/robot.h"
#include "widgets/iprangeseditor.h"
#include "widgets/keywordseditor.h"
#include "widgets/signingsecretfield.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace alertdesk {

namespace {
QGroupBox* box(const QString& title, const QString& objectName, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    group->setObjectName(objectName);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

RobotSecurityPage::RobotSecurityPage(QWidget* parent)
    : QWizardPage(parent)
    , m_keywords(new KeywordsEditor(this))
    , m_signing(new SigningSecretField(this))
    , m_ipRanges(new IpRangesEditor(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("robotSecurityPage"));
    setTitle(tr("Security settings"));
    setSubTitle(tr("Copy what you choose in DingTalk's \"Security Settings\". DingTalk needs at least one of them."));
    m_keywords->setValue(armsKeywords());
    m_hint->setObjectName(QStringLiteral("securityHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Set at least one: a custom keyword, signing, or an IP range."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box(tr("Custom keywords"), QStringLiteral("keywordsBox"), m_keywords, this));
    layout->addWidget(box(tr("Additional signature"), QStringLiteral("signingBox"), m_signing, this));
    layout->addWidget(box(tr("IP address (range)"), QStringLiteral("ipRangesBox"), m_ipRanges, this));
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_keywords, &KeywordsEditor::valueChanged, this, &RobotSecurityPage::update);
    connect(m_signing, &SigningSecretField::valueChanged, this, &RobotSecurityPage::update);
    connect(m_ipRanges, &IpRangesEditor::valueChanged, this, &RobotSecurityPage::update);
    connect(m_ipRanges, &IpRangesEditor::validityChanged, this, &RobotSecurityPage::update);
    update();
}

QStringList RobotSecurityPage::keywords() const
{
    return m_keywords->value();
}

bool RobotSecurityPage::signing() const
{
    return m_signing->signing();
}

QString RobotSecurityPage::signSecret() const
{
    return m_signing->value();
}

QStringList RobotSecurityPage::ipRanges() const
{
    return m_ipRanges->value();
}

bool RobotSecurityPage::isComplete() const
{
    const bool any = !keywords().isEmpty() || signing() || !ipRanges().isEmpty();
    return any && m_keywords->isValid() && m_signing->isValid() && m_ipRanges->isValid();
}

void RobotSecurityPage::update()
{
    const bool any = !keywords().isEmpty() || signing() || !ipRanges().isEmpty();
    m_hint->setVisible(!any);
    emit completeChanged();
}

} // namespace alertdesk
