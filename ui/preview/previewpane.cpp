// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/previewpane.h"

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/policymentions.h"
#include "preview/bubbleview.h"
#include "preview/checkspanel.h"
#include "preview/robotwatch.h"
#include "preview/samplealerteditor.h"
#include "preview/sendbar.h"
#include "preview/sendhistoryview.h"
#include "preview/targetpicker.h"
#include "preview/templateeditor.h"
#include "preview/templatespanel.h"
#include "resources.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/settingsrepository.h"
#include "workspace.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int renderDelayMs = 15; // coalesces a burst of edits; one render takes a few ms

QPlainTextEdit* readOnlyText(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QWidget* inGroup(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

PreviewPane::PreviewPane(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    initResources();
    setObjectName(QStringLiteral("previewPane"));
    m_picker = new TargetPicker(workspace, this);
    m_templates = new TemplatesPanel(this);
    m_sample = new SampleAlertEditor(this);
    m_bubble = new BubbleView(this);
    m_markdown = readOnlyText(QStringLiteral("rawMarkdown"), tr("Raw markdown"), this);
    m_request = readOnlyText(QStringLiteral("requestBody"), tr("Request (token and signature redacted)"), this);
    m_checks = new ChecksPanel(this);
    m_sendBar = new SendBar(workspace, this);
    m_history = new SendHistoryView(workspace.testSends(), this);
    m_robotWatch = new RobotWatch(workspace, *m_checks, this);
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(renderDelayMs);

    auto* outputs = new QTabWidget(this);
    outputs->setObjectName(QStringLiteral("previewOutputs"));
    outputs->addTab(m_bubble, tr("In DingTalk"));
    outputs->addTab(m_markdown, tr("Markdown"));
    outputs->addTab(m_request, tr("Request"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(outputs);
    right->addWidget(inGroup(tr("Checks"), m_checks, this));
    // Half each: the checks' sentences wrap (more so in Chinese), and a splitter does not grow a pane for that.
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(inGroup(tr("Templates"), m_templates, this));
    left->addWidget(inGroup(tr("Sample alert"), m_sample, this));
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    auto* rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("previewSplitter"));
    rows->addWidget(columns);
    rows->addWidget(inGroup(tr("Test sends"), m_history, this));
    rows->setStretchFactor(0, 4);
    rows->setStretchFactor(1, 1);

    m_zoneNote = new QLabel(this);
    m_zoneNote->setObjectName(QStringLiteral("serversTimeZoneNote"));
    m_zoneNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_zoneNote);
    layout->addWidget(rows, 1);
    layout->addWidget(m_sendBar);

    connect(m_renderTimer, &QTimer::timeout, this, &PreviewPane::render);
    connect(m_robotWatch, &RobotWatch::secretStateChanged, this, &PreviewPane::scheduleRender);
    connect(m_picker, &TargetPicker::targetChanged, this, &PreviewPane::targetChanged);
    connect(m_picker, &TargetPicker::robotChanged, this, &PreviewPane::robotChanged);
    connect(m_templates, &TemplatesPanel::edited, this, &PreviewPane::scheduleRender);
    connect(m_templates, &TemplatesPanel::saveRequested, this, &PreviewPane::saveTemplates);
    connect(m_sample, &SampleAlertEditor::payloadChanged, this, &PreviewPane::scheduleRender);
    connect(m_sendBar, &SendBar::sendRequested, this, &PreviewPane::sendNow);
    connect(m_sendBar, &SendBar::finished, this, [this](const QString& sentence) {
        m_robotWatch->refreshSendsLeft();
        emit resultReported(sentence);
    });
    connect(&workspace.robots(), &RobotRepository::updated, this, [this](const QString& uuid) {
        if (m_robot && uuid == m_robot->uuid)
            robotChanged(); // keywords, signing or the picture may have changed
    });
    connect(&workspace.policies(), &PolicyRepository::updated, this, &PreviewPane::policyUpdated);
    targetChanged();
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::showRobot(const QString& uuid)
{
    m_picker->select(TargetPicker::Kind::Robot, uuid);
}

void PreviewPane::showPolicy(const QString& uuid)
{
    m_picker->select(TargetPicker::Kind::Policy, uuid);
}

void PreviewPane::readServersTimeZone()
{
    const auto zone = m_workspace.settings().serversTimeZone();
    m_serversTimeZone = zone ? zone.value() : QStringLiteral("UTC");
}

void PreviewPane::refresh()
{
    readServersTimeZone();
    scheduleRender();
}

void PreviewPane::targetChanged()
{
    readServersTimeZone(); // another window or alertdeskctl may have changed it since
    const QString previous = m_targetUuid;
    m_targetUuid = m_picker->targetUuid();
    m_policy.reset();
    m_at = {};
    if (m_picker->kind() == TargetPicker::Kind::Policy) {
        const auto policy = m_workspace.policies().find(m_targetUuid);
        if (policy) {
            m_policy = policy.value();
            const auto at = policyMentions(m_workspace, *m_policy);
            m_at = at ? at.value() : DingTalkMessage::At{};
        }
    }
    m_templates->load(m_policy ? m_policy->message : MessageSettings{}, m_policy.has_value());
    if (!previous.isEmpty() && previous != m_targetUuid && !m_workspace.robots().find(previous) &&
        !m_workspace.policies().find(previous))
        m_sendBar->showResult(tr("What you were previewing was deleted; now showing the first one left."), true);
    robotChanged();
}

void PreviewPane::robotChanged()
{
    m_robot.reset();
    const QString uuid = m_picker->robotUuid();
    if (!uuid.isEmpty()) {
        const auto robot = m_workspace.robots().find(uuid);
        if (robot)
            m_robot = robot.value();
    }
    m_bubble->setRobot(m_robot ? m_robot->name : QString(), m_robot ? m_robot->avatar : QByteArray());
    m_robotWatch->watch(m_robot);
    scheduleRender();
}

void PreviewPane::policyUpdated(const QString& uuid)
{
    if (!m_policy || uuid != m_policy->uuid)
        return;
    const auto policy = m_workspace.policies().find(uuid);
    if (!policy)
        return;
    m_policy = policy.value();
    const auto at = policyMentions(m_workspace, *m_policy);
    m_at = at ? at.value() : DingTalkMessage::At{};
    if (!m_templates->modified())
        m_templates->load(m_policy->message, true);
    scheduleRender();
}

void PreviewPane::scheduleRender()
{
    m_renderTimer->start();
}

void PreviewPane::render()
{
    PreviewInput input;
    input.settings = m_templates->settings();
    input.payloadJson = m_sample->payload();
    if (m_robot)
        input.robot = *m_robot;
    input.at = m_at;
    input.signSecret = m_robotWatch->secretState();
    input.nowMs = m_workspace.dingTalk().now();
    // A policy's messages are the DingTalk bridge's (its body, its mention rule); times in the servers' zone.
    input.bridge = m_policy.has_value();
    input.serversTimeZone = m_serversTimeZone;
    m_zoneNote->setText(input.bridge ? tr("Rendered as the DingTalk bridge renders it, on servers in %1 (Tools → "
                                          "Preferences → Servers' time zone).")
                                           .arg(input.serversTimeZone)
                                     : tr("Rendered as servers in %1 render it (Tools → Preferences → Servers' time "
                                          "zone).")
                                           .arg(input.serversTimeZone));
    m_result = m_preview.render(input);
    showProblems(m_result);
    if (m_result.ok()) {
        m_lastGood = m_result.message;
        m_bubble->showMessage(*m_result.message);
        m_bubble->setNote(QString());
        m_markdown->setPlainText(m_result.message->text());
        m_request->setPlainText(m_result.request);
        m_checks->setFindings(m_result.findings, m_result.bodyBytes);
    }
    if (!m_robot)
        m_sendBar->setReady(false, tr("Add a robot first: the test goes to a robot."));
    else if (!m_result.ok())
        m_sendBar->setReady(false, tr("Fix the error first: there is no message to send."));
    else
        m_sendBar->setReady(true);
}

void PreviewPane::showProblems(const PreviewResult& result)
{
    QStringList reasons;
    const auto title = result.problem(PreviewProblem::Source::Title);
    const auto text = result.problem(PreviewProblem::Source::Text);
    const auto payload = result.problem(PreviewProblem::Source::Payload);
    if (title)
        m_templates->titleEditor()->showError(title->line, title->column, title->message);
    else
        m_templates->titleEditor()->clearError();
    if (text)
        m_templates->textEditor()->showError(text->line, text->column, text->message);
    else
        m_templates->textEditor()->clearError();
    if (title || text)
        reasons.append(tr("a template has an error (shown under it)"));
    if (payload)
        reasons.append(m_sample->jsonValid() ? payload->message : tr("the sample alert is not valid JSON"));
    if (reasons.isEmpty())
        return;
    const QString why = reasons.join(QStringLiteral("; "));
    if (m_lastGood) {
        m_bubble->setNote(tr("Not updated: %1. Showing the last message that rendered.").arg(why));
    } else {
        m_bubble->setNote(tr("Nothing to show: %1.").arg(why));
        m_checks->clearFindings(tr("Nothing to check: %1.").arg(why));
    }
}

void PreviewPane::saveTemplates()
{
    if (!m_policy)
        return;
    auto policy = m_workspace.policies().find(m_policy->uuid);
    if (!policy) {
        m_templates->setSaveResult(policy.error().message, true);
        return;
    }
    NotificationPolicy changed = policy.value();
    changed.message = m_templates->toStore();
    const auto saved = m_workspace.policies().update(changed);
    if (!saved) {
        m_templates->setSaveResult(saved.error().message, true);
        return;
    }
    m_policy = saved.value();
    m_templates->load(m_policy->message, true);
    m_templates->setSaveResult(tr("Saved: policy \"%1\" now sends these templates.").arg(m_policy->name), false);
}

void PreviewPane::sendNow()
{
    if (m_renderTimer->isActive()) { // an edit not rendered yet: send what the operator typed, not the render before
        m_renderTimer->stop();
        render();
    }
    if (!m_robot || !m_result.ok())
        return;
    // The robot may have been deleted or changed since it was picked: send with what is stored now.
    const auto robot = m_workspace.robots().find(m_robot->uuid);
    if (!robot) {
        const QString sentence =
            tr("Not sent: robot \"%1\" is no longer in the workspace (%2)").arg(m_robot->name, robot.error().message);
        m_sendBar->showResult(sentence, true);
        emit resultReported(sentence);
        return;
    }
    TestSendRequest request;
    request.robot = robot.value();
    request.message = *m_result.message;
    request.timeoutMs = m_sendTimeoutMs;
    if (m_policy) {
        request.policyUuid = m_policy->uuid;
        request.policyName = m_policy->name;
    }
    m_sendBar->send(request);
}

} // namespace alertdesk
