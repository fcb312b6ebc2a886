// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace alertdesk {

/// Go template syntax in a plain-text editor: the {{ }} delimiters (with trim markers), keywords (if, range, with,
/// define, template, block, else, end, break, continue), functions, strings, numbers, comments and $variables inside
/// actions; the text between actions stays plain. Colours come from the palette (link and mid-tones), so they follow
/// light and dark themes.
class GoTemplateHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit GoTemplateHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightAction(const QString& text, int start, int end);
    QTextCharFormat m_delimiter;
    QTextCharFormat m_keyword;
    QTextCharFormat m_function;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_variable;
    QTextCharFormat m_field;
    QTextCharFormat m_number;
    QRegularExpression m_token;
};

} // namespace alertdesk
