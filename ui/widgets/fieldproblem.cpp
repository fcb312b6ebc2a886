// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/fieldproblem.h"

#include "widgets/warningpalette.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace alertdesk {

FieldProblem::FieldProblem(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setPalette(withWarningText(m_text->palette()));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setVisible(false);
}

void FieldProblem::attach(QWidget* field)
{
    m_field = field;
    m_fieldToolTip = field ? field->toolTip() : QString();
}

void FieldProblem::setProblem(const QString& reason)
{
    // The row's visibility is set every time: at construction the marker is not in its form layout yet.
    auto* form = parentWidget() ? qobject_cast<QFormLayout*>(parentWidget()->layout()) : nullptr;
    if (form && form->indexOf(this) >= 0)
        form->setRowVisible(this, !reason.isEmpty());
    else
        setVisible(!reason.isEmpty());
    if (reason == m_problem)
        return;
    m_problem = reason;
    m_text->setText(reason);
    m_text->setAccessibleName(reason);
    setAccessibleName(reason);
    if (!m_field)
        return;
    m_field->setToolTip(reason.isEmpty() ? m_fieldToolTip : reason);
    m_field->setAccessibleDescription(reason);
    if (auto* edit = qobject_cast<QLineEdit*>(m_field.data())) {
        if (reason.isEmpty()) {
            delete m_fieldIcon;
        } else if (!m_fieldIcon) {
            m_fieldIcon = edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, edit),
                                          QLineEdit::TrailingPosition);
        }
        if (m_fieldIcon)
            m_fieldIcon->setToolTip(reason);
    }
}

void FieldProblem::changeEvent(QEvent* event)
{
    // Follow a switch between light and dark system palettes.
    if (event->type() == QEvent::PaletteChange)
        m_text->setPalette(withWarningText(palette()));
    QWidget::changeEvent(event);
}

} // namespace alertdesk
