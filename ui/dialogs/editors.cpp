// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editors.h"

#include "dialogs/contacteditor.h"
#include "dialogs/contactgroupeditor.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/duplicatename.h"
#include "dialogs/editordialog.h"
#include "dialogs/policyeditor.h"
#include "dialogs/roboteditor.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace alertdesk::editors {

namespace {

void fail(const Report& report, const Error& error)
{
    if (report)
        report(error.message);
}

QStringList groupsOf(Workspace& workspace, const QString& contactUuid)
{
    QStringList uuids;
    if (auto groups = workspace.groups().all()) {
        for (const ContactGroup& group : *groups) {
            if (group.memberUuids.contains(contactUuid))
                uuids.append(group.uuid);
        }
    }
    return uuids;
}

/// Opens the editor for `value`; an empty uuid makes it a new item. `groups` only matters for contacts.
template <typename T>
void openEditor(Workspace& workspace, Entity entity, const T& value, const QStringList& groups, QWidget* parent,
                const Report& report)
{
    EditorDialog* dialog = nullptr;
    if constexpr (std::is_same_v<T, Robot>)
        dialog = robotEditor(workspace, value, parent, report);
    else if constexpr (std::is_same_v<T, Contact>)
        dialog = contactEditor(workspace, value, groups, parent, report);
    else if constexpr (std::is_same_v<T, ContactGroup>)
        dialog = contactGroupEditor(workspace, value, parent, report);
    else
        dialog = policyEditor(workspace, value, parent, report);
    Q_UNUSED(entity);
    dialog->open();
}

/// Reads the item and hands it to `use`; a read error goes to the report.
template <typename Use>
void withItem(Workspace& workspace, Entity entity, const QString& uuid, const Report& report, Use use)
{
    switch (entity) {
    case Entity::Robot:
        if (auto found = workspace.robots().find(uuid))
            use(*found);
        else
            fail(report, found.error());
        return;
    case Entity::Contact:
        if (auto found = workspace.contacts().find(uuid))
            use(*found);
        else
            fail(report, found.error());
        return;
    case Entity::Group:
        if (auto found = workspace.groups().find(uuid))
            use(*found);
        else
            fail(report, found.error());
        return;
    case Entity::Policy:
        if (auto found = workspace.policies().find(uuid))
            use(*found);
        else
            fail(report, found.error());
        return;
    }
}

bool nameTaken(Workspace& workspace, Entity entity, const QString& name)
{
    switch (entity) {
    case Entity::Robot:
        return workspace.robots().findByName(name).ok();
    case Entity::Contact:
        return workspace.contacts().findByName(name).ok();
    case Entity::Group:
        return workspace.groups().findByName(name).ok();
    case Entity::Policy:
        return workspace.policies().findByName(name).ok();
    }
    return false;
}

Result<Usage> usageOf(Workspace& workspace, Entity entity, const QString& uuid)
{
    switch (entity) {
    case Entity::Robot:
        return workspace.robots().usage(uuid);
    case Entity::Contact:
        return workspace.contacts().usage(uuid);
    case Entity::Group:
        return workspace.groups().usage(uuid);
    case Entity::Policy:
        return workspace.policies().usage(uuid);
    }
    return Usage{};
}

} // namespace

void openAdd(Workspace& workspace, Entity entity, QWidget* parent, Report report)
{
    switch (entity) {
    case Entity::Robot:
        return openEditor(workspace, entity, Robot{}, {}, parent, report);
    case Entity::Contact:
        return openEditor(workspace, entity, Contact{}, {}, parent, report);
    case Entity::Group:
        return openEditor(workspace, entity, ContactGroup{}, {}, parent, report);
    case Entity::Policy:
        return openEditor(workspace, entity, NotificationPolicy{}, {}, parent, report);
    }
}

void openEdit(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report)
{
    withItem(workspace, entity, uuid, report, [&](const auto& value) {
        openEditor(workspace, entity, value, groupsOf(workspace, uuid), parent, report);
    });
}

void openDuplicate(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report)
{
    withItem(workspace, entity, uuid, report, [&](auto value) {
        value.uuid.clear();
        value.createdAt = {};
        value.updatedAt = {};
        value.name = duplicateName(value.name, [&](const QString& name) { return nameTaken(workspace, entity, name); });
        openEditor(workspace, entity, value, groupsOf(workspace, uuid), parent, report);
    });
}

void confirmDelete(Workspace& workspace, Entity entity, const QString& uuid, QWidget* parent, Report report)
{
    withItem(workspace, entity, uuid, report, [&](const auto& value) {
        auto usage = usageOf(workspace, entity, uuid);
        if (!usage)
            return fail(report, usage.error());
        auto* dialog = new DeleteConfirmation(workspace, entity, uuid, value.name, *usage, parent, report);
        dialog->open();
    });
}

} // namespace alertdesk::editors
