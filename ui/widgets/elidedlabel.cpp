// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/elidedlabel.h"

#include <QPainter>
#include <QStyle>

namespace alertdesk {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void ElidedLabel::setFullText(const QString& text)
{
    setText(text);
    setToolTip(text);
}

void ElidedLabel::setPreferredCharacters(int characters)
{
    m_preferredCharacters = characters;
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QSize full = QLabel::sizeHint();
    if (m_preferredCharacters <= 0) {
        return full;
    }
    return {qMin(full.width(), fontMetrics().averageCharWidth() * m_preferredCharacters), full.height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Enough for a few characters and the ellipsis; the status bar gives it more when there is room.
    const QSize full = QLabel::minimumSizeHint();
    return {qMin(full.width(), fontMetrics().averageCharWidth() * 12), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QRect area = contentsRect().marginsRemoved(QMargins(margin(), margin(), margin(), margin()));
    const QString shown = fontMetrics().elidedText(text(), m_mode, area.width());
    style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(), isEnabled(), shown,
                          foregroundRole());
}

} // namespace alertdesk
