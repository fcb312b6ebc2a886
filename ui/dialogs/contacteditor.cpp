// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/contacteditor.h"

#include "dialogs/contactform.h"
#include "dialogs/editordialog.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

/// Puts the contact into exactly the groups in `groupUuids`.
Result<void> saveMemberships(Workspace& workspace, const QString& contactUuid, const QStringList& groupUuids)
{
    auto groups = workspace.groups().all();
    if (!groups)
        return groups.error();
    for (ContactGroup group : *groups) {
        const bool member = group.memberUuids.contains(contactUuid);
        const bool wanted = groupUuids.contains(group.uuid);
        if (member == wanted)
            continue;
        if (wanted)
            group.memberUuids.append(contactUuid);
        else
            group.memberUuids.removeAll(contactUuid);
        auto updated = workspace.groups().update(group);
        if (!updated)
            return updated.error();
    }
    return {};
}

} // namespace

EditorDialog* contactEditor(Workspace& workspace, const Contact& contact, const QStringList& groupUuids,
                            QWidget* parent, editors::Report report)
{
    auto* form = new ContactForm(workspace);
    form->setObjectName(QStringLiteral("contactForm"));
    form->setValue(contact);
    if (contact.uuid.isEmpty())
        form->setGroupUuids(groupUuids);
    const bool isNew = contact.uuid.isEmpty();
    auto* dialog = new EditorDialog(form,
                                    isNew ? QCoreApplication::translate("alertdesk::ContactEditor", "Add Contact")
                                          : QCoreApplication::translate("alertdesk::ContactEditor", "Edit Contact"),
                                    parent);
    dialog->setObjectName(QStringLiteral("contactEditor"));
    dialog->setValid(form->isValid());
    QObject::connect(form, &ContactForm::validityChanged, dialog, &EditorDialog::setValid);
    dialog->setSave([&workspace, form, dialog, isNew, report] {
        Contact value = form->value();
        const QStringList groups = form->groupUuids();
        Contact stored;
        Result<void> done = workspace.database().transaction([&]() -> Result<void> {
            auto saved = isNew ? workspace.contacts().add(value) : workspace.contacts().update(value);
            if (!saved)
                return saved.error();
            stored = *saved;
            return saveMemberships(workspace, stored.uuid, groups);
        });
        if (!done) {
            form->showError(done.error());
            dialog->failed(done.error().message);
            return;
        }
        if (report)
            report(QCoreApplication::translate("alertdesk::ContactEditor", "Saved contact “%1”.").arg(stored.name));
        dialog->saved();
    });
    return dialog;
}

} // namespace alertdesk
