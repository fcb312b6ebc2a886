// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/matchruleseditor.h"

#include "domain/policytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

enum Column { LabelColumn, OperatorColumn, ValuesColumn };

const MatchOperator operators[] = {MatchOperator::Eq,  MatchOperator::Neq, MatchOperator::Re,
                                   MatchOperator::Nre, MatchOperator::In,  MatchOperator::Nin};

QString operatorText(MatchOperator op)
{
    switch (op) {
    case MatchOperator::Eq:
        return MatchRulesEditor::tr("is (=)");
    case MatchOperator::Neq:
        return MatchRulesEditor::tr("is not (!=)");
    case MatchOperator::Re:
        return MatchRulesEditor::tr("matches regex (=~)");
    case MatchOperator::Nre:
        return MatchRulesEditor::tr("does not match regex (!~)");
    case MatchOperator::In:
        return MatchRulesEditor::tr("is one of (in)");
    case MatchOperator::Nin:
        return MatchRulesEditor::tr("is none of (notin)");
    }
    return {};
}

bool isList(MatchOperator op)
{
    return op == MatchOperator::In || op == MatchOperator::Nin;
}

} // namespace

QString MatchRulesEditor::describe(const MatchRule& rule)
{
    if (rule.conditions.isEmpty())
        return tr("(no conditions yet: add one)");
    QStringList parts;
    for (const MatchCondition& c : rule.conditions) {
        const QString label = c.label.isEmpty() ? tr("(label)") : c.label;
        const QString value = c.values.join(tr(", "));
        switch (c.op) {
        case MatchOperator::Eq:
            parts.append(tr("%1 is %2").arg(label, value));
            break;
        case MatchOperator::Neq:
            parts.append(tr("%1 is not %2").arg(label, value));
            break;
        case MatchOperator::Re:
            parts.append(tr("%1 matches %2").arg(label, value));
            break;
        case MatchOperator::Nre:
            parts.append(tr("%1 does not match %2").arg(label, value));
            break;
        case MatchOperator::In:
            parts.append(tr("%1 is one of %2").arg(label, value));
            break;
        case MatchOperator::Nin:
            parts.append(tr("%1 is none of %2").arg(label, value));
            break;
        }
    }
    return parts.join(tr(" and "));
}

MatchRulesEditor::MatchRulesEditor(QWidget* parent)
    : QWidget(parent)
    , m_rulesList(new QListWidget(this))
    , m_conditions(new QTableWidget(0, 3, this))
    , m_addRule(new QPushButton(tr("Add &rule"), this))
    , m_removeRule(new QPushButton(tr("Remove rule"), this))
    , m_addCondition(new QPushButton(tr("Add &condition"), this))
    , m_removeCondition(new QPushButton(tr("Remove condition"), this))
    , m_hint(new QLabel(this))
{
    m_rulesList->setObjectName(QStringLiteral("rulesList"));
    m_rulesList->setAccessibleName(tr("Matching rules"));
    m_rulesList->setWordWrap(true);
    m_conditions->setObjectName(QStringLiteral("conditionsTable"));
    m_conditions->setAccessibleName(tr("Conditions of the selected rule"));
    m_conditions->setHorizontalHeaderLabels({tr("Label"), tr("Operator"), tr("Value(s)")});
    m_conditions->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(OperatorColumn, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::Stretch);
    m_conditions->verticalHeader()->setVisible(false);
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_addRule->setAccessibleName(tr("Add rule"));
    m_removeRule->setObjectName(QStringLiteral("removeRuleButton"));
    m_removeRule->setAccessibleName(tr("Remove rule"));
    m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
    m_addCondition->setAccessibleName(tr("Add condition"));
    m_removeCondition->setObjectName(QStringLiteral("removeConditionButton"));
    m_removeCondition->setAccessibleName(tr("Remove condition"));
    m_hint->setObjectName(QStringLiteral("rulesHint"));
    m_hint->setWordWrap(true);

    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch();
    auto* conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(m_addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_rulesList, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_conditions, 2);
    layout->addLayout(conditionButtons);

    connect(m_rulesList, &QListWidget::currentRowChanged, this, &MatchRulesEditor::showConditions);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        m_rules.append(MatchRule{{MatchCondition{}}});
        showRules();
        m_rulesList->setCurrentRow(int(m_rules.size()) - 1);
        emit changed();
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        const int row = m_rulesList->currentRow();
        if (row < 0 || row >= m_rules.size())
            return;
        m_rules.removeAt(row);
        showRules();
        m_rulesList->setCurrentRow(qMin(row, int(m_rules.size()) - 1));
        emit changed();
    });
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        const int rule = m_rulesList->currentRow();
        if (rule < 0)
            return;
        m_rules[rule].conditions.append(MatchCondition{});
        showConditions();
        showRules();
        emit changed();
    });
    connect(m_removeCondition, &QPushButton::clicked, this, [this] {
        const int rule = m_rulesList->currentRow();
        const int row = m_conditions->currentRow();
        if (rule < 0 || row < 0 || row >= m_rules[rule].conditions.size())
            return;
        m_rules[rule].conditions.removeAt(row);
        showConditions();
        showRules();
        emit changed();
    });
    showRules();
    showConditions();
}

