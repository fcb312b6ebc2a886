// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/lazypage.h"

#include <QVBoxLayout>

namespace alertdesk {

LazyPage::LazyPage(Factory make, QWidget* parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::content()
{
    if (!m_content) {
        m_content = m_make(this);
        layout()->addWidget(m_content);
        // Built while the page is being shown: shown now, in the same paint, not a turn of the event loop later.
        if (isVisible())
            m_content->show();
        emit built(m_content);
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent* event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace alertdesk
