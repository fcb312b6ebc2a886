// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWizardPage>
#include <functional>

class QLabel;

namespace alertdesk {

class PreviewPane;
class Workspace;

/// "Connect to a notification policy", step 4: the "Send test alert" pane (PreviewPane) for the policy just connected
/// — the message its templates make of a sample alert, the checks, Send test alert — under a line saying which robots
/// the policy reaches. objectNames: verifySummary, previewPane (its Send button: sendButton, its result: sendResult).
class VerifyStepPage : public QWizardPage {
    Q_OBJECT
public:
    VerifyStepPage(Workspace& workspace, std::function<QString()> policyUuid, QWidget* parent = nullptr);

    void initializePage() override;

private:
    Workspace& m_workspace;
    std::function<QString()> m_policyUuid;
    QLabel* m_summary;
    PreviewPane* m_preview;
};

} // namespace alertdesk
