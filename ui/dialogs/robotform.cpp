// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/robotform.h"

#include "ui_robotform.h"

#include "dingtalk/webhookurl.h"
#include "domain/validation.h"
#include "storage/robotrepository.h"

#include <QStyle>

namespace alertdesk {

RobotForm::RobotForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::RobotForm>())
{
    m_ui->setupUi(this);
    m_ui->nameProblem->attach(m_ui->nameEdit);
    m_ui->notesProblem->attach(m_ui->notesEdit);
    m_ui->termsProblem->attach(m_ui->termsCheck);
    m_ui->notesEdit->setMinimumHeight(fontMetrics().height() * 4);
    m_markers.add(QStringLiteral("name"), m_ui->nameProblem);
    m_markers.add(QStringLiteral("notes"), m_ui->notesProblem);
    m_markers.add(QStringLiteral("security"), m_ui->securityProblem);
    m_markers.add(QStringLiteral("endpoint"), m_ui->webhookProblem);
    m_markers.add(QStringLiteral("accessToken"), m_ui->webhookProblem);
    m_markers.add(QStringLiteral("terms"), m_ui->termsProblem);
    m_markers.setFallback(m_ui->generalProblem);
    // The wizard's widgets show their own reasons (keywords, ipRanges, secret, avatar, webhook): no second mark.
    for (const char* own : {"keywords", "ipRanges", "secret", "avatar", "webhook"})
        m_markers.add(QString::fromLatin1(own), nullptr);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RobotForm::revalidate);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &RobotForm::revalidate);
    connect(m_ui->enabledCheck, &QCheckBox::toggled, this, &RobotForm::revalidate);
    connect(m_ui->termsCheck, &QCheckBox::toggled, this, &RobotForm::revalidate);
    connect(m_ui->avatarPicker, &AvatarPicker::valueChanged, this, &RobotForm::revalidate);
    connect(m_ui->keywordsEditor, &KeywordsEditor::valueChanged, this, &RobotForm::revalidate);
    connect(m_ui->keywordsEditor, &KeywordsEditor::validityChanged, this, &RobotForm::revalidate);
    connect(m_ui->signingField, &SigningSecretField::valueChanged, this, &RobotForm::revalidate);
    connect(m_ui->ipRangesEditor, &IpRangesEditor::valueChanged, this, &RobotForm::revalidate);
    connect(m_ui->ipRangesEditor, &IpRangesEditor::validityChanged, this, &RobotForm::revalidate);
    connect(m_ui->webhookField, &WebhookField::valueChanged, this, &RobotForm::revalidate);
    setValue(Robot{});
}

RobotForm::~RobotForm() = default;

void RobotForm::setValue(const Robot& robot)
{
    m_original = robot;
    const bool stored = !robot.uuid.isEmpty();
    m_ui->nameEdit->setText(robot.name);
    m_ui->avatarPicker->setValue(robot.avatar);
    m_ui->enabledCheck->setChecked(robot.enabled);
    m_ui->notesEdit->setPlainText(robot.notes);
    m_ui->keywordsEditor->setValue(robot.keywords);
    m_ui->signingField->setStored(stored && robot.signing);
    m_ui->signingField->setSigning(robot.signing);
    m_ui->signingField->setValue({});
    m_ui->ipRangesEditor->setValue(robot.ipRanges);
    m_ui->webhookField->clear();
    if (stored)
        m_ui->webhookField->setStoredEndpoint(robot.endpoint);
    m_ui->webhookHint->setText(
        stored ? tr("The access token is stored in the keychain and never shown. To replace it, paste the robot's new "
                    "webhook URL here; leave the field empty to keep it.")
               : tr("Paste the webhook URL DingTalk shows after you add the robot. Its access token goes to the "
                    "keychain only."));
    m_ui->termsCheck->setChecked(robot.termsAcceptedAt.isValid());
    revalidate();
}

Robot RobotForm::value() const
{
    Robot robot = m_original;
    robot.name = m_ui->nameEdit->text().trimmed();
    robot.avatar = m_ui->avatarPicker->value();
    robot.enabled = m_ui->enabledCheck->isChecked();
    robot.notes = m_ui->notesEdit->toPlainText();
    robot.keywords = m_ui->keywordsEditor->value();
    robot.signing = m_ui->signingField->signing();
    robot.ipRanges = m_ui->ipRangesEditor->value();
    if (const std::optional<WebhookUrl> webhook = m_ui->webhookField->value())
        robot.endpoint = webhook->endpoint;
    if (!m_ui->termsCheck->isChecked())
        robot.termsAcceptedAt = {};
    else if (!robot.termsAcceptedAt.isValid())
        robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
    return robot;
}

bool RobotForm::isValid() const
{
    return m_valid;
}

RobotSecrets RobotForm::secrets() const
{
    RobotSecrets secrets;
    if (const std::optional<WebhookUrl> webhook = m_ui->webhookField->value())
        secrets.accessToken = webhook->accessToken;
    if (m_ui->signingField->signing())
        secrets.signSecret = m_ui->signingField->value();
    return secrets;
}

Workspace::SecretsChange RobotForm::secretsChange() const
{
    Workspace::SecretsChange change;
    if (const std::optional<WebhookUrl> webhook = m_ui->webhookField->value())
        change.accessToken = webhook->accessToken;
    if (m_ui->signingField->signing() && !m_ui->signingField->value().isEmpty())
        change.signSecret = m_ui->signingField->value();
    return change;
}

void RobotForm::showError(const Error& error)
{
    m_markers.show({error});
    markTabs();
}

void RobotForm::revalidate()
{
    const Robot robot = value();
    Problems problems = validateRobot(robot);
    // The parts' own checks (what is being typed, a refused paste) count too, though they show their own reasons.
    problems += m_ui->avatarPicker->problems();
    problems += m_ui->keywordsEditor->problems();
    problems += m_ui->signingField->problems();
    problems += m_ui->ipRangesEditor->problems();
    problems += m_ui->webhookField->problems();
    if (robot.uuid.isEmpty() && !m_ui->webhookField->value()) {
        problems.append(Error::invalid(QStringLiteral("endpoint"),
                                       tr("Paste the robot's webhook URL; AlertDesk cannot send without its token.")));
    }
    if (!robot.name.isEmpty()) {
        auto other = m_workspace.robots().findByName(robot.name);
        if (other && other->uuid != robot.uuid) {
            problems.append(Error::conflict(
                QStringLiteral("name"), tr("A robot named “%1” already exists; pick another name.").arg(other->name)));
        }
    }
    const bool valid = problems.isEmpty();
    if (robot.name.isEmpty() && !m_ui->nameEdit->isModified())
        problems.removeIf([](const Error& e) { return e.field == QStringLiteral("name"); });
    // A new robot's empty webhook field is not an error to shout about before anything was pasted.
    if (!m_ui->webhookField->hasPaste())
        problems.removeIf([](const Error& e) { return e.field == QStringLiteral("endpoint"); });
    m_markers.show(problems);
    markTabs();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void RobotForm::markTabs()
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QWidget* page = m_ui->tabs->widget(i);
        bool problem = false;
        for (const FieldProblem* marker : page->findChildren<FieldProblem*>())
            problem = problem || marker->hasProblem();
        m_ui->tabs->setTabIcon(i, problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

} // namespace alertdesk