void MatchRulesEditor::setRules(const QList<MatchRule>& rules)
{
    m_rules = rules;
    showRules();
    m_rulesList->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showConditions();
    emit changed();
}

void MatchRulesEditor::showRules()
{
    const int current = m_rulesList->currentRow();
    const QSignalBlocker blocker(m_rulesList);
    m_rulesList->clear();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        auto* item = new QListWidgetItem(tr("Rule %1: %2").arg(i + 1).arg(describe(m_rules[i])), m_rulesList);
        item->setToolTip(formatMatchRule(m_rules[i])); // Alertmanager's spelling, as the CLI and export write it
    }
    m_rulesList->setCurrentRow(qMin(current, int(m_rules.size()) - 1));
    m_hint->setText(m_rules.isEmpty()
                        ? tr("No rules: the policy matches every alert. Add a rule to send only some alerts.")
                        : tr("An alert matches when any rule matches; a rule matches when all its conditions hold."));
    m_removeRule->setEnabled(!m_rules.isEmpty());
}

void MatchRulesEditor::showConditions()
{
    const int rule = m_rulesList->currentRow();
    m_filling = true;
    m_conditions->setRowCount(0);
    if (rule >= 0 && rule < m_rules.size()) {
        for (const MatchCondition& condition : std::as_const(m_rules[rule].conditions))
            addConditionRow(condition);
    }
    m_filling = false;
    m_conditions->setEnabled(rule >= 0);
    m_addCondition->setEnabled(rule >= 0);
    m_removeCondition->setEnabled(rule >= 0 && m_conditions->rowCount() > 0);
}

void MatchRulesEditor::addConditionRow(const MatchCondition& condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto* label = new QLineEdit(condition.label);
    label->setObjectName(QStringLiteral("conditionLabel"));
    label->setAccessibleName(tr("Label of condition %1").arg(row + 1));
    label->setPlaceholderText(tr("severity"));
    label->setFrame(false);
    auto* op = new QComboBox;
    op->setObjectName(QStringLiteral("conditionOperator"));
    op->setAccessibleName(tr("Operator of condition %1").arg(row + 1));
    for (const MatchOperator o : operators)
        op->addItem(operatorText(o), int(o));
    op->setCurrentIndex(op->findData(int(condition.op)));
    auto* values = new QLineEdit(condition.values.join(u'|'));
    values->setObjectName(QStringLiteral("conditionValues"));
    values->setAccessibleName(tr("Value of condition %1").arg(row + 1));
    values->setFrame(false);
    const auto placeholder = [values, op] {
        values->setPlaceholderText(isList(MatchOperator(op->currentData().toInt())) ? tr("db|web (separate with |)")
                                                                                    : tr("critical"));
    };
    placeholder();
    m_conditions->setCellWidget(row, LabelColumn, label);
    m_conditions->setCellWidget(row, OperatorColumn, op);
    m_conditions->setCellWidget(row, ValuesColumn, values);
    connect(label, &QLineEdit::textChanged, this, &MatchRulesEditor::readConditions);
    connect(values, &QLineEdit::textChanged, this, &MatchRulesEditor::readConditions);
    connect(op, &QComboBox::currentIndexChanged, this, [this, placeholder] {
        placeholder();
        readConditions();
    });
}

void MatchRulesEditor::readConditions()
{
    const int rule = m_rulesList->currentRow();
    if (m_filling || rule < 0 || rule >= m_rules.size())
        return;
    QList<MatchCondition> conditions;
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        MatchCondition c;
        c.label = qobject_cast<QLineEdit*>(m_conditions->cellWidget(row, LabelColumn))->text().trimmed();
        c.op = MatchOperator(
            qobject_cast<QComboBox*>(m_conditions->cellWidget(row, OperatorColumn))->currentData().toInt());
        const QString text = qobject_cast<QLineEdit*>(m_conditions->cellWidget(row, ValuesColumn))->text();
        // Lists are typed a|b as on the command line; a single value keeps any | it holds (a regex alternation).
        c.values = isList(c.op) ? text.split(u'|') : QStringList{text};
        if (isList(c.op)) {
            for (QString& v : c.values)
                v = v.trimmed();
        }
        conditions.append(c);
    }
    m_rules[rule].conditions = conditions;
    QListWidgetItem* item = m_rulesList->item(rule);
    item->setText(tr("Rule %1: %2").arg(rule + 1).arg(describe(m_rules[rule])));
    item->setToolTip(formatMatchRule(m_rules[rule]));
    m_removeCondition->setEnabled(m_conditions->rowCount() > 0);
    emit changed();
}

} // namespace alertdesk
