// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/policyform.h"

#include "ui_policyform.h"

#include "domain/policytext.h"
#include "domain/validation.h"
#include "storage/policyrepository.h"
#include "workspace.h"

#include <QStyle>

namespace alertdesk {

namespace {

QStringList splitLabels(const QString& text)
{
    QStringList labels;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString label = part.trimmed();
        if (!label.isEmpty())
            labels.append(label);
    }
    return labels;
}

void selectData(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PolicyForm::PolicyForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::PolicyForm>())
{
    m_ui->setupUi(this);
    m_ui->mentionCombo->addItem(tr("Nobody"), int(Mention::None));
    m_ui->mentionCombo->addItem(tr("@all (everyone in the DingTalk group)"), int(Mention::All));
    m_ui->mentionCombo->addItem(tr("The recipients (their mobile numbers)"), int(Mention::Recipients));
    m_ui->messageTypeCombo->addItem(tr("Markdown"), int(MessageType::Markdown));
    m_ui->messageTypeCombo->addItem(tr("Text"), int(MessageType::Text));
    m_ui->messageTypeCombo->addItem(tr("ActionCard"), int(MessageType::ActionCard));
    m_ui->dialectCombo->addItem(tr("DingTalk webhook bridge (with sprig)"), int(TemplateDialect::DingTalkBridge));
    m_ui->dialectCombo->addItem(tr("Alertmanager"), int(TemplateDialect::Alertmanager));

    m_ui->nameProblem->attach(m_ui->nameEdit);
    m_ui->descriptionProblem->attach(m_ui->descriptionEdit);
    m_ui->rulesProblem->attach(m_ui->rulesEditor);
    m_ui->recipientsProblem->attach(m_ui->recipientsPicker);
    m_ui->groupByProblem->attach(m_ui->groupByEdit);
    m_ui->groupWaitProblem->attach(m_ui->groupWaitEdit);
    m_ui->groupIntervalProblem->attach(m_ui->groupIntervalEdit);
    m_ui->repeatIntervalProblem->attach(m_ui->repeatIntervalEdit);
    m_ui->windowProblem->attach(m_ui->windowEditor);
    m_markers.add(QStringLiteral("name"), m_ui->nameProblem);
    m_markers.add(QStringLiteral("description"), m_ui->descriptionProblem);
    m_markers.add(QStringLiteral("rules"), m_ui->rulesProblem);
    m_markers.add(QStringLiteral("recipients"), m_ui->recipientsProblem);
    m_markers.add(QStringLiteral("groupBy"), m_ui->groupByProblem);
    m_markers.add(QStringLiteral("groupWait"), m_ui->groupWaitProblem);
    m_markers.add(QStringLiteral("groupInterval"), m_ui->groupIntervalProblem);
    m_markers.add(QStringLiteral("repeatInterval"), m_ui->repeatIntervalProblem);
    m_markers.add(QStringLiteral("window"), m_ui->windowProblem);
    m_markers.add(QStringLiteral("message"), m_ui->messageProblem);
    m_markers.setFallback(m_ui->generalProblem);

    m_ui->recipientsPicker->reload(m_workspace);
    setValue(NotificationPolicy{});

    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->descriptionEdit, m_ui->groupByEdit, static_cast<QLineEdit*>(m_ui->groupWaitEdit),
          static_cast<QLineEdit*>(m_ui->groupIntervalEdit), static_cast<QLineEdit*>(m_ui->repeatIntervalEdit)})
        connect(edit, &QLineEdit::textChanged, this, &PolicyForm::revalidate);
    connect(m_ui->rulesEditor, &MatchRulesEditor::changed, this, &PolicyForm::revalidate);
    connect(m_ui->recipientsPicker, &RecipientsPicker::changed, this, &PolicyForm::revalidate);
    connect(m_ui->windowEditor, &NotificationWindowEditor::changed, this, &PolicyForm::revalidate);
    revalidate();
}

PolicyForm::~PolicyForm() = default;

void PolicyForm::reloadChoices()
{
    m_ui->recipientsPicker->reload(m_workspace);
    revalidate();
}

