// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importmatchers.h"

#include "domain/validation.h"

#include <QRegularExpression>

namespace alertdesk::importmatchers {

using importyaml::Words;

namespace {

// Splits on commas outside double quotes.
QStringList splitOutsideQuotes(const QString& text)
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
        if (c == u',' && !quoted) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts.append(current);
    return parts;
}

std::optional<QString> unquote(const QString& value)
{
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"'))
        return std::nullopt;
    QString out;
    const QString inner = value.mid(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == u'\\' && i + 1 < inner.size()) {
            const QChar next = inner.at(++i);
            if (next == u'n')
                out += u'\n';
            else if (next == u'\\' || next == u'"')
                out += next;
            else
                out += QString(c) + next;
        } else if (c == u'"') {
            return std::nullopt; // an unescaped quote inside
        } else {
            out += c;
        }
    }
    return out;
}

/// The literal a regex-quoted alternative stands for, or nullopt when it has regex syntax of its own.
std::optional<QString> literalOf(const QString& quoted)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$");
    QString literal;
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == u'\\') {
            if (i + 1 >= quoted.size() || !special.contains(quoted.at(i + 1)))
                return std::nullopt;
            literal += quoted.at(++i);
        } else if (special.contains(c)) {
            return std::nullopt;
        } else {
            literal += c;
        }
    }
    return literal;
}

/// `(a|b)` (or `a|b` with two or more) of regex-quoted literals: the literals.
std::optional<QStringList> alternativesOf(const QString& regex)
{
    QString inner = regex;
    const bool grouped = inner.startsWith(u'(') && inner.endsWith(u')') && !inner.endsWith(QStringLiteral("\\)"));
    if (grouped)
        inner = inner.mid(1, inner.size() - 2);
    QStringList literals;
    QString current;
    for (qsizetype i = 0; i <= inner.size(); ++i) {
        if (i == inner.size() || inner.at(i) == u'|') {
            const auto literal = literalOf(current);
            if (!literal || literal->isEmpty())
                return std::nullopt;
            literals.append(*literal);
            current.clear();
            continue;
        }
        current += inner.at(i);
        if (inner.at(i) == u'\\' && i + 1 < inner.size())
            current += inner.at(++i);
    }
    if (!grouped && literals.size() < 2)
        return std::nullopt;
    return literals;
}

} // namespace

Result<QList<AlertmanagerSource::Matcher>> parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|!=|!~|=)\\s*(.*?)\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    QString body = text.trimmed();
    if (body.startsWith(u'{') && body.endsWith(u'}'))
        body = body.mid(1, body.size() - 2);
    QList<AlertmanagerSource::Matcher> matchers;
    const QStringList parts = splitOutsideQuotes(body);
    if (parts.isEmpty())
        return Error::invalid(QString(), Words::tr("The matcher \"%1\" is empty.").arg(text));
    for (const QString& part : parts) {
        const QRegularExpressionMatch match = pattern.match(part);
        if (!match.hasMatch())
            return Error::invalid(QString(), Words::tr("\"%1\" is not a matcher; write label=\"value\", "
                                                       "label!=\"value\", label=~\"regex\" or label!~\"regex\".")
                                                 .arg(part.trimmed()));
        AlertmanagerSource::Matcher matcher{match.captured(1), match.captured(2), match.captured(3), {}};
        if (matcher.value.startsWith(u'"')) {
            const auto value = unquote(matcher.value);
            if (!value)
                return Error::invalid(
                    QString(), Words::tr("The value of matcher \"%1\" has unbalanced quotes.").arg(part.trimmed()));
            matcher.value = *value;
        }
        matchers.append(matcher);
    }
    return matchers;
}

std::optional<MatchCondition> toCondition(const AlertmanagerSource::Matcher& matcher, QString* why)
{
    MatchCondition condition{matcher.label, MatchOperator::Eq, {matcher.value}};
    if (matcher.op == QLatin1String("!="))
        condition.op = MatchOperator::Neq;
    else if (matcher.op == QLatin1String("=~") || matcher.op == QLatin1String("!~")) {
        const bool negated = matcher.op == QLatin1String("!~");
        if (const auto values = alternativesOf(matcher.value)) {
            condition.op = negated ? MatchOperator::Nin : MatchOperator::In;
            condition.values = *values;
        } else {
            condition.op = negated ? MatchOperator::Nre : MatchOperator::Re;
        }
    }
    if (const std::optional<Error> problem = checkCondition(condition)) {
        if (why)
            *why = problem->message;
        return std::nullopt;
    }
    return condition;
}

void readRouteMatchers(importyaml::Reader& yaml, const YAML::Node& route, const QString& path,
                       QList<AlertmanagerSource::Matcher>& out)
{
    const QString listPath = importyaml::child(path, QStringLiteral("matchers"));
    const YAML::Node list = route["matchers"];
    const QStringList texts = yaml.strings(list, listPath);
    for (qsizetype i = 0; i < texts.size() && !yaml.problem(); ++i) {
        const YAML::Node node = list[std::size_t(i)];
        const QString at = importyaml::item(listPath, std::size_t(i));
        auto parsed = parse(texts.at(i));
        if (!parsed)
            return yaml.fail(node, at, parsed.error().message);
        for (AlertmanagerSource::Matcher matcher : parsed.value()) {
            matcher.place = {yaml.file(), importyaml::lineOf(node), at};
            out.append(matcher);
        }
    }
    for (const char* key : {"match", "match_re"}) {
        const YAML::Node map = route[key];
        const QString mapPath = importyaml::child(path, QString::fromLatin1(key));
        if (!map.IsDefined() || map.IsNull())
            continue;
        if (!map.IsMap())
            return yaml.fail(map, mapPath, Words::tr("Expected a mapping of label names to values."));
        for (const auto& entry : map) {
            const QString label = importyaml::text(entry.first.Scalar());
            const QString at = importyaml::child(mapPath, label);
            const QString value = yaml.string(entry.second, at);
            out.append({label,
                        QLatin1String(key) == QLatin1String("match") ? QStringLiteral("=") : QStringLiteral("=~"),
                        value,
                        {yaml.file(), importyaml::lineOf(entry.second), at}});
        }
    }
}

} // namespace alertdesk::importmatchers
