// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dialogs/editors.h"
#include "result.h"
#include "storage/usage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace alertdesk {

class FieldProblem;

/// Asks before a robot, contact, group or policy is deleted: says what it is, lists where it is used (contacts,
/// groups, policies) and what deleting it does to them and to the keychain. Delete runs the removal (a robot's
/// asynchronously, through the Workspace, with its keychain entries); an error is shown and the dialog stays open.
class DeleteConfirmation : public QDialog {
    Q_OBJECT
public:
    DeleteConfirmation(Workspace& workspace, editors::Entity entity, const QString& uuid, const QString& name,
                       const Usage& usage, QWidget* parent, editors::Report report);

    QString error() const;
    void reject() override;

private:
    void remove();
    void finished(const Result<void>& result);
    Workspace& m_workspace;
    editors::Entity m_entity;
    QString m_uuid;
    QString m_name;
    editors::Report m_report;
    QTreeWidget* m_usage;
    FieldProblem* m_error;
    QDialogButtonBox* m_buttons;
    bool m_removing = false;
};

} // namespace alertdesk
