// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QTextStream>

namespace alertdesk {

/// Plain-text output for `list` and `show`: columns aligned for terminals, Chinese characters counted double width.
class CliTable {
public:
    explicit CliTable(QStringList headers)
        : m_headers(std::move(headers))
    {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    /// Prints the table, or `emptyText` when there are no rows.
    void print(QTextStream& out, const QString& emptyText) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

/// "Label:  value" lines for `show`.
class CliFields {
public:
    void add(const QString& label, const QString& value) { m_fields.append({label, value}); }
    void print(QTextStream& out) const;

private:
    QList<QPair<QString, QString>> m_fields;
};

/// Columns a string takes in a terminal (East Asian wide characters take two).
int displayWidth(const QString& text);

} // namespace alertdesk
