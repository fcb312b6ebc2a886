// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;

namespace alertdesk {

/// The mark an editor puts beside an invalid field: a warning icon and the reason in warning red, the reason also as
/// the field's tooltip and, for a line edit, a warning icon inside it. Hidden while the field is fine. Editors place
/// one under each field (in Designer: a promoted QWidget) and attach() it to its field.
class FieldProblem : public QWidget {
    Q_OBJECT
public:
    explicit FieldProblem(QWidget* parent = nullptr);

    void attach(QWidget* field);
    /// Empty: the field is fine.
    void setProblem(const QString& reason);
    QString problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QString m_problem;
    QPointer<QWidget> m_field;
    QString m_fieldToolTip;
    QPointer<QAction> m_fieldIcon;
};

} // namespace alertdesk
