// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "welcome/welcomepanel.h"
#include "resources.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int paragraphCharacters = 72;

} // namespace

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon(QStringLiteral("alertdesk")).pixmap(64, 64));
    auto* heading = new QLabel(tr("Welcome to AlertDesk"), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("This workspace is empty. AlertDesk records the DingTalk robots of your groups, the "
                                "people alerts are for and the policies that route alerts to them, lets you send "
                                "a test alert, and writes the configuration your servers need. How would you like "
                                "to begin?"),
                             this);
    intro->setWordWrap(true);
    const int width = intro->fontMetrics().averageCharWidth() * paragraphCharacters;

    m_choices = new QWidget(this);
    auto* choices = new QVBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(14);

    m_setUp = addChoice(QStringLiteral("setUpRobotButton"), tr("Set up a DingTalk robot"),
                        tr("A wizard walks through what you do in the DingTalk client: the robot's profile, its "
                           "security settings, the terms and its webhook."));
    connect(m_setUp, &QPushButton::clicked, this, &WelcomePanel::setUpRequested);
    m_import = addChoice(QStringLiteral("importButton"), tr("Import an existing setup"),
                         tr("Read an alertmanager.yml or a DingTalk webhook bridge configuration you already use."));
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    QPushButton* empty = addChoice(QStringLiteral("startEmptyButton"), tr("Start empty"),
                                   tr("Go straight to the workspace and add robots, contacts and policies yourself."));
    connect(empty, &QPushButton::clicked, this, &WelcomePanel::startEmptyRequested);
    m_setUp->setDefault(true);

    // One column of readable width, centred: word-wrapped labels get their height from that width.
    auto* column = new QWidget(this);
    column->setFixedWidth(width);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(icon, 0, Qt::AlignHCenter);
    columnLayout->addWidget(heading, 0, Qt::AlignHCenter);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_choices);

    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
}

QPushButton* WelcomePanel::addChoice(const QString& name, const QString& text, const QString& explanation)
{
    auto* row = new QWidget(m_choices);
    auto* button = new QPushButton(text, row);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setAccessibleDescription(explanation);
    button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 32);
    auto* label = new QLabel(explanation, row);
    label->setWordWrap(true);
    label->setBuddy(button);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addWidget(label);
    m_choices->layout()->addWidget(row);
    return button;
}

void WelcomePanel::setSetUpAvailable(bool available)
{
    m_setUp->parentWidget()->setVisible(available);
}

void WelcomePanel::setImportAvailable(bool available)
{
    m_import->parentWidget()->setVisible(available);
}

} // namespace alertdesk
