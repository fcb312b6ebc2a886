// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "domain/validation.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace alertdesk {

/// Edits a policy's matching rules: a list of rules (each shown in words) and, for the selected rule, its conditions
/// as rows of label, operator (the console's six) and value(s). An alert matches when any rule matches; a rule
/// matches when all its conditions hold; no rules match every alert.
class MatchRulesEditor : public QWidget {
    Q_OBJECT
public:
    explicit MatchRulesEditor(QWidget* parent = nullptr);

    void setRules(const QList<MatchRule>& rules);
    QList<MatchRule> rules() const { return m_rules; }
    /// The rule in the operator's words: "severity is critical and team is one of db, web".
    static QString describe(const MatchRule& rule);

signals:
    void changed();

private:
    void showRules();
    void showConditions();
    void readConditions();
    void addConditionRow(const MatchCondition& condition);
    QListWidget* m_rulesList;
    QTableWidget* m_conditions;
    QPushButton* m_addRule;
    QPushButton* m_removeRule;
    QPushButton* m_addCondition;
    QPushButton* m_removeCondition;
    QLabel* m_hint;
    QList<MatchRule> m_rules;
    bool m_filling = false;
};

} // namespace alertdesk
