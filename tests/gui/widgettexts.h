// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// The text a screenshot of a window can show, widget by widget, and the secret hygiene check every screenshot goes
// through (issue 7): no DingTalk access token (64 hex digits) or signing secret ("SEC" + 64 hex digits) may be shown.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace alertdesk::test {

namespace detail {

inline void appendModelTexts(const QAbstractItemModel& model, const QModelIndex& parent, QStringList& out, int& budget)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    for (int row = 0; row < rows && budget > 0; ++row) {
        for (int column = 0; column < columns; ++column, --budget) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model.data(index, role).toString();
                if (!text.isEmpty())
                    out.append(text);
            }
        }
        const QModelIndex first = model.index(row, 0, parent);
        if (model.hasChildren(first))
            appendModelTexts(model, first, out, budget);
    }
}

} // namespace detail

/// Every text `root` and its visible descendants show (or show on hover): window titles, labels, buttons, line edits
/// as displayed (a password field shows dots), editors, combo boxes, group boxes, tabs, tool tips, and the cells of
/// item views (up to 20,000 cells a view).
inline QStringList widgetTexts(const QWidget& root)
{
    QStringList out;
    QList<const QWidget*> widgets{&root};
    for (const QWidget* child : root.findChildren<QWidget*>())
        widgets.append(child);
    for (const QWidget* widget : widgets) {
        if (widget != &root && !widget->isVisibleTo(&root))
            continue;
        out << widget->windowTitle() << widget->toolTip() << widget->statusTip();
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            out << label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            out << button->text();
        else if (const auto* line = qobject_cast<const QLineEdit*>(widget))
            out << line->displayText() << line->placeholderText();
        else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
            out << plain->toPlainText();
        else if (const auto* rich = qobject_cast<const QTextEdit*>(widget))
            out << rich->toPlainText();
        else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            out << group->title();
        else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
            int budget = 20000;
            detail::appendModelTexts(*view->model(), view->rootIndex(), out, budget);
        }
    }
    out.removeAll(QString());
    return out;
}

/// The first text that holds something shaped like a DingTalk access token or signing secret, or empty.
inline QString secretLikeText(const QStringList& texts)
{
    static const QRegularExpression secret(QStringLiteral("(SEC[0-9A-Za-z]{20,}|[0-9A-Fa-f]{48,})"));
    for (const QString& text : texts) {
        if (secret.match(text).hasMatch())
            return text;
    }
    return {};
}

} // namespace alertdesk::test
