// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/contactgroupeditor.h"

#include "dialogs/contactgroupform.h"
#include "dialogs/editordialog.h"
#include "storage/contactgrouprepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace alertdesk {

EditorDialog* contactGroupEditor(Workspace& workspace, const ContactGroup& group, QWidget* parent,
                                 editors::Report report)
{
    auto* form = new ContactGroupForm(workspace);
    form->setObjectName(QStringLiteral("groupForm"));
    form->setValue(group);
    const bool isNew = group.uuid.isEmpty();
    auto* dialog =
        new EditorDialog(form,
                         isNew ? QCoreApplication::translate("alertdesk::ContactGroupEditor", "Add Contact Group")
                               : QCoreApplication::translate("alertdesk::ContactGroupEditor", "Edit Contact Group"),
                         parent);
    dialog->setObjectName(QStringLiteral("groupEditor"));
    dialog->setValid(form->isValid());
    QObject::connect(form, &ContactGroupForm::validityChanged, dialog, &EditorDialog::setValid);
    dialog->setSave([&workspace, form, dialog, isNew, report] {
        const ContactGroup value = form->value();
        auto saved = isNew ? workspace.groups().add(value) : workspace.groups().update(value);
        if (!saved) {
            form->showError(saved.error());
            dialog->failed(saved.error().message);
            return;
        }
        if (report)
            report(QCoreApplication::translate("alertdesk::ContactGroupEditor", "Saved contact group “%1”.")
                       .arg(saved->name));
        dialog->saved();
    });
    return dialog;
}

} // namespace alertdesk
