// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/messagepreview.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace alertdesk {

class BubbleView;
class ChecksPanel;
class RobotWatch;
class SampleAlertEditor;
class SendBar;
class SendHistoryView;
class TargetPicker;
class TemplatesPanel;
class Workspace;

/// "Send test alert": the exact message a sample alert produces for a policy (its stored templates) or a robot (the
/// defaults), re-rendered as the operator types — a DingTalk-like bubble, the raw markdown, the request body with the
/// token and the signature redacted — with the pre-send checks always in view, an asynchronous Send with its outcome
/// explained, and the history of test sends. The main window's page and the Connect wizard's Verify step.
class PreviewPane : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPane(Workspace& workspace, QWidget* parent = nullptr);
    ~PreviewPane() override;

    void showRobot(const QString& uuid);
    void showPolicy(const QString& uuid);
    /// Renders again (the servers' time zone changed in Preferences).
    void refresh();

    /// How long a test send may take before it counts as timed out (the Connect wizard and tests shorten it).
    void setSendTimeoutMs(int timeoutMs) { m_sendTimeoutMs = timeoutMs; }

    /// The last render (for tests and the wizard): the message, the problems, the checks.
    const PreviewResult& lastResult() const { return m_result; }

signals:
    /// A sentence for the status bar or the wizard after each test send (and when a send cannot start).
    void resultReported(const QString& sentence);

private:
    void targetChanged();
    void robotChanged();
    void policyUpdated(const QString& uuid);
    void scheduleRender();
    void readServersTimeZone();
    void render();
    void showProblems(const PreviewResult& result);
    void saveTemplates();
    void sendNow();

    Workspace& m_workspace;
    TargetPicker* m_picker = nullptr;
    TemplatesPanel* m_templates = nullptr;
    SampleAlertEditor* m_sample = nullptr;
    BubbleView* m_bubble = nullptr;
    QPlainTextEdit* m_markdown = nullptr;
    QPlainTextEdit* m_request = nullptr;
    ChecksPanel* m_checks = nullptr;
    SendBar* m_sendBar = nullptr;
    SendHistoryView* m_history = nullptr;
    QTimer* m_renderTimer = nullptr;
    QLabel* m_zoneNote = nullptr;
    QString m_serversTimeZone; ///< the workspace's servers-time-zone, read when the target changes and on refresh()
    RobotWatch* m_robotWatch = nullptr;

    MessagePreview m_preview;
    PreviewResult m_result;
    std::optional<DingTalkMessage> m_lastGood; ///< shown while the templates or the sample have an error
    std::optional<Robot> m_robot;
    std::optional<NotificationPolicy> m_policy;
    DingTalkMessage::At m_at;
    int m_sendTimeoutMs = SendRequest::defaultTimeoutMs;
    QString m_targetUuid;
};

} // namespace alertdesk
