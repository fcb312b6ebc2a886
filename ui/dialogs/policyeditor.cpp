// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/policyeditor.h"

#include "dialogs/editordialog.h"
#include "dialogs/policyform.h"
#include "storage/policyrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace alertdesk {

EditorDialog* policyEditor(Workspace& workspace, const NotificationPolicy& policy, QWidget* parent,
                           editors::Report report)
{
    auto* form = new PolicyForm(workspace);
    form->setObjectName(QStringLiteral("policyForm"));
    form->setValue(policy);
    const bool isNew = policy.uuid.isEmpty();
    auto* dialog =
        new EditorDialog(form,
                         isNew ? QCoreApplication::translate("alertdesk::PolicyEditor", "Add Notification Policy")
                               : QCoreApplication::translate("alertdesk::PolicyEditor", "Edit Notification Policy"),
                         parent);
    dialog->setObjectName(QStringLiteral("policyEditor"));
    dialog->setValid(form->isValid());
    QObject::connect(form, &PolicyForm::validityChanged, dialog, &EditorDialog::setValid);
    dialog->setSave([&workspace, form, dialog, isNew, report] {
        const NotificationPolicy value = form->value();
        auto saved = isNew ? workspace.policies().add(value) : workspace.policies().update(value);
        if (!saved) {
            form->showError(saved.error());
            dialog->failed(saved.error().message);
            return;
        }
        if (report)
            report(QCoreApplication::translate("alertdesk::PolicyEditor", "Saved notification policy “%1”.")
                       .arg(saved->name));
        dialog->saved();
    });
    return dialog;
}

} // namespace alertdesk
