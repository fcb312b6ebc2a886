// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/goregexp.h"

#include "templating/gostrings.h"

#include <QRegularExpression>

#include <vector>

namespace alertdesk::gotmpl {

namespace {

bool compile(const std::string& pattern, QRegularExpression* re, std::string* error)
{
    *re = QRegularExpression(QString::fromStdString(pattern));
    if (!re->isValid()) {
        // Go's regexp/syntax words for the common mistakes; PCRE's otherwise.
        static const std::pair<const char*, const char*> words[] = {
            {"missing closing parenthesis", "missing closing )"},
            {"missing terminating ] for character class", "missing closing ]"},
            {"quantifier does not follow a repeatable item", "missing argument to repetition operator"},
            {"unmatched closing parenthesis", "unexpected )"},
            {"\\ at end of pattern", "trailing backslash at end of expression"},
            {"range out of order in character class", "invalid character class range"},
        };
        std::string why = re->errorString().toStdString();
        for (const auto& [pcre, go] : words) {
            if (why == pcre)
                why = go;
        }
        *error = "error parsing regexp: " + why + ": `" + pattern + "`";
        return false;
    }
    return true;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// Regexp.Expand: $name, ${name}, $$.
QString expand(const QString& templ, const QRegularExpressionMatch& m)
{
    QString out;
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c != u'$' || i + 1 >= templ.size()) {
            out += c;
            continue;
        }
        if (templ.at(i + 1) == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        QString name;
        qsizetype end = i + 1;
        if (templ.at(i + 1) == u'{') {
            const qsizetype close = templ.indexOf(u'}', i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            name = templ.mid(i + 2, close - i - 2);
            bool ok = !name.isEmpty();
            for (const QChar n : name)
                ok = ok && isNameChar(n);
            if (!ok) {
                out += c;
                continue;
            }
            end = close + 1;
        } else {
            while (end < templ.size() && isNameChar(templ.at(end)))
                ++end;
            name = templ.mid(i + 1, end - i - 1);
            if (name.isEmpty()) {
                out += c;
                continue;
            }
        }
        bool isNumber = false;
        const int index = name.toInt(&isNumber);
        if (isNumber) {
            if (index <= m.lastCapturedIndex())
                out += m.captured(index);
        } else {
            out += m.captured(name);
        }
        i = end - 1;
    }
    return out;
}

// The text as UTF-16 plus, for each UTF-16 index, the byte offset it came from: unmatched stretches are copied from
// the original bytes, so invalid UTF-8 passes through as Go passes it.
QString decode(const std::string& text, std::vector<std::size_t>* offsets)
{
    QString out;
    out.reserve(static_cast<qsizetype>(text.size()));
    for (std::size_t i = 0; i < text.size();) {
        int w = 1;
        const char32_t r = decodeRune(text, i, &w);
        const char32_t units[] = {r};
        const QString piece = QString::fromUcs4(units, 1);
        for (qsizetype k = 0; k < piece.size(); ++k)
            offsets->push_back(i);
        out += piece;
        i += static_cast<std::size_t>(w);
    }
    offsets->push_back(text.size());
    return out;
}

} // namespace

std::string regexQuote(const std::string& pattern)
{
    return canBackquote(pattern) ? "`" + pattern + "`" : quote(pattern);
}

bool regexMatch(const std::string& pattern, const std::string& text, bool* matched, std::string* error)
{
    QRegularExpression re;
    if (!compile(pattern, &re, error))
        return false;
    std::vector<std::size_t> offsets;
    *matched = re.match(decode(text, &offsets)).hasMatch();
    return true;
}

bool regexFind(const std::string& pattern, const std::string& text, std::string* out, std::string* error)
{
    QRegularExpression re;
    if (!compile(pattern, &re, error))
        return false;
    const auto m = re.match(QString::fromStdString(text));
    *out = m.hasMatch() ? m.captured(0).toStdString() : std::string();
    return true;
}

bool regexReplaceAll(const std::string& pattern, const std::string& text, const std::string& repl, bool literal,
                     std::string* out, std::string* error)
{
    QRegularExpression re;
    if (!compile(pattern, &re, error))
        return false;
    std::vector<std::size_t> offsets;
    const QString src = decode(text, &offsets);
    const QString replacement = QString::fromStdString(repl);
    std::string result;
    qsizetype last = 0;
    qsizetype lastMatchEnd = -1;
    auto it = re.globalMatch(src);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(0) == 0 && m.capturedStart(0) == lastMatchEnd)
            continue; // Go ignores empty matches abutting a preceding match
        const auto from = offsets[static_cast<std::size_t>(last)];
        result.append(text, from, offsets[static_cast<std::size_t>(m.capturedStart(0))] - from);
        result += literal ? repl : expand(replacement, m).toStdString();
        last = m.capturedEnd(0);
        lastMatchEnd = last;
    }
    result.append(text, offsets[static_cast<std::size_t>(last)], std::string::npos);
    *out = std::move(result);
    return true;
}

} // namespace alertdesk::gotmpl
