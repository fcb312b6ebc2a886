// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/markdowndisplay.h"

#include "lint/markdownlines.h"

#include <QRegularExpression>
#include <QStringList>

namespace alertdesk {

namespace {

using markdown::isBlank;
using markdown::isFence;

// A line that starts a block of its own: a single line break before it does not join it to the line above.
bool startsBlock(const QString& line)
{
    static const QRegularExpression block(
        QStringLiteral("^ {0,3}(#{1,6}(\\s|$)|>|([-*+]|\\d+[.)])\\s|```|~~~|\\||(\\*\\s*){3,}$|(-\\s*){3,}$)"));
    return block.match(line).hasMatch();
}

bool isHeading(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return heading.match(line).hasMatch();
}

bool endsWithBreak(const QString& line)
{
    return line.endsWith(QStringLiteral("  ")) || line.endsWith(QLatin1Char('\\'));
}

bool isTableSeparator(const QString& line)
{
    static const QRegularExpression separator(QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return line.contains(QLatin1Char('|')) && separator.match(line).hasMatch();
}

} // namespace

QString dingTalkDisplayMarkdown(const QString& markdown, const QString& desktopOnlyNote)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    const QString note = QStringLiteral("> ") + desktopOnlyNote;
    auto addNote = [&] {
        if (!out.isEmpty() && !isBlank(out.last()))
            out.append(QString());
        out.append(note);
        out.append(QString());
    };
    bool inFence = false;
    bool inTable = false;
    bool joinable = false; // the last line out is paragraph text a following plain line joins
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (inFence) {
            out.append(line);
            inFence = !isFence(line);
            continue;
        }
        if (isFence(line)) {
            addNote();
            out.append(line);
            inFence = true;
            joinable = false;
            continue;
        }
        if (inTable) {
            if (!isBlank(line) && line.contains(QLatin1Char('|'))) {
                out.append(line);
                continue;
            }
            inTable = false;
        }
        if (line.contains(QLatin1Char('|')) && i + 1 < lines.size() && isTableSeparator(lines.at(i + 1))) {
            addNote();
            out.append(line);
            inTable = true;
            joinable = false;
            continue;
        }
        if (isBlank(line)) {
            out.append(line);
            joinable = false;
            continue;
        }
        if (joinable && !startsBlock(line)) {
            out.last() += QLatin1Char(' ') + line.trimmed();
        } else {
            out.append(line);
        }
        joinable = !isHeading(line) && !endsWithBreak(out.last());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace alertdesk
