// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace alertdesk {

/// What the four entity tables (robots, contacts, contact groups, notification policies) share: one row per record,
/// each cell already in words, and the row's text in case-folded form for a filter that has to keep up with typing
/// over 10,000 rows. Subclasses keep the records, follow their repository's signals and tell this class which rows
/// appeared, changed or went; the model then inserts, updates or removes just those rows (never a reset after
/// loading), so selections and scroll positions survive edits made elsewhere.
class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        UuidRole = Qt::UserRole + 1, ///< the record's uuid, on every cell
    };
    /// One line of the details panel: a field and its value, in words.
    struct Detail {
        QString label;
        QString value;
    };

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString uuidAt(int row) const;
    int rowOf(const QString& uuid) const; ///< -1 when there is no such row
    /// Every cell of the row, joined and case-folded (QString::toCaseFolded), for filtering.
    const QString& searchText(int row) const { return m_rows.at(row).searchText; }
    /// Which characters the row's search text holds, one bit per character (folded into 64): a row whose mask lacks
    /// a bit of the search text's mask cannot contain it, and is passed over without reading its text.
    quint64 searchMask(int row) const { return m_rows.at(row).searchMask; }
    static quint64 characterMask(QStringView text);
    /// The record in words for the details panel; empty when there is no such record. Never a secret.
    virtual QList<Detail> details(const QString& uuid) const = 0;
    /// The last failure to read the workspace, in words (empty when reading worked).
    QString lastError() const { return m_lastError; }

signals:
    /// Reading the workspace failed; the table may be out of date until the next change.
    void readFailed(const QString& message);

protected:
    EntityTableModel(QStringList headers, QObject* parent);

    /// The cells of the record with `uuid`, from the subclass's own copy of it.
    virtual QStringList cellsFor(const QString& uuid) const = 0;

    /// Fills the table once, at construction.
    void fill(const QStringList& uuids);
    /// The subclass has stored the record: a new row at the end, or the existing row's cells updated.
    void upsert(const QString& uuid);
    /// The subclass has dropped the record.
    void drop(const QString& uuid);
    /// Recomputes the cells of the rows `affected` picks (all when empty) and signals the changed ones as one range.
    void refresh(const std::function<bool(const QString& uuid)>& affected = {});
    /// Records and signals a read failure; returns false so callers can `return fail(...)`.
    bool fail(const Error& error);

private:
    struct Row {
        QString uuid;
        QStringList cells;
        QString searchText;
        quint64 searchMask = 0;
    };
    Row makeRow(const QString& uuid) const;

    QStringList m_headers;
    QList<Row> m_rows;
    QHash<QString, int> m_index; ///< uuid -> row
    QString m_lastError;
};

} // namespace alertdesk
