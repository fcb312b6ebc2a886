// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The text form of a matching rule (policytext.h): `label=value, label in a|b`, values double-quoted when they hold
// commas, spaces, `|` or quotes. Kept apart from policytext.cpp because it is a small parser of its own.
#include "domain/policytext.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

Error ruleError(const QString& message)
{
    return Error::invalid(QStringLiteral("rules"), message);
}

Error conditionError(const QString& condition, const QString& reason)
{
    return ruleError(
        QCoreApplication::translate("alertdesk::PolicyText", "Condition \"%1\": %2").arg(condition, reason));
}

/// Splits at `separator` where it is not inside a double-quoted value; inside quotes a backslash escapes the next
/// character. Sets `unterminated` when a quote is left open.
QStringList splitOutsideQuotes(const QString& text, QChar separator, bool* unterminated)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current);
    *unterminated = quoted;
    return parts;
}

/// One value: `"quoted \" value"` or bare text (surrounding space trimmed). Returns the reason on failure.
std::variant<QString, QString> parseValue(const QString& text)
{
    using Outcome = std::variant<QString, QString>;
    const QString value = text.trimmed();
    if (!value.startsWith(u'"')) {
        if (value.contains(u'"')) {
            return Outcome(std::in_place_index<1>,
                           QCoreApplication::translate("alertdesk::PolicyText",
                                                       "a double quote may only open a quoted value; quote the whole "
                                                       "value and write the quote inside it as \\\"."));
        }
        return Outcome(std::in_place_index<0>, value);
    }
    QString unquoted;
    qsizetype i = 1;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() && (value.at(i + 1) == u'"' || value.at(i + 1) == u'\\')) {
            unquoted += value.at(++i);
        } else if (c == u'"') {
            break;
        } else {
            unquoted += c;
        }
    }
    if (i >= value.size()) {
        return Outcome(std::in_place_index<1>,
                       QCoreApplication::translate("alertdesk::PolicyText", "the quoted value is never closed; add the "
                                                                            "closing double quote."));
    }
    if (i + 1 < value.size()) {
        return Outcome(std::in_place_index<1>,
                       QCoreApplication::translate("alertdesk::PolicyText", "there is text after the closing quote; "
                                                                            "put all of the value inside the quotes."));
    }
    return Outcome(std::in_place_index<0>, unquoted);
}

Result<MatchCondition> parseCondition(const QString& text)
{
    MatchCondition condition;
    qsizetype at = 0;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == u'=' || c == u'!' || c == u'~' || c == u'"' || c.isSpace())
            break;
        ++at;
    }
    condition.label = text.left(at);
    if (condition.label.isEmpty()) {
        return conditionError(text, QCoreApplication::translate("alertdesk::PolicyText",
                                                                "there is no label name before the operator; write "
                                                                "it like severity=critical."));
    }
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    const QStringView rest = QStringView(text).mid(at);
    qsizetype operatorLength = 0;
    if (rest.startsWith(u"=~")) {
        condition.op = MatchOperator::Re;
        operatorLength = 2;
    } else if (rest.startsWith(u"!~")) {
        condition.op = MatchOperator::Nre;
        operatorLength = 2;
    } else if (rest.startsWith(u"!=")) {
        condition.op = MatchOperator::Neq;
        operatorLength = 2;
    } else if (rest.startsWith(u"==")) {
        operatorLength = -1;
    } else if (rest.startsWith(u'=')) {
        condition.op = MatchOperator::Eq;
        operatorLength = 1;
    } else {
        qsizetype wordEnd = 0;
        while (wordEnd < rest.size() && rest.at(wordEnd).isLetter())
            ++wordEnd;
        const QStringView word = rest.left(wordEnd);
        const bool separated = wordEnd == rest.size() || rest.at(wordEnd).isSpace() || rest.at(wordEnd) == u'"';
        if (separated && word.compare(u"in", Qt::CaseInsensitive) == 0) {
            condition.op = MatchOperator::In;
            operatorLength = wordEnd;
        } else if (separated && word.compare(u"notin", Qt::CaseInsensitive) == 0) {
            condition.op = MatchOperator::Nin;
            operatorLength = wordEnd;
        } else {
            operatorLength = -1;
        }
    }
    if (operatorLength < 0 || rest.isEmpty()) {
        return conditionError(text, QCoreApplication::translate("alertdesk::PolicyText",
                                                                "after the label \"%1\" comes an operator: =, !=, =~, "
                                                                "!~, in or notin.")
                                        .arg(condition.label));
    }
    if (std::optional<Error> problem = checkLabelName(condition.label))
        return conditionError(text, problem->message);

    const QString valuesText = rest.mid(operatorLength).toString();
    QStringList rawValues;
    if (condition.op == MatchOperator::In || condition.op == MatchOperator::Nin) {
        bool unterminated = false;
        rawValues = splitOutsideQuotes(valuesText, u'|', &unterminated);
        if (rawValues.size() == 1 && rawValues.constFirst().trimmed().isEmpty()) {
            return conditionError(text, QCoreApplication::translate("alertdesk::PolicyText",
                                                                    "\"%1\" needs one or more values separated by |, "
                                                                    "such as critical|warning.")
                                            .arg(operatorName(condition.op)));
        }
    } else {
        rawValues = QStringList{valuesText};
    }
    for (const QString& raw : std::as_const(rawValues)) {
        std::variant<QString, QString> value = parseValue(raw);
        if (value.index() == 1)
            return conditionError(text, std::get<1>(value));
        condition.values.append(std::get<0>(value));
    }
    if (std::optional<Error> problem = checkCondition(condition))
        return conditionError(text, problem->message);
    return condition;
}

