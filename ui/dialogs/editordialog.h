// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;

namespace alertdesk {

class FieldProblem;

/// The frame every editor shares: its form, a line for a save error, OK and Cancel. OK stays disabled while the form
/// is invalid or a save is under way. OK runs the save; the save ends with saved() (the dialog closes) or failed()
/// (the reason is shown, the dialog stays open with everything the operator typed).
class EditorDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<void()>;
    EditorDialog(QWidget* form, const QString& title, QWidget* parent);

    void setSave(Save save) { m_save = std::move(save); }
    void setValid(bool valid);
    void saved();
    void failed(const QString& reason);
    QString saveError() const;
    void reject() override;

private:
    void updateOk();
    QDialogButtonBox* m_buttons;
    FieldProblem* m_error;
    QLabel* m_busy;
    Save m_save;
    bool m_valid = false;
    bool m_saving = false;
};

} // namespace alertdesk
