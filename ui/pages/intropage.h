// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace alertdesk {

/// The top of a page: its icon and heading, a paragraph that says what the page is for in the operator's words, and
/// one status line (how many robots there are, or what is still to come). The entity pages grow their table and
/// details panel below it.
class IntroPage : public QWidget {
    Q_OBJECT
public:
    IntroPage(const QIcon& icon, const QString& heading, const QString& explanation, QWidget* parent = nullptr);

    /// `name` is the status label's objectName, so tests can find "robotCount" and friends.
    void setStatusName(const QString& name);
    void setStatus(const QString& text, bool warning = false);
    QString status() const;
    /// A button under the status line (the page's one action), named `name` for tests and the window to find.
    QPushButton* addButton(const QString& name, const QString& text);

private:
    QLabel* m_status = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace alertdesk
