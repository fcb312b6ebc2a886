// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QListWidget>

namespace alertdesk {

/// The main window's left-hand list of pages. Each entry carries a stable key ("robots", "export", ...) so the last
/// page can be remembered independently of the entries' order and language. As wide as its longest entry.
class NavigationList : public QListWidget {
    Q_OBJECT
public:
    explicit NavigationList(QWidget* parent = nullptr);

    void addEntry(const QIcon& icon, const QString& text, const QString& key);
    QString currentKey() const;
    /// Selects the entry with `key`; false (and nothing changes) when there is none.
    bool selectKey(const QString& key);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace alertdesk
