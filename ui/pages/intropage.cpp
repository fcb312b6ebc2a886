// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/intropage.h"

#include "widgets/warningpalette.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int headingIconSize = 40;
constexpr int paragraphCharacters = 80; // a comfortable reading width, in average characters

} // namespace

IntroPage::IntroPage(const QIcon& icon, const QString& heading, const QString& explanation, QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("pageIcon"));
    iconLabel->setPixmap(icon.pixmap(headingIconSize, headingIconSize));

    auto* headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    headingLabel->setAccessibleName(heading);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("pageExplanation"));
    explanationLabel->setWordWrap(true);
    explanationLabel->setTextFormat(Qt::PlainText);
    explanationLabel->setMaximumWidth(explanationLabel->fontMetrics().averageCharWidth() * paragraphCharacters);
    explanationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMaximumWidth(explanationLabel->maximumWidth());

    auto* headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    headingRow->addWidget(iconLabel);
    headingRow->addWidget(headingLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addLayout(headingRow);
    layout->addWidget(explanationLabel);
    layout->addSpacing(4);
    layout->addWidget(m_status);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    layout->addStretch(1);
}

void IntroPage::setStatusName(const QString& name)
{
    m_status->setObjectName(name);
}

void IntroPage::setStatus(const QString& text, bool warning)
{
    m_status->setText(text);
    m_status->setPalette(warning ? withWarningText(palette()) : QPalette());
}

QPushButton* IntroPage::addButton(const QString& name, const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleName(text);
    m_buttons->addWidget(button);
    m_buttons->addStretch(1);
    return button;
}

QString IntroPage::status() const
{
    return m_status->text();
}

} // namespace alertdesk
