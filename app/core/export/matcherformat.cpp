// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/matcherformat.h"

namespace alertdesk::matcherformat {

QString quoteMeta(const QString& text)
{
    static constexpr QLatin1String special("\\.+*?()|[]{}^$");
    QString quoted;
    quoted.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted;
}

QString quoteValue(const QString& value)
{
    // Alertmanager's labels.ParseMatcher undoes exactly these three escapes (any other backslash stays literal, but
    // doubling every backslash keeps values like `a\` and `\n` as they are).
    QString quoted = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            quoted += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            quoted += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            quoted += QLatin1String("\\n");
        else
            quoted += c;
    }
    return quoted + QLatin1Char('"');
}

QString matcher(const MatchCondition& condition)
{
    const QString first = condition.values.value(0);
    const auto alternatives = [&] {
        QStringList quoted;
        for (const QString& value : condition.values)
            quoted.append(quoteMeta(value));
        return QStringLiteral("(%1)").arg(quoted.join(QLatin1Char('|')));
    };
    switch (condition.op) {
    case MatchOperator::Eq:
        return condition.label + QLatin1Char('=') + quoteValue(first);
    case MatchOperator::Neq:
        return condition.label + QLatin1String("!=") + quoteValue(first);
    case MatchOperator::Re:
        return condition.label + QLatin1String("=~") + quoteValue(first);
    case MatchOperator::Nre:
        return condition.label + QLatin1String("!~") + quoteValue(first);
    case MatchOperator::In:
        return condition.label + QLatin1String("=~") + quoteValue(alternatives());
    case MatchOperator::Nin:
        return condition.label + QLatin1String("!~") + quoteValue(alternatives());
    }
    return QString();
}

QStringList matchers(const MatchRule& rule)
{
    QStringList list;
    for (const MatchCondition& condition : rule.conditions)
        list.append(matcher(condition));
    return list;
}

} // namespace alertdesk::matcherformat
