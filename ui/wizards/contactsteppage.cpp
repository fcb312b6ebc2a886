// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/contactsteppage.h"

#include "dialogs/contactform.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "widgets/warningpalette.h"
#include "widgets/webhookfield.h"
#include "wizards/addrobotwizard.h"
#include "wizards/wizardledger.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alertdesk {

ContactStepPage::ContactStepPage(Workspace& workspace, WizardLedger& ledger, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_ledger(ledger)
    , m_pick(new QRadioButton(tr("&Pick an existing contact:"), this))
    , m_create(new QRadioButton(tr("&Create a contact"), this))
    , m_picker(new QComboBox(this))
    , m_form(new ContactForm(workspace, this))
    , m_webhook(new WebhookField(this))
    , m_addRobot(new QPushButton(tr("Add this &robot…"), this))
    , m_linkNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("contactStepPage"));
    setTitle(tr("Contact"));
    setSubTitle(tr("Who the alerts are for, and the DingTalk chatbot (robot) that reaches them."));
    m_pick->setObjectName(QStringLiteral("pickContactRadio"));
    m_create->setObjectName(QStringLiteral("createContactRadio"));
    m_picker->setObjectName(QStringLiteral("contactPicker"));
    m_picker->setAccessibleName(tr("Existing contact"));
    m_form->setObjectName(QStringLiteral("contactForm"));
    // Groups are the next step's business.
    for (const char* name : {"groupsList", "groupsListLabel"}) {
        if (auto* widget = m_form->findChild<QWidget*>(QLatin1String(name)))
            widget->hide();
    }
    m_webhook->setObjectName(QStringLiteral("chatbotWebhookField"));
    m_addRobot->setObjectName(QStringLiteral("addRobotButton"));
    m_addRobot->setAccessibleName(tr("Add a robot from the pasted webhook URL"));
    m_linkNote->setObjectName(QStringLiteral("chatbotLinkNote"));
    m_linkNote->setWordWrap(true);
    m_linkNote->hide();
    m_problem->setObjectName(QStringLiteral("contactStepProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));
    m_problem->hide();
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_pick);
    modes->addButton(m_create);

    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick);
    pickRow->addWidget(m_picker, 1);
    auto* chatbot = new QGroupBox(tr("DingTalk chatbot from a webhook URL"), this);
    auto* chatbotLayout = new QVBoxLayout(chatbot);
    auto* chatbotHint = new QLabel(tr("Or paste the webhook URL DingTalk shows: a robot already in AlertDesk is "
                                      "linked, a new one can be added here. Either becomes this contact's chatbot."),
                                   chatbot);
    chatbotHint->setWordWrap(true);
    chatbotLayout->addWidget(chatbotHint);
    auto* webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhook, 1);
    webhookRow->addWidget(m_addRobot, 0, Qt::AlignTop);
    chatbotLayout->addLayout(webhookRow);
    chatbotLayout->addWidget(m_linkNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickRow);
    layout->addWidget(m_create);
    layout->addWidget(m_form);
    layout->addWidget(chatbot);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_pick, &QRadioButton::toggled, this, &ContactStepPage::updateMode);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_form, &ContactForm::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_webhook, &WebhookField::valueChanged, this, &ContactStepPage::lookUpPastedWebhook);
    connect(m_addRobot, &QPushButton::clicked, this, &ContactStepPage::addRobotFromWebhook);
    m_chatbotBox = chatbot;
}

void ContactStepPage::initializePage()
{
    reloadContacts();
    m_form->reloadChoices();
    if (m_picker->count() == 0)
        m_create->setChecked(true);
    else if (!m_create->isChecked())
        m_pick->setChecked(true);
    updateMode();
}

