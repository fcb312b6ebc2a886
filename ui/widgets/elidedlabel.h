// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QLabel>

namespace alertdesk {

/// A one-line label that shows as much of its text as fits and ends with "…" when it has to cut; text() stays the
/// whole text and the tooltip shows it. Lets long paths and reasons sit in the status bar without widening the window.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    /// Caps the preferred width at about `characters` average characters (0: no cap), so that one long text cannot
    /// crowd out its neighbours.
    void setPreferredCharacters(int characters);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::TextElideMode m_mode;
    int m_preferredCharacters = 0;
};

} // namespace alertdesk
