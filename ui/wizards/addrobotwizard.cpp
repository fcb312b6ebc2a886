// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/addrobotwizard.h"

#include "dingtalk/testalert.h"
#include "dingtalk/testsender.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/robotrepository.h"
#include "widgets/webhookclipboard.h"
#include "widgets/webhookfield.h"
#include "wizards/robotprofilepage.h"
#include "wizards/robotsecuritypage.h"
#include "wizards/robottermspage.h"
#include "wizards/robotwebhookpage.h"
#include "wizards/testsendreport.h"
#include "workspace.h"

#include <QAbstractButton>

namespace alertdesk {

AddRobotWizard::AddRobotWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_profile(new RobotProfilePage(workspace, this))
    , m_security(new RobotSecurityPage(this))
    , m_terms(new RobotTermsPage(this))
    , m_webhook(new RobotWebhookPage(this))
    , m_clipboard(new WebhookClipboard(workspace, this))
{
    setObjectName(QStringLiteral("addRobotWizard"));
    setWindowTitle(tr("Add DingTalk Robot"));
    setPage(ProfilePage, m_profile);
    setPage(SecurityPage, m_security);
    setPage(TermsPage, m_terms);
    setPage(WebhookPage, m_webhook);
    for (const WizardButton button : {BackButton, NextButton, FinishButton, CancelButton}) {
        static const char* const names[] = {"backButton", "nextButton", "commitButton", "finishButton", "cancelButton"};
        this->button(button)->setObjectName(QLatin1String(names[button]));
    }
    resize(760, 680);
    connect(m_webhook, &RobotWebhookPage::sendTestRequested, this, &AddRobotWizard::sendTest);
    connect(m_webhook, &RobotWebhookPage::copyRequested, this, &AddRobotWizard::copyWebhook);
}

void AddRobotWizard::setWebhook(const QString& pastedUrl)
{
    m_webhook->webhook()->setValue(pastedUrl);
}

void AddRobotWizard::accept()
{
    if (!m_savedUuid.isEmpty()) {
        QWizard::accept();
        return;
    }
    save();
}

Robot AddRobotWizard::draft() const
{
    Robot robot;
    robot.name = m_profile->name();
    robot.avatar = m_profile->avatar();
    robot.keywords = m_security->keywords();
    robot.signing = m_security->signing();
    robot.ipRanges = m_security->ipRanges();
    robot.termsAcceptedAt = m_terms->acceptedAt();
    if (const auto webhook = m_webhook->webhook()->value())
        robot.endpoint = webhook->endpoint;
    return robot;
}

void AddRobotWizard::save()
{
    const auto webhook = m_webhook->webhook()->value();
    if (m_saving || !webhook)
        return;
    m_saving = true;
    button(BackButton)->setEnabled(false);
    m_webhook->showSaving();
    const RobotSecrets secrets{webhook->accessToken, m_security->signing() ? m_security->signSecret() : QString()};
    m_workspace.addRobot(draft(), secrets, this, [this](Result<Robot> saved) {
        m_saving = false;
        if (!saved) {
            button(BackButton)->setEnabled(true);
            m_webhook->showSaveError(saved.error().message);
            return;
        }
        m_savedUuid = saved->uuid;
        // The robot exists now: going back or cancelling would suggest it could be undone here.
        setOption(NoBackButtonOnLastPage, true);
        setOption(NoCancelButton, true);
        setButtonText(FinishButton, tr("Close"));
        const QString keychain = m_workspace.secrets().backendName();
        m_webhook->showSaved(
            saved->signing
                ? tr("Saved robot \"%1\". Its access token and signing secret are in the keychain (%2).")
                      .arg(saved->name, keychain)
                : tr("Saved robot \"%1\". Its access token is in the keychain (%2).").arg(saved->name, keychain));
        emit robotAdded(m_savedUuid);
        if (m_webhook->sendTestAfterSave())
            sendTest();
    });
}

void AddRobotWizard::sendTest()
{
    const Result<Robot> robot = m_workspace.robots().find(m_savedUuid);
    if (!robot) {
        m_webhook->showTestResult(robot.error().message, false);
        return;
    }
    m_webhook->showTestRunning();
    TestSendRequest request;
    request.robot = robot.value();
    request.message =
        TestAlert::build(MessageType::Markdown, robot->name, QString(), {}, {}, m_workspace.database().now());
    const QString name = robot->name;
    TestSender::send(m_workspace, request, this, [this, name](const TestSendResult& result) {
        const bool delivered = result.stage == TestSendResult::Stage::Sent && result.outcome.delivered();
        m_webhook->showTestResult(TestSendReport::describe(result, name), delivered);
    });
}

void AddRobotWizard::copyWebhook()
{
    m_clipboard->copy(m_savedUuid, [this](Result<void> copied) {
        if (copied)
            m_webhook->showCopyResult(tr("Copied: the full webhook URL is on the clipboard for 30 seconds."), false);
        else
            m_webhook->showCopyResult(copied.error().message, true);
    });
}

} // namespace alertdesk
