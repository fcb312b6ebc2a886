// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/templatespanel.h"

#include "preview/templateeditor.h"
#include "templating/defaulttemplates.h"
#include "widgets/warningpalette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace alertdesk {

TemplatesPanel::TemplatesPanel(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_title(new TemplateEditor(QStringLiteral("titleTemplate"), tr("Title template"), this))
    , m_text(new TemplateEditor(QStringLiteral("textTemplate"), tr("Text template"), this))
    , m_state(new QLabel(this))
    , m_save(new QPushButton(tr("&Save templates to policy"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_type->setObjectName(QStringLiteral("messageType"));
    m_type->setAccessibleName(tr("Message type"));
    m_type->addItem(tr("Markdown"), int(MessageType::Markdown));
    m_type->addItem(tr("Text"), int(MessageType::Text));
    m_type->addItem(tr("ActionCard"), int(MessageType::ActionCard));
    m_title->setMaximumHeight(m_title->fontMetrics().lineSpacing() * 5);
    m_state->setObjectName(QStringLiteral("templatesState"));
    m_state->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveTemplates"));
    m_save->setAccessibleName(tr("Save templates to policy"));
    m_revert->setObjectName(QStringLiteral("revertTemplates"));
    m_revert->setAccessibleName(tr("Revert templates"));

    auto* form = new QFormLayout;
    form->addRow(tr("Message type:"), m_type);
    form->addRow(tr("Title:"), m_title);
    auto* textLabel = new QLabel(tr("Text:"), this);
    textLabel->setBuddy(m_text->editor());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &TemplatesPanel::typeChanged);
    for (TemplateEditor* editor : {m_title, m_text}) {
        connect(editor, &TemplateEditor::edited, this, [this] {
            updateState();
            emit edited();
        });
    }
    connect(m_save, &QPushButton::clicked, this, &TemplatesPanel::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load(m_stored, m_policy);
        emit edited();
    });
    load(MessageSettings{}, false);
}

void TemplatesPanel::load(const MessageSettings& stored, bool policy)
{
    m_stored = stored;
    m_policy = policy;
    m_loading = true;
    m_type->setCurrentIndex(m_type->findData(int(stored.type)));
    const MessageSettings effective = effectiveMessageSettings(stored);
    m_title->setText(effective.titleTemplate);
    m_text->setText(effective.textTemplate);
    m_loading = false;
    m_save->setVisible(policy);
    updateState();
}

MessageSettings TemplatesPanel::settings() const
{
    MessageSettings settings = m_stored;
    settings.type = MessageType(m_type->currentData().toInt());
    settings.titleTemplate = m_title->text();
    settings.textTemplate = m_text->text();
    // The defaults render in the bridge's dialect unless they sit beside the policy's own template.
    if (m_stored.titleTemplate.isEmpty() && m_stored.textTemplate.isEmpty())
        settings.dialect = defaultTemplateDialect;
    return settings;
}

MessageSettings TemplatesPanel::toStore() const
{
    MessageSettings stored = settings();
    stored.dialect = m_stored.dialect;
    if (stored.titleTemplate == defaultTitleTemplate(stored.type))
        stored.titleTemplate.clear();
    if (stored.textTemplate == defaultTextTemplate(stored.type))
        stored.textTemplate.clear();
    if (stored.titleTemplate.isEmpty() && stored.textTemplate.isEmpty())
        stored.dialect = defaultTemplateDialect;
    return stored;
}

bool TemplatesPanel::modified() const
{
    MessageSettings stored = m_stored;
    MessageSettings now = toStore();
    stored.dialect = now.dialect = TemplateDialect::DingTalkBridge; // the dialect is not edited here
    return now != stored;
}

void TemplatesPanel::setSaveResult(const QString& sentence, bool failed)
{
    m_state->setText(sentence);
    m_state->setPalette(failed ? withWarningText(QPalette()) : QPalette());
}

void TemplatesPanel::typeChanged()
{
    if (m_loading)
        return;
    // Templates still at the defaults follow the type (text messages have their own plain-text default).
    const MessageType type = MessageType(m_type->currentData().toInt());
    for (MessageType old : {MessageType::Markdown, MessageType::Text, MessageType::ActionCard}) {
        if (m_text->text() == defaultTextTemplate(old) && old != type) {
            m_text->setText(defaultTextTemplate(type));
            break;
        }
    }
    updateState();
    emit edited();
}

void TemplatesPanel::updateState()
{
    const bool changed = modified();
    m_save->setEnabled(m_policy && changed);
    m_revert->setEnabled(changed);
    QString state;
    if (!m_policy) {
        state = tr("AlertDesk's default templates, to try things out: to keep templates, preview a policy and save "
                   "them to it.");
    } else if (changed) {
        state = tr("Edited: not saved to the policy yet.");
    } else if (m_stored.titleTemplate.isEmpty() && m_stored.textTemplate.isEmpty()) {
        state = tr("The policy has no templates of its own: it sends AlertDesk's defaults, shown here.");
    } else {
        state = tr("The policy's stored templates.");
    }
    setSaveResult(state, false);
}

} // namespace alertdesk