void ContactStepPage::reloadContacts()
{
    const QString current = m_picker->currentData().toString();
    m_picker->clear();
    const auto contacts = m_workspace.contacts().all();
    if (!contacts) {
        m_problem->setText(contacts.error().message);
        m_problem->show();
        return;
    }
    for (const Contact& contact : contacts.value())
        m_picker->addItem(contact.name, contact.uuid);
    const int index = m_picker->findData(current);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
    m_pick->setEnabled(m_picker->count() > 0);
}

void ContactStepPage::updateMode()
{
    const bool create = m_create->isChecked();
    m_picker->setEnabled(!create);
    m_form->setVisible(create);
    m_chatbotBox->setVisible(create);
    m_addRobot->setEnabled(m_webhook->hasPaste() && m_webhook->isValid() && !m_linked);
    emit completeChanged();
}

bool ContactStepPage::isComplete() const
{
    if (m_create->isChecked())
        return m_form->isValid();
    return m_picker->currentIndex() >= 0;
}

void ContactStepPage::lookUpPastedWebhook()
{
    const int lookup = ++m_lookup;
    m_linked = false;
    m_linkNote->hide();
    updateMode();
    const auto webhook = m_webhook->value();
    const auto robots = m_workspace.robots().all();
    if (!webhook || !robots)
        return;
    // The token lives only in the keychain, so each robot behind the same endpoint is asked for its own.
    for (const Robot& robot : robots.value()) {
        if (robot.endpoint != webhook->endpoint)
            continue;
        const QString token = webhook->accessToken;
        const QString uuid = robot.uuid;
        const QString name = robot.name;
        m_workspace.robotSecrets(uuid, this, [this, lookup, token, uuid, name](Result<RobotSecrets> secrets) {
            if (lookup != m_lookup || m_linked || !secrets || secrets->accessToken != token)
                return;
            linkRobot(uuid, tr("This webhook belongs to robot \"%1\", already in AlertDesk: it is now the contact's "
                               "chatbot.")
                                .arg(name));
        });
    }
}

void ContactStepPage::linkRobot(const QString& uuid, const QString& note)
{
    m_form->reloadChoices();
    Contact contact = m_form->value();
    contact.robotUuid = uuid;
    m_form->setValue(contact);
    m_linked = !note.isEmpty();
    m_linkNote->setText(note);
    m_linkNote->setVisible(!note.isEmpty());
    updateMode();
}

void ContactStepPage::addRobotFromWebhook()
{
    auto* wizard = new AddRobotWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto webhook = m_webhook->value())
        wizard->setWebhook(WebhookUrl::compose(webhook->endpoint, webhook->accessToken).toString());
    connect(wizard, &AddRobotWizard::robotAdded, this, [this](const QString& uuid) {
        const auto robot = m_workspace.robots().find(uuid);
        m_ledger.record({WizardLedger::Kind::Robot, uuid, robot ? robot->name : QString(), QString()});
        m_webhook->clear();
        linkRobot(uuid,
                  tr("Added robot \"%1\": it is now the contact's chatbot.").arg(robot ? robot->name : QString()));
    });
    wizard->open();
}

bool ContactStepPage::validatePage()
{
    m_problem->hide();
    if (!m_create->isChecked()) {
        m_contactUuid = m_picker->currentData().toString();
        m_contactName = m_picker->currentText();
        return true;
    }
    Contact contact = m_form->value();
    contact.uuid = m_createdUuid;
    const Result<Contact> saved =
        m_createdUuid.isEmpty() ? m_workspace.contacts().add(contact) : m_workspace.contacts().update(contact);
    if (!saved) {
        m_form->showError(saved.error());
        if (saved.error().field.isEmpty()) {
            m_problem->setText(saved.error().message);
            m_problem->show();
        }
        return false;
    }
    if (m_createdUuid.isEmpty())
        m_ledger.record({WizardLedger::Kind::Contact, saved->uuid, saved->name, QString()});
    m_createdUuid = saved->uuid;
    m_contactUuid = saved->uuid;
    m_contactName = saved->name;
    m_form->setValue(saved.value());
    return true;
}

} // namespace alertdesk
