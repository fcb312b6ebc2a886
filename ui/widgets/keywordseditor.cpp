// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/keywordseditor.h"

#include "domain/robot.h"
#include "widgets/warningpalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

QStringList presetKeywords(const QString& preset)
{
    if (preset == QStringLiteral("arms"))
        return armsKeywords();
    if (preset == QStringLiteral("arms-api"))
        return {QStringLiteral("告警")};
    if (preset == QStringLiteral("generic"))
        return {QStringLiteral("alert")};
    return {};
}

Problems keywordProblems(const QStringList& keywords)
{
    Robot robot;
    robot.keywords = keywords;
    Problems problems;
    for (const Error& problem : validateRobot(robot)) {
        if (problem.field == QStringLiteral("keywords"))
            problems.append(problem);
    }
    return problems;
}

} // namespace

KeywordsEditor::KeywordsEditor(QWidget* parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add keyword"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_presets(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("keywordsEditor"));
    m_input->setObjectName(QStringLiteral("keywordInput"));
    m_input->setAccessibleName(tr("New keyword"));
    m_input->setPlaceholderText(tr("A word every alert message contains"));
    m_input->setMaxLength(limits::keywordLength + 10);
    m_add->setObjectName(QStringLiteral("addKeywordButton"));
    m_add->setAccessibleName(tr("Add keyword"));
    m_list->setObjectName(QStringLiteral("keywordList"));
    m_list->setAccessibleName(tr("Custom keywords"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_remove->setObjectName(QStringLiteral("removeKeywordButton"));
    m_remove->setAccessibleName(tr("Remove the selected keywords"));
    m_presets->setObjectName(QStringLiteral("keywordPresets"));
    m_presets->setAccessibleName(tr("Keyword presets"));
    m_presets->addItem(tr("Add a preset…"));
    m_presets->addItem(tr("ARMS: Alarm, Dispatch"), QStringLiteral("arms"));
    m_presets->addItem(tr("ARMS API: 告警"), QStringLiteral("arms-api"));
    m_presets->addItem(tr("Generic: alert"), QStringLiteral("generic"));
    m_warning->setObjectName(QStringLiteral("keywordsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setPalette(withWarningText(m_warning->palette()));
    m_problem->setObjectName(QStringLiteral("keywordsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_input, 1);
    entry->addWidget(m_add);
    auto* side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addWidget(m_presets);
    side->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(entry);
    layout->addLayout(listRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_warning);

    connect(m_input, &QLineEdit::textChanged, this, &KeywordsEditor::refresh);
    connect(m_input, &QLineEdit::returnPressed, this, &KeywordsEditor::addTyped);
    connect(m_add, &QPushButton::clicked, this, &KeywordsEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &KeywordsEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &KeywordsEditor::refresh);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        addPreset(m_presets->itemData(index).toString());
        m_presets->setCurrentIndex(0);
    });
    refresh();
}

void KeywordsEditor::setValue(const QStringList& keywords)
{
    m_list->clear();
    m_list->addItems(keywords);
    refresh();
    emit valueChanged(value());
}

QStringList KeywordsEditor::value() const
{
    QStringList keywords;
    for (int row = 0; row < m_list->count(); ++row)
        keywords.append(m_list->item(row)->text());
    return keywords;
}

Problems KeywordsEditor::problems() const
{
    return keywordProblems(value());
}

bool KeywordsEditor::armsKeywordsMissing() const
{
    const QStringList keywords = value();
    for (const QString& keyword : armsKeywords()) {
        if (!keywords.contains(keyword))
            return true;
    }
    return false;
}

bool KeywordsEditor::addKeyword(const QString& keyword)
{
    m_input->setText(keyword);
    if (!m_add->isEnabled())
        return false;
    addTyped();
    return true;
}

void KeywordsEditor::addPreset(const QString& preset)
{
    const QStringList current = value();
    QStringList added;
    for (const QString& keyword : presetKeywords(preset)) {
        if (!current.contains(keyword) && current.size() + added.size() < limits::keywords)
            added.append(keyword);
    }
    if (added.isEmpty())
        return;
    m_list->addItems(added);
    refresh();
    emit valueChanged(value());
}

void KeywordsEditor::addTyped()
{
    const QString keyword = m_input->text().trimmed();
    if (keyword.isEmpty() || !m_add->isEnabled())
        return;
    m_list->addItem(keyword);
    m_input->clear();
    refresh();
    emit valueChanged(value());
}

void KeywordsEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    refresh();
    emit valueChanged(value());
}

void KeywordsEditor::refresh()
{
    const QStringList keywords = value();
    const QString typed = m_input->text().trimmed();
    QString typedProblem;
    if (!typed.isEmpty()) {
        if (const std::optional<Error> problem = checkKeyword(typed))
            typedProblem = problem->message;
        else if (keywords.contains(typed))
            typedProblem = tr("\"%1\" is already a keyword.").arg(typed);
        else if (keywords.size() >= limits::keywords)
            typedProblem = tr("A robot has at most %1 custom keywords; remove one first.").arg(limits::keywords);
    }
    m_add->setEnabled(!typed.isEmpty() && typedProblem.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());

    const Problems problems = keywordProblems(keywords);
    QStringList messages;
    if (!typedProblem.isEmpty())
        messages.append(typedProblem);
    for (const Error& problem : problems)
        messages.append(problem.message);
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());

    QStringList missing;
    for (const QString& keyword : armsKeywords()) {
        if (!keywords.contains(keyword))
            missing.append(keyword);
    }
    m_warning->setText(
        tr("⚠ %1 missing: Managed Service for Prometheus / ARMS puts Alarm and Dispatch in its alert messages, and "
           "DingTalk rejects alerts without the robot's keywords with errcode 310000 (keywords not in content). Keep "
           "both unless this robot never receives ARMS alerts.")
            .arg(missing.join(tr(" and "))));
    m_warning->setVisible(!missing.isEmpty());

    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
