// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "result.h"
#include "widgets/fieldproblems.h"

#include <QWidget>
#include <memory>

namespace alertdesk {

class Workspace;
namespace Ui {
class PolicyForm;
}

/// Edits one notification policy: name, enabled, description, matching rules, recipients (contacts, groups,
/// robots), grouping and timing, the notification window, resolved notices, mentions, message type and dialect.
/// The templates themselves are edited in the "Send test alert" pane; this form keeps them as they are. Every invalid
/// field is marked with its reason as the operator types. Used by the policy editor and the "Connect to a
/// notification policy" wizard.
class PolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit PolicyForm(Workspace& workspace, QWidget* parent = nullptr);
    ~PolicyForm() override;

    void setValue(const NotificationPolicy& policy);
    NotificationPolicy value() const;
    bool isValid() const;

    /// Re-reads the contacts, groups and robots offered as recipients (another step may have added one).
    void reloadChoices();
    /// Marks the field an error from saving names (a name conflict, say); errors without a field are the caller's.
    void showError(const Error& error);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    void markTabs();
    Workspace& m_workspace;
    std::unique_ptr<Ui::PolicyForm> m_ui;
    NotificationPolicy m_original;
    FieldProblems m_markers;
    bool m_valid = false;
};

} // namespace alertdesk
