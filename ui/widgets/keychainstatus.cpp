// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/keychainstatus.h"

#include "widgets/elidedlabel.h"
#include "widgets/warningpalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStyle>

namespace alertdesk {

KeychainStatus::KeychainStatus(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new ElidedLabel(Qt::ElideRight, this))
{
    m_icon->setObjectName(QStringLiteral("keychainStateIcon"));
    m_label->setObjectName(QStringLiteral("keychainState"));
    m_label->setPreferredCharacters(64);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    setChecking();
}

void KeychainStatus::setChecking()
{
    m_label->setFullText(tr("Keychain: checking…"));
    setWarning(false);
}

void KeychainStatus::setAvailable(const QString& backendName)
{
    m_label->setFullText(tr("Keychain: available (%1)").arg(backendName));
    setWarning(false);
}

void KeychainStatus::setUnavailable(const QString& reason)
{
    const QString why = reason.trimmed().isEmpty() ? tr("the keychain gave no reason.") : reason.trimmed();
    m_reason = why;
    m_label->setFullText(tr("Keychain unavailable: %1").arg(why));
    setWarning(true);
}

QString KeychainStatus::text() const
{
    return m_label->text();
}

void KeychainStatus::mouseReleaseEvent(QMouseEvent* event)
{
    QWidget::mouseReleaseEvent(event);
    if (!m_reason.isEmpty() && event->button() == Qt::LeftButton) {
        QMessageBox::warning(this, tr("Keychain unavailable"), m_reason);
    }
}

void KeychainStatus::setWarning(bool warning)
{
    if (!warning) {
        m_reason.clear();
    }
    setCursor(warning ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (warning) {
        const int size = m_label->fontMetrics().height();
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    } else {
        m_icon->clear();
    }
    m_icon->setVisible(warning);
    m_label->setPalette(warning ? withWarningText(palette()) : QPalette());
}

} // namespace alertdesk
