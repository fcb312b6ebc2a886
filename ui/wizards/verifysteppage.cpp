// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/verifysteppage.h"

#include "preview/previewpane.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "widgets/warningpalette.h"
#include "workspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

// The names of the robots a policy reaches: its contacts' chatbots (groups expanded) and the robots picked directly,
// once each.
Result<QStringList> robotsReached(Workspace& workspace, const NotificationPolicy& policy)
{
    QStringList robotUuids;
    auto addContact = [&](const QString& uuid) -> std::optional<Error> {
        auto contact = workspace.contacts().find(uuid);
        if (!contact)
            return contact.error();
        if (!contact->robotUuid.isEmpty() && !robotUuids.contains(contact->robotUuid))
            robotUuids.append(contact->robotUuid);
        return std::nullopt;
    };
    for (const Recipient& recipient : policy.recipients) {
        if (recipient.kind == Recipient::Kind::Robot && !robotUuids.contains(recipient.uuid)) {
            robotUuids.append(recipient.uuid);
        } else if (recipient.kind == Recipient::Kind::Contact) {
            if (auto error = addContact(recipient.uuid))
                return *error;
        } else if (recipient.kind == Recipient::Kind::Group) {
            auto group = workspace.groups().find(recipient.uuid);
            if (!group)
                return group.error();
            for (const QString& member : group->memberUuids) {
                if (auto error = addContact(member))
                    return *error;
            }
        }
    }
    QStringList names;
    for (const QString& uuid : robotUuids) {
        auto robot = workspace.robots().find(uuid);
        if (!robot)
            return robot.error();
        names.append(QStringLiteral("\"%1\"").arg(robot->name));
    }
    return names;
}

} // namespace

VerifyStepPage::VerifyStepPage(Workspace& workspace, std::function<QString()> policyUuid, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_policyUuid(std::move(policyUuid))
    , m_summary(new QLabel(this))
    , m_preview(new PreviewPane(workspace, this))
{
    setObjectName(QStringLiteral("verifyStepPage"));
    setTitle(tr("Verify"));
    setSubTitle(tr("The message this policy sends for a sample alert. Send it as a test and check that it arrives in "
                   "the DingTalk group."));
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
}

void VerifyStepPage::initializePage()
{
    const QString uuid = m_policyUuid();
    m_preview->showPolicy(uuid);
    // The pane shows templates, sample, bubble and checks side by side: give it the room the other steps did not need.
    QWidget* wizard = window();
    wizard->resize(qMax(wizard->width(), 1180), qMax(wizard->height(), 900));
    m_summary->setPalette(palette());
    const auto policy = m_workspace.policies().find(uuid);
    const auto robots = policy ? robotsReached(m_workspace, policy.value()) : Result<QStringList>(policy.error());
    if (!robots) {
        m_summary->setPalette(withWarningText(palette()));
        m_summary->setText(robots.error().message);
    } else if (robots->isEmpty()) {
        m_summary->setPalette(withWarningText(palette()));
        m_summary->setText(tr("Policy \"%1\" reaches no robot yet: give its contact a DingTalk chatbot, or add a robot "
                              "as a recipient.")
                               .arg(policy->name));
    } else {
        m_summary->setText(
            tr("Policy \"%1\" reaches robot %2. Send a test alert and look for it in the DingTalk group.")
                .arg(policy->name, robots->join(QStringLiteral(", "))));
    }
}

} // namespace alertdesk
