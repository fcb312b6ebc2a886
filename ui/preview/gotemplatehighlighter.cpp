// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/gotemplatehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace alertdesk {

namespace {

// Block states: an action or a comment may span lines.
enum State { Text = 0, InAction = 1, InComment = 2 };

const QSet<QString>& keywords()
{
    static const QSet<QString> words{QStringLiteral("if"),       QStringLiteral("else"),  QStringLiteral("end"),
                                     QStringLiteral("range"),    QStringLiteral("with"),  QStringLiteral("define"),
                                     QStringLiteral("template"), QStringLiteral("block"), QStringLiteral("break"),
                                     QStringLiteral("continue"), QStringLiteral("nil"),   QStringLiteral("true"),
                                     QStringLiteral("false")};
    return words;
}

} // namespace

GoTemplateHighlighter::GoTemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    // strings (raw and interpreted, chars), comments, variables, fields, numbers, identifiers
    , m_token(QStringLiteral(
          R"("(?:[^"\\]|\\.)*"?|`[^`]*`?|'(?:[^'\\]|\\.)*'?|/\*.*?(?:\*/|$)|\$[A-Za-z0-9_]*|(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\.|-?[0-9][0-9a-fA-FxX._eE+-]*|[A-Za-z_][A-Za-z0-9_]*)"))
{
    const QPalette palette = QGuiApplication::palette();
    const QColor accent = palette.color(QPalette::Link);
    m_delimiter.setForeground(palette.color(QPalette::PlaceholderText));
    m_delimiter.setFontWeight(QFont::Bold);
    m_keyword.setForeground(accent);
    m_keyword.setFontWeight(QFont::Bold);
    m_function.setForeground(QColor(0x8e, 0x44, 0xad));
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_variable.setForeground(QColor(0xc0, 0x6a, 0x00));
    m_field.setForeground(accent.darker(115));
    m_number.setForeground(QColor(0x00, 0x79, 0x8a));
}

void GoTemplateHighlighter::highlightBlock(const QString& text)
{
    int position = 0;
    int state = previousBlockState() < 0 ? Text : previousBlockState();
    while (position < text.size()) {
        if (state == Text) {
            const int open = int(text.indexOf(QStringLiteral("{{"), position));
            if (open < 0)
                break;
            int start = open + 2;
            if (start < text.size() && text.at(start) == QLatin1Char('-'))
                ++start;
            setFormat(open, start - open, m_delimiter);
            position = start;
            state = InAction;
            continue;
        }
        if (state == InComment) {
            const int done = int(text.indexOf(QStringLiteral("*/"), position));
            const int stop = done < 0 ? int(text.size()) : done + 2;
            setFormat(position, stop - position, m_comment);
            position = stop;
            if (done < 0)
                break;
            state = InAction;
            continue;
        }
        int first = position;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        if (text.mid(first, 2) == QStringLiteral("/*")) {
            position = first;
            state = InComment;
            continue;
        }
        const int close = int(text.indexOf(QStringLiteral("}}"), position));
        if (close < 0) {
            highlightAction(text, position, int(text.size())); // the action goes on on the next line
            break;
        }
        int bodyEnd = close;
        if (close - 2 >= position && text.at(close - 1) == QLatin1Char('-') && text.at(close - 2).isSpace())
            bodyEnd = close - 1;
        highlightAction(text, position, bodyEnd);
        setFormat(bodyEnd, close + 2 - bodyEnd, m_delimiter);
        position = close + 2;
        state = Text;
    }
    setCurrentBlockState(state);
}

void GoTemplateHighlighter::highlightAction(const QString& text, int start, int end)
{
    auto it = m_token.globalMatch(text.left(end), start);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString token = match.captured();
        const int at = int(match.capturedStart());
        const QChar first = token.at(0);
        const QTextCharFormat* format = &m_function;
        if (first == QLatin1Char('"') || first == QLatin1Char('`') || first == QLatin1Char('\''))
            format = &m_string;
        else if (token.startsWith(QStringLiteral("/*")))
            format = &m_comment;
        else if (first == QLatin1Char('$'))
            format = &m_variable;
        else if (first == QLatin1Char('.'))
            format = &m_field;
        else if (first.isDigit() || first == QLatin1Char('-'))
            format = &m_number;
        else if (keywords().contains(token))
            format = &m_keyword;
        setFormat(at, int(token.size()), *format);
    }
}

} // namespace alertdesk
