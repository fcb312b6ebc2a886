// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clitable.h"

#include <algorithm>

namespace alertdesk {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void CliTable::print(QTextStream& out, const QString& emptyText) const
{
    if (m_rows.isEmpty()) {
        out << emptyText << Qt::endl;
        return;
    }
    QList<int> widths;
    for (const QString& header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 == cells.size() ? cells[i] : pad(cells[i], widths[i] + 2);
        out << line.trimmed() << Qt::endl;
    };
    printRow(m_headers);
    for (const QStringList& row : m_rows)
        printRow(row);
}

void CliFields::print(QTextStream& out) const
{
    int width = 0;
    for (const auto& [label, value] : m_fields)
        width = std::max(width, displayWidth(label) + 1);
    for (const auto& [label, value] : m_fields)
        out << pad(label + QLatin1Char(':'), width + 2) << value << Qt::endl;
}

} // namespace alertdesk
