// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "result.h"
#include "widgets/fieldproblems.h"

#include <QWidget>
#include <memory>

namespace alertdesk {

class Workspace;
namespace Ui {
class ContactGroupForm;
}

/// Edits one contact group: name, description and members (a check list of the workspace's contacts with a filter).
/// Every invalid field is marked with its reason as the operator types, including a name another group already has.
/// Used by the group editor and the "Connect to a notification policy" wizard.
class ContactGroupForm : public QWidget {
    Q_OBJECT
public:
    explicit ContactGroupForm(Workspace& workspace, QWidget* parent = nullptr);
    ~ContactGroupForm() override;

    void setValue(const ContactGroup& group);
    ContactGroup value() const;
    bool isValid() const;

    /// Re-reads the contacts offered (another step may have added one); keeps the ticked ones.
    void reloadChoices();
    /// Marks the field an error from saving names (a name conflict, say); errors without a field are the caller's.
    void showError(const Error& error);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    void applyFilter();
    Workspace& m_workspace;
    std::unique_ptr<Ui::ContactGroupForm> m_ui;
    ContactGroup m_original;
    FieldProblems m_markers;
    bool m_valid = false;
};

} // namespace alertdesk