void PolicyForm::setValue(const NotificationPolicy& policy)
{
    m_original = policy;
    m_ui->nameEdit->setText(policy.name);
    m_ui->enabledCheck->setChecked(policy.enabled);
    m_ui->descriptionEdit->setText(policy.description);
    m_ui->rulesEditor->setRules(policy.rules);
    m_ui->recipientsPicker->setRecipients(policy.recipients);
    m_ui->groupByEdit->setText(policy.groupBy.join(QStringLiteral(", ")));
    m_ui->groupWaitEdit->setDuration(policy.groupWait);
    m_ui->groupIntervalEdit->setDuration(policy.groupInterval);
    m_ui->repeatIntervalEdit->setDuration(policy.repeatInterval);
    m_ui->windowEditor->setWindow(policy.window);
    m_ui->sendResolvedCheck->setChecked(policy.sendResolved);
    selectData(m_ui->mentionCombo, int(policy.mention));
    selectData(m_ui->messageTypeCombo, int(policy.message.type));
    selectData(m_ui->dialectCombo, int(policy.message.dialect));
    revalidate();
}

NotificationPolicy PolicyForm::value() const
{
    NotificationPolicy policy = m_original; // keeps the templates, which the preview pane edits
    policy.name = m_ui->nameEdit->text().trimmed();
    policy.enabled = m_ui->enabledCheck->isChecked();
    policy.description = m_ui->descriptionEdit->text().trimmed();
    policy.rules = m_ui->rulesEditor->rules();
    policy.recipients = m_ui->recipientsPicker->recipients();
    policy.groupBy = splitLabels(m_ui->groupByEdit->text());
    // An unreadable duration stays at zero, which validation reports; revalidate() shows the parser's reason.
    const auto duration = [](const DurationField* field) {
        auto parsed = field->duration();
        return parsed ? *parsed : std::chrono::seconds(0);
    };
    policy.groupWait = duration(m_ui->groupWaitEdit);
    policy.groupInterval = duration(m_ui->groupIntervalEdit);
    policy.repeatInterval = duration(m_ui->repeatIntervalEdit);
    policy.window = m_ui->windowEditor->window();
    policy.sendResolved = m_ui->sendResolvedCheck->isChecked();
    policy.mention = Mention(m_ui->mentionCombo->currentData().toInt());
    policy.message.type = MessageType(m_ui->messageTypeCombo->currentData().toInt());
    policy.message.dialect = TemplateDialect(m_ui->dialectCombo->currentData().toInt());
    return policy;
}

bool PolicyForm::isValid() const
{
    return m_valid;
}

void PolicyForm::showError(const Error& error)
{
    m_markers.show({error});
    markTabs();
}

void PolicyForm::revalidate()
{
    const NotificationPolicy policy = value();
    Problems problems;
    // The parser's own reason ("\"5x\" is not a duration...") beats "the duration is 0s".
    const struct {
        const char* field;
        const DurationField* edit;
    } durations[] = {{"groupWait", m_ui->groupWaitEdit},
                     {"groupInterval", m_ui->groupIntervalEdit},
                     {"repeatInterval", m_ui->repeatIntervalEdit}};
    QStringList unreadable;
    for (const auto& d : durations) {
        auto parsed = d.edit->duration();
        if (!parsed) {
            Error error = parsed.error();
            error.field = QString::fromLatin1(d.field);
            problems.append(error);
            unreadable.append(error.field);
        }
    }
    for (const Error& problem : validatePolicy(policy)) {
        if (!unreadable.contains(problem.field))
            problems.append(problem);
    }
    if (!policy.name.isEmpty()) {
        auto other = m_workspace.policies().findByName(policy.name);
        if (other && other->uuid != policy.uuid) {
            problems.append(Error::conflict(
                QStringLiteral("name"),
                tr("A notification policy named “%1” already exists; pick another name.").arg(other->name)));
        }
    }
    const bool valid = problems.isEmpty();
    if (policy.name.isEmpty() && !m_ui->nameEdit->isModified())
        problems.removeIf([](const Error& e) { return e.field == QStringLiteral("name"); });
    m_markers.show(problems);
    markTabs();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void PolicyForm::markTabs()
{
    // A problem on a tab that is not shown would be invisible: the tab itself carries the warning icon.
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QWidget* page = m_ui->tabs->widget(i);
        bool problem = false;
        for (const FieldProblem* marker : page->findChildren<FieldProblem*>())
            problem = problem || marker->hasProblem();
        m_ui->tabs->setTabIcon(i, problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

} // namespace alertdesk
