// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importtemplates.h"

#include "templating/gotemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace alertdesk::importtemplates {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ImportTemplates)
};

struct Action {
    qsizetype start = 0; ///< at "{{"
    qsizetype end = 0;   ///< just after "}}"
    bool trimBefore = false;
    bool trimAfter = false;
    QString body; ///< without delimiters and trim markers, trimmed
};

// The next action at or after `from`, skipping over quoted strings and comments inside it.
std::optional<Action> nextAction(const QString& text, qsizetype from)
{
    const qsizetype open = text.indexOf(QStringLiteral("{{"), from);
    if (open < 0)
        return std::nullopt;
    qsizetype i = open + 2;
    QChar quote;
    while (i + 1 < text.size()) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'`' || c == u'\'') {
            quote = c;
        } else if (c == u'}' && text.at(i + 1) == u'}') {
            Action action;
            action.start = open;
            action.end = i + 2;
            QString inner = text.mid(open + 2, i - open - 2);
            action.trimBefore = inner.startsWith(QStringLiteral("- "));
            action.trimAfter = inner.endsWith(QStringLiteral(" -"));
            if (action.trimBefore)
                inner.remove(0, 1);
            if (action.trimAfter)
                inner.chop(1);
            action.body = inner.trimmed();
            return action;
        }
        ++i;
    }
    return std::nullopt;
}

QString keywordOf(const Action& action)
{
    static const QRegularExpression word(QStringLiteral("^([a-z]+)\\b"));
    return word.match(action.body).captured(1);
}

QString quotedName(const QString& body)
{
    static const QRegularExpression name(QStringLiteral("^[a-z]+\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`)"));
    const QRegularExpressionMatch match = name.match(body);
    return match.hasMatch() ? match.captured(1) + match.captured(2) : QString();
}

QStringList calledNames(const QString& text)
{
    QStringList names;
    for (auto action = nextAction(text, 0); action; action = nextAction(text, action->end)) {
        const QString keyword = keywordOf(*action);
        if (keyword == QLatin1String("template") || keyword == QLatin1String("block"))
            names.append(quotedName(action->body));
    }
    return names;
}

// Calls `f(name, opening, end)` for each top-level {{ define "name" }} ... {{ end }} of `text`, in order.
template <typename F> void forEachTopLevelDefine(const QString& text, F&& f)
{
    int depth = 0;
    QString name;
    std::optional<Action> opening;
    for (auto action = nextAction(text, 0); action; action = nextAction(text, action->end)) {
        const QString keyword = keywordOf(*action);
        if (keyword == QLatin1String("define") || keyword == QLatin1String("if") || keyword == QLatin1String("range") ||
            keyword == QLatin1String("with") || keyword == QLatin1String("block")) {
            if (depth == 0 && keyword == QLatin1String("define")) {
                name = quotedName(action->body);
                opening = action;
            }
            ++depth;
        } else if (keyword == QLatin1String("end") && depth > 0 && --depth == 0 && opening) {
            f(name, *opening, *action);
            opening.reset();
        }
    }
}

} // namespace

QHash<QString, QString> defines(const QString& text)
{
    QHash<QString, QString> found;
    forEachTopLevelDefine(text, [&](const QString& name, const Action& opening, const Action& end) {
        if (name.isEmpty())
            return;
        QString body = text.mid(opening.end, end.start - opening.end);
        if (opening.trimAfter) {
            qsizetype first = 0;
            while (first < body.size() && body.at(first).isSpace())
                ++first;
            body.remove(0, first);
        }
        if (end.trimBefore) {
            while (!body.isEmpty() && body.back().isSpace())
                body.chop(1);
        }
        found.insert(name, body);
    });
    return found;
}

TopLevelDefines splitTopLevelDefines(const QString& text)
{
    TopLevelDefines split;
    qsizetype copied = 0; // text before this offset is in split.rest already
    forEachTopLevelDefine(text, [&](const QString& name, const Action& opening, const Action& end) {
        const QString block = text.mid(opening.start, end.end - opening.start);
        split.blocks.append({name, block});
        split.rest += text.mid(copied, opening.start - copied);
        split.rest += QStringLiteral("{{%1/*%2*/%3}}")
                          .arg(opening.trimBefore ? QStringLiteral("- ") : QString(),
                               QString(block.count(QLatin1Char('\n')), QLatin1Char('\n')),
                               end.trimAfter ? QStringLiteral(" -") : QString());
        copied = end.end;
    });
    split.rest += text.mid(copied);
    return split;
}

std::optional<QString> resolve(const QString& text, const QHash<QString, QString>& known, QString* why,
                               QHash<QString, QString>* checked)
{
    static const QRegularExpression plainCall(
        QStringLiteral("^\\{\\{-?\\s*template\\s+\"([^\"]+)\"\\s+\\.\\s*-?\\}\\}$"));
    QString resolved = text;
    const QRegularExpressionMatch call = plainCall.match(text.trimmed());
    if (call.hasMatch()) {
        if (!known.contains(call.captured(1))) {
            *why = Words::tr("It calls the template \"%1\", which none of the bridge's template files defines (the "
                             "bridge's built-in templates are not imported).")
                       .arg(call.captured(1));
            return std::nullopt;
        }
        resolved = known.value(call.captured(1));
    }
    // Carry along every define the text needs, in a stable order.
    QStringList needed;
    QStringList queue = calledNames(resolved);
    while (!queue.isEmpty()) {
        const QString name = queue.takeFirst();
        if (needed.contains(name))
            continue;
        if (!known.contains(name)) {
            *why = Words::tr("It calls the template \"%1\", which none of the bridge's template files defines (the "
                             "bridge's built-in templates are not imported).")
                       .arg(name);
            return std::nullopt;
        }
        needed.append(name);
        queue.append(calledNames(known.value(name)));
    }
    QString prefix;
    for (const QString& name : needed)
        prefix += QStringLiteral("{{ define \"%1\" }}%2{{ end }}").arg(name, known.value(name));
    resolved = prefix + resolved;
    QString error;
    if (checked && checked->contains(resolved)) {
        error = checked->value(resolved);
    } else {
        auto compiled = CompiledTemplate::compile(QStringLiteral("import"), resolved, TemplateDialect::DingTalkBridge);
        if (!compiled)
            error = compiled.error().message;
        if (checked)
            checked->insert(resolved, error);
    }
    if (!error.isEmpty()) {
        *why = Words::tr("AlertDesk's template engine cannot run it: %1").arg(error);
        return std::nullopt;
    }
    return resolved;
}

} // namespace alertdesk::importtemplates
