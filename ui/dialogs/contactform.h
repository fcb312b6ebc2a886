// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "result.h"
#include "widgets/fieldproblems.h"

#include <QStringList>
#include <QWidget>
#include <memory>

namespace alertdesk {

class Workspace;
namespace Ui {
class ContactForm;
}

/// Edits one contact: name, phone, email, DingTalk user id, DingTalk chatbot (a robot of the workspace, or none),
/// notes and the groups the contact is in. Every invalid field is marked with its reason as the operator types,
/// including a name another contact already has. Used by the contact editor and the "Connect to a notification
/// policy" wizard.
class ContactForm : public QWidget {
    Q_OBJECT
public:
    explicit ContactForm(Workspace& workspace, QWidget* parent = nullptr);
    ~ContactForm() override;

    void setValue(const Contact& contact);
    Contact value() const;
    bool isValid() const;

    /// The groups the contact is (to be) in; groups keep their members, so saving these is the caller's job
    /// (see saveContactGroups()).
    void setGroupUuids(const QStringList& uuids);
    QStringList groupUuids() const;
    /// Re-reads the robots and groups offered (another step may have added one); keeps what is picked.
    void reloadChoices();
    /// Marks the field an error from saving names (a name conflict, say); errors without a field are the caller's.
    void showError(const Error& error);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    Workspace& m_workspace;
    std::unique_ptr<Ui::ContactForm> m_ui;
    Contact m_original;
    FieldProblems m_markers;
    bool m_valid = false;
};

} // namespace alertdesk
