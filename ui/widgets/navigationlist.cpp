// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/navigationlist.h"

#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace alertdesk {

namespace {

constexpr int iconSide = 24;
constexpr int itemPadding = 10;
constexpr int keyRole = Qt::UserRole;

/// The icons are drawn in one accent colour, which disappears on the selection highlight: the selected entry gets
/// its icon in the highlighted-text colour instead.
QIcon withSelectedVariant(const QIcon& icon, const QColor& selectedColor)
{
    QIcon result;
    for (const qreal ratio : {1.0, 2.0}) {
        const QPixmap normal = icon.pixmap(QSize(iconSide, iconSide), ratio);
        QPixmap tinted = normal;
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(0, 0), tinted.deviceIndependentSize().toSize()), selectedColor);
        painter.end();
        result.addPixmap(normal, QIcon::Normal);
        result.addPixmap(tinted, QIcon::Selected);
    }
    return result;
}

/// Selection follows the current entry, so the highlight already shows where the keyboard is; the style's extra
/// focus frame would only cut a line through the highlight.
class NoFocusFrameDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

} // namespace

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    setIconSize(QSize(iconSide, iconSide));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSpacing(2);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setItemDelegate(new NoFocusFrameDelegate(this));
}

void NavigationList::addEntry(const QIcon& icon, const QString& text, const QString& key)
{
    auto* item = new QListWidgetItem(withSelectedVariant(icon, palette().color(QPalette::HighlightedText)), text, this);
    item->setData(keyRole, key);
    item->setToolTip(text);
    const int height = qMax(iconSide, fontMetrics().height()) + 2 * itemPadding;
    item->setSizeHint(QSize(0, height)); // rows span the list; only the height matters
    updateGeometry();
}

QString NavigationList::currentKey() const
{
    const QListWidgetItem* item = currentItem();
    return item ? item->data(keyRole).toString() : QString();
}

bool NavigationList::selectKey(const QString& key)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(keyRole).toString() == key) {
            setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QSize NavigationList::sizeHint() const
{
    int textWidth = fontMetrics().averageCharWidth() * 12;
    for (int row = 0; row < count(); ++row) {
        textWidth = qMax(textWidth, fontMetrics().horizontalAdvance(item(row)->text()));
    }
    const int width = textWidth + iconSide + 4 * itemPadding + 2 * frameWidth() + 2 * spacing() +
                      verticalScrollBar()->sizeHint().width() / 2;
    return {width, QListWidget::sizeHint().height()};
}

} // namespace alertdesk
