// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <functional>

namespace alertdesk {

/// What the four entity tables (robots, contacts, contact groups, notification policies) share: one row per record,
/// each cell already in words, and the row's text in case-folded form for a filter that has to keep up with typing
/// over 100,000 rows. Subclasses tell this class which rows appeared, changed or went; the model then inserts,
/// updates or removes just those rows (never a reset after loading), so selections and scroll positions survive edits
/// made elsewhere.
///
/// A row is kept compact, in UTF-8 (about 200 bytes for a contact): its cells and its uuid in one string, and the
/// cells' case-folded form only when folding does more than lower ASCII letters. Cells are turned into text when
/// shown; rows are found by uuid through an open-addressing table of row numbers.
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
    /// The text of one cell (what DisplayRole shows).
    QString cell(int row, int column) const;
    /// Which byte values a text holds: ASCII exactly, other bytes folded into 64. A row whose set lacks a byte of the
    /// typed text cannot contain it and is passed over without reading its text; for one typed ASCII character the
    /// set alone answers.
    struct ByteSet {
        quint64 ascii[2] = {0, 0};
        quint64 other = 0;
        void add(QByteArrayView bytes);
        bool holdsAll(const ByteSet& needed) const
        {
            return (ascii[0] & needed.ascii[0]) == needed.ascii[0] && (ascii[1] & needed.ascii[1]) == needed.ascii[1] &&
                   (other & needed.other) == needed.other;
        }
    };
    /// What the operator typed, ready to be looked for in every row: case-folded (QString::toCaseFolded), in UTF-8.
    struct Search {
        QByteArray text;
        ByteSet bytes;
    };
    static Search searchFor(const QString& typed);
    /// Whether any cell of the row contains the search, ignoring case.
    bool matches(int row, const Search& search) const;
    /// The record in words for the details panel; empty when there is no such record. Never a secret.
    virtual QList<Detail> details(const QString& uuid) const = 0;
    /// The last failure to read the workspace, in words (empty when reading worked).
    QString lastError() const { return m_lastError; }

signals:
    /// Reading the workspace failed; the table may be out of date until the next change.
    void readFailed(const QString& message);

protected:
    EntityTableModel(QStringList headers, QObject* parent);

    /// Receives one record: its uuid and its cells in words.
    using RowSink = std::function<void(const QString& uuid, const QStringList& cells)>;
    /// Passes records, one at a time, to the sink it is given.
    using Rows = std::function<void(const RowSink& sink)>;

    /// The cells of the record with `uuid`, from the copy of it a subclass keeps, for the helpers below that take
    /// uuids. A subclass that keeps no copies (contacts) passes whole rows to fill(Rows) and update() instead.
    virtual QStringList cellsFor(const QString& uuid) const;

    /// Fills the table once, at construction, with the records `rows` passes (about `expected` of them).
    void fill(const Rows& rows, qsizetype expected = 0);
    /// Fills the table with the records `uuids`, their cells from cellsFor.
    void fill(const QStringList& uuids);
    /// The records `rows` passes are stored: new ones are added at the end (one insertion), the cells of existing ones
    /// updated (the changed rows signalled as one range).
    void update(const Rows& rows);
    /// The subclass has stored the record: a new row at the end, or the existing row's cells updated.
    void upsert(const QString& uuid);
    /// The subclass has dropped the record.
    void drop(const QString& uuid);
    /// Recomputes the cells of the rows `affected` picks (all when empty) and signals the changed ones as one range.
    void refresh(const std::function<bool(const QString& uuid)>& affected = {});
    /// Records and signals a read failure; returns false so callers can `return fail(...)`.
    bool fail(const Error& error);

private:
    /// How a row's cells compare with a case-folded needle.
    enum class Folding : quint8 {
        None,  ///< folding changes nothing: the cells themselves
        Ascii, ///< folding only lowers ASCII letters: the cells, ignoring ASCII case
        Kept,  ///< the folded cells are kept in `folded`
    };
    struct Row {
        QByteArray text;   ///< the cells, each followed by cellSeparator, then the uuid; UTF-8
        QByteArray folded; ///< the cells case-folded, when Folding::Kept
        quint32 cellsSize = 0;
        Folding folding = Folding::None;
        ByteSet bytes; ///< of the folded cells
        QByteArrayView cells() const { return QByteArrayView(text).first(cellsSize); }
        QByteArrayView uuid() const { return QByteArrayView(text).sliced(cellsSize); }
    };
    static Row makeRow(const QString& uuid, const QStringList& cells);
    int find(QByteArrayView uuid) const;
    void place(int row);
    /// Builds m_slots anew, twice the rows' number or more (rows renumbered, or too many for the table).
    void reindex();
    void append(Row row);

    QStringList m_headers;
    QList<Row> m_rows;
    QList<int> m_slots; ///< row numbers by the hash of their uuid (linear probing), -1 where free
    QString m_lastError;
};

} // namespace alertdesk
