// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/roboteditor.h"

#include "dialogs/editordialog.h"
#include "dialogs/robotform.h"
#include "workspace.h"

#include <QCoreApplication>

namespace alertdesk {

EditorDialog* robotEditor(Workspace& workspace, const Robot& robot, QWidget* parent, editors::Report report)
{
    auto* form = new RobotForm(workspace);
    form->setObjectName(QStringLiteral("robotForm"));
    form->setValue(robot);
    const bool isNew = robot.uuid.isEmpty();
    auto* dialog = new EditorDialog(form,
                                    isNew ? QCoreApplication::translate("alertdesk::RobotEditor", "Add Robot")
                                          : QCoreApplication::translate("alertdesk::RobotEditor", "Edit Robot"),
                                    parent);
    dialog->setObjectName(QStringLiteral("robotEditor"));
    dialog->setValid(form->isValid());
    QObject::connect(form, &RobotForm::validityChanged, dialog, &EditorDialog::setValid);
    dialog->setSave([&workspace, form, dialog, isNew, report] {
        const auto done = [form, dialog, report](Result<Robot> saved) {
            if (!saved) {
                form->showError(saved.error());
                dialog->failed(saved.error().message);
                return;
            }
            if (report)
                report(QCoreApplication::translate("alertdesk::RobotEditor", "Saved robot “%1”.").arg(saved->name));
            dialog->saved();
        };
        if (isNew)
            workspace.addRobot(form->value(), form->secrets(), dialog, done);
        else
            workspace.updateRobot(form->value(), form->secretsChange(), dialog, done);
    });
    return dialog;
}

} // namespace alertdesk