bool needsQuotes(const QString& value, bool inList)
{
    if (value.isEmpty() || value.startsWith(u'=') || value.startsWith(u'~'))
        return true;
    for (const QChar c : value) {
        if (c.isSpace() || c == u'"' || c == u',' || (inList && c == u'|'))
            return true;
    }
    return false;
}

QString formatValue(const QString& value, bool inList)
{
    if (!needsQuotes(value, inList))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

Result<MatchRule> parseMatchRule(const QString& text)
{
    QString input = text.trimmed();
    // Tolerate Alertmanager's matcher braces: {severity="critical", team="db"}.
    if (input.startsWith(u'{') && input.endsWith(u'}'))
        input = input.mid(1, input.size() - 2).trimmed();
    if (input.isEmpty()) {
        return ruleError(QCoreApplication::translate("alertdesk::PolicyText",
                                                     "The matching rule is empty; write one or more conditions "
                                                     "separated by commas, such as severity=critical, team=db."));
    }
    bool unterminated = false;
    const QStringList parts = splitOutsideQuotes(input, u',', &unterminated);
    if (unterminated) {
        return conditionError(parts.constLast().trimmed(),
                              QCoreApplication::translate("alertdesk::PolicyText",
                                                          "a double quote is never closed; add the closing quote."));
    }
    MatchRule rule;
    for (const QString& part : parts) {
        const QString conditionText = part.trimmed();
        if (conditionText.isEmpty()) {
            return ruleError(QCoreApplication::translate("alertdesk::PolicyText",
                                                         "The matching rule \"%1\" has an empty condition (two commas "
                                                         "in a row, or a comma at either end); remove the extra "
                                                         "comma.")
                                 .arg(input));
        }
        Result<MatchCondition> condition = parseCondition(conditionText);
        if (!condition)
            return condition.error();
        rule.conditions.append(std::move(condition).value());
    }
    return rule;
}

QString formatMatchRule(const MatchRule& rule)
{
    QStringList conditions;
    for (const MatchCondition& condition : rule.conditions) {
        QString text = condition.label;
        switch (condition.op) {
        case MatchOperator::Eq:
            text += u'=';
            break;
        case MatchOperator::Neq:
            text += u"!=";
            break;
        case MatchOperator::Re:
            text += u"=~";
            break;
        case MatchOperator::Nre:
            text += u"!~";
            break;
        case MatchOperator::In:
            text += u" in ";
            break;
        case MatchOperator::Nin:
            text += u" notin ";
            break;
        }
        const bool inList = condition.op == MatchOperator::In || condition.op == MatchOperator::Nin;
        QStringList values;
        for (const QString& value : condition.values)
            values.append(formatValue(value, inList));
        text += inList ? values.join(u'|') : values.value(0, formatValue(QString(), false));
        conditions.append(text);
    }
    return conditions.join(QStringLiteral(", "));
}

} // namespace alertdesk
