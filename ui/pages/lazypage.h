// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>
#include <functional>

namespace alertdesk {

/// A main-window page whose content is built when the page is first shown (or asked for): the Send test alert pane
/// reads every robot and policy, which start-up should not wait for.
class LazyPage : public QWidget {
    Q_OBJECT
public:
    /// Builds the content, parented to the page it is given.
    using Factory = std::function<QWidget*(QWidget* page)>;

    explicit LazyPage(Factory make, QWidget* parent = nullptr);

    /// The content, built now if it was not yet.
    QWidget* content();
    bool isBuilt() const { return m_content != nullptr; }

signals:
    void built(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_make;
    QWidget* m_content = nullptr;
};

} // namespace alertdesk
