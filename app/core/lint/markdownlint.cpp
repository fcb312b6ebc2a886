// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The markdown part of MessageLint: what DingTalk's markdown subset (dingtalk.md) will not show as written.
#include "lint/messagelint.h"

#include "lint/markdownlines.h"

#include <QRegularExpression>

namespace alertdesk {

namespace {

using markdown::isBlank;
using markdown::isFence;

bool isListItem(const QString& line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"));
    return item.match(line).hasMatch();
}

bool isIndentedCode(const QString& line)
{
    return !isBlank(line) && (line.startsWith(QStringLiteral("    ")) || line.startsWith(QLatin1Char('\t')));
}

/// A line that starts a block of its own, so a single line break before it does not join it to the line above.
bool startsBlock(const QString& line)
{
    static const QRegularExpression block(QStringLiteral("^ {0,3}(#{1,6}(\\s|$)|>|([-*+]|\\d+[.)])\\s|```|~~~|\\|)"));
    return block.match(line).hasMatch();
}

bool isTableRow(const QString& line)
{
    return line.contains(QLatin1Char('|'));
}

bool isTableSeparator(const QString& line)
{
    static const QRegularExpression separator(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$|^\\s*\\|\\s*:?-+:?\\s*\\|\\s*$"));
    return separator.match(line).hasMatch();
}

/// A line that ends with a hard break: two spaces, or a backslash.
bool endsWithBreak(const QString& line)
{
    return line.endsWith(QStringLiteral("  ")) || line.endsWith(QLatin1Char('\\'));
}

bool isHeading(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return heading.match(line).hasMatch();
}

} // namespace

QList<LintFinding> MessageLint::checkMarkdownText(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    int tableLine = 0;
    int codeLine = 0;
    int joinedFirst = 0;
    int joinedCount = 0;
    bool inFence = false;
    bool inListContext = false; // indented lines after a list item continue the item
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int number = int(i + 1);
        if (isFence(line)) {
            if (!inFence && codeLine == 0)
                codeLine = number;
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (isListItem(line))
            inListContext = true;
        else if (!isBlank(line) && !isIndentedCode(line))
            inListContext = false;
        const bool afterBlank = i == 0 || isBlank(lines.at(i - 1));
        if (codeLine == 0 && afterBlank && isIndentedCode(line) && !inListContext)
            codeLine = number;
        if (tableLine == 0 && isTableRow(line) && i + 1 < lines.size() && isTableSeparator(lines.at(i + 1)))
            tableLine = number;
        if (i + 1 < lines.size()) {
            const QString& next = lines.at(i + 1);
            const bool joined = !isBlank(line) && !isBlank(next) && !endsWithBreak(line) && !isHeading(line) &&
                                !startsBlock(next) && !isFence(next) && !(isTableRow(line) && isTableRow(next)) &&
                                !isIndentedCode(next);
            if (joined) {
                if (joinedFirst == 0)
                    joinedFirst = number;
                ++joinedCount;
            }
        }
    }

    QList<LintFinding> findings;
    auto add = [&findings](LintFinding::Kind kind, QString message, int line, qint64 value = 0,
                           QStringList subjects = {}) {
        LintFinding finding;
        finding.kind = kind;
        finding.severity = LintFinding::Severity::Warning;
        finding.message = std::move(message);
        finding.line = line;
        finding.value = value;
        finding.subjects = std::move(subjects);
        findings.append(finding);
    };
    if (tableLine != 0) {
        add(LintFinding::Kind::MarkdownTable,
            tr("Line %1 starts a table: DingTalk shows tables on the desktop only, phones show the raw text. Use a "
               "list instead.")
                .arg(tableLine),
            tableLine);
    }
    if (codeLine != 0) {
        add(LintFinding::Kind::MarkdownCodeBlock,
            tr("Line %1 starts a code block: DingTalk shows code blocks on the desktop only. Use plain lines or a "
               "quote (>) instead.")
                .arg(codeLine),
            codeLine);
    }
    if (joinedCount != 0) {
        add(LintFinding::Kind::MarkdownSingleNewline,
            tr("DingTalk joins lines separated by a single line break (%n place(s), the first after line %1); leave "
               "a blank line between them or end the line with two spaces.",
               nullptr, joinedCount)
                .arg(joinedFirst),
            joinedFirst, joinedCount);
    }
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    int images = 0;
    for (auto it = image.globalMatch(text); it.hasNext(); it.next())
        ++images;
    if (images > maxImages) {
        add(LintFinding::Kind::MarkdownTooManyImages,
            tr("The text shows %n image(s); DingTalk shows about %1 at most, so keep to fewer.", nullptr, images)
                .arg(maxImages),
            0, images);
    }
    // HTML DingTalk shows as text (its markdown takes <font color=...> and <br> only).
    static const QRegularExpression html(
        QStringLiteral("</?(div|span|p|table|thead|tbody|tr|td|th|img|a|b|i|u|s|strong|em|code|pre|h[1-6]|ul|ol|li|hr|"
                       "sup|sub|details|summary|center|small|big|blockquote|strike|del|ins|mark|iframe|script|style|"
                       "video|audio)(\\s[^<>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    int htmlLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (auto it = html.globalMatch(lines.at(i)); it.hasNext();) {
            const QString tag = QLatin1Char('<') + it.next().captured(1).toLower() + QLatin1Char('>');
            if (htmlLine == 0)
                htmlLine = int(i + 1);
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    if (!tags.isEmpty()) {
        add(LintFinding::Kind::MarkdownHtml,
            tr("DingTalk does not render the HTML %1 (first on line %2) and shows it as text; use markdown instead.")
                .arg(tags.join(QStringLiteral(" ")))
                .arg(htmlLine),
            htmlLine, tags.size(), tags);
    }
    return findings;
}

} // namespace alertdesk
