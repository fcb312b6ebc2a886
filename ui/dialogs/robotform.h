// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "result.h"
#include "widgets/fieldproblems.h"
#include "workspace.h"

#include <QWidget>
#include <memory>

namespace alertdesk {

namespace Ui {
class RobotForm;
}

/// Edits one robot: name, picture, enabled, custom keywords, signing, IP ranges, webhook, terms and notes, built on
/// the wizard's security and webhook widgets. Secrets are never shown: a stored signing secret or access token is
/// kept while its field stays empty, and replaced by what the operator pastes. A new robot needs a webhook.
class RobotForm : public QWidget {
    Q_OBJECT
public:
    explicit RobotForm(Workspace& workspace, QWidget* parent = nullptr);
    ~RobotForm() override;

    /// An empty uuid is a new robot (its webhook must be pasted); otherwise its secrets are in the keychain.
    void setValue(const Robot& robot);
    Robot value() const;
    bool isValid() const;

    /// For a new robot: the token of the pasted webhook and the pasted signing secret.
    RobotSecrets secrets() const;
    /// For an edit: what to replace in the keychain (nothing pasted keeps the stored value).
    Workspace::SecretsChange secretsChange() const;
    /// Marks the field an error from saving names (a name conflict, say); errors without a field are the caller's.
    void showError(const Error& error);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    void markTabs();
    Workspace& m_workspace;
    std::unique_ptr<Ui::RobotForm> m_ui;
    Robot m_original;
    FieldProblems m_markers;
    bool m_valid = false;
};

} // namespace alertdesk
