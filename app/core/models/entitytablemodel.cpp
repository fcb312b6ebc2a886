// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/entitytablemodel.h"

#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cstring>

namespace alertdesk {

namespace {

/// Between the cells of a row's text: the ASCII unit separator, which nobody types (a cell holding one shows a space).
constexpr char cellSeparator = '\x1f';

/// The bytes of cell `column` in a row's cells (each followed by cellSeparator).
QByteArrayView cellBytes(QByteArrayView cells, int column)
{
    qsizetype start = 0;
    for (int at = 0; at < column; ++at) {
        const qsizetype next = cells.indexOf(cellSeparator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = cells.indexOf(cellSeparator, start);
    return end < 0 ? QByteArrayView() : cells.sliced(start, end - start);
}

/// `text` in UTF-8, in a buffer of just its size (QString::toUtf8 reserves three bytes a character).
QByteArray utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return QByteArray(bytes.constData(), bytes.size());
}

char asciiLower(char c)
{
    return char(c | (uchar(c - 'A') < 26 ? 0x20 : 0)); // branch-free, so the loops below vectorise
}

/// Whether `text` contains `needle`: memchr to the needle's first byte, then a compare. For a row's few dozen bytes
/// this beats QByteArrayView::contains, which sets up a skip table for every row it is asked about.
bool containsBytes(QByteArrayView text, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    if (needle.size() > text.size())
        return false;
    const char* at = text.data();
    const char* const last = text.data() + (text.size() - needle.size()); // the last place a match can start
    while (at <= last) {
        at = static_cast<const char*>(std::memchr(at, needle.front(), size_t(last - at) + 1));
        if (!at)
            return false;
        if (std::memcmp(at + 1, needle.data() + 1, size_t(needle.size() - 1)) == 0)
            return true;
        ++at;
    }
    return false;
}

/// Whether `text` contains `needle` when ASCII letters in `text` are lowered (`needle` is lowered already).
bool containsIgnoringAsciiCase(QByteArrayView text, QByteArrayView needle)
{
    std::array<char, 512> buffer; // a row's cells nearly always fit: lowered here, then a plain (SIMD) search
    QByteArray large;
    char* lowered = buffer.data();
    if (text.size() > qsizetype(buffer.size())) {
        large.resize(text.size());
        lowered = large.data();
    }
    std::transform(text.begin(), text.end(), lowered, asciiLower);
    return containsBytes(QByteArrayView(lowered, text.size()), needle);
}

} // namespace

EntityTableModel::EntityTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell(index.row(), index.column());
    case UuidRole:
        return uuidAt(index.row());
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString EntityTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString::fromUtf8(m_rows.at(row).uuid()) : QString();
}

int EntityTableModel::rowOf(const QString& uuid) const
{
    return find(uuid.toUtf8());
}

QString EntityTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_headers.size())
        return {};
    return QString::fromUtf8(cellBytes(m_rows.at(row).cells(), column));
}

void EntityTableModel::ByteSet::add(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if (byte < 128)
            ascii[byte >> 6] |= quint64(1) << (byte & 63);
        else
            other |= quint64(1) << (byte & 63);
    }
}

EntityTableModel::Search EntityTableModel::searchFor(const QString& typed)
{
    Search search{typed.toCaseFolded().toUtf8(), {}};
    search.bytes.add(search.text);
    return search;
}

bool EntityTableModel::matches(int row, const Search& search) const
{
    const Row& at = m_rows.at(row);
    if (!at.bytes.holdsAll(search.bytes))
        return false;
    if (search.text.size() == 1 && uchar(search.text.front()) < 128)
        return true; // the set is exact for ASCII: the row holds that character
    switch (at.folding) {
    case Folding::None:
        return containsBytes(at.cells(), search.text);
    case Folding::Ascii:
        return containsIgnoringAsciiCase(at.cells(), search.text);
    case Folding::Kept:
        break;
    }
    return containsBytes(at.folded, search.text);
}

int EntityTableModel::find(QByteArrayView uuid) const
{
    if (m_slots.isEmpty())
        return -1;
    const size_t last = size_t(m_slots.size() - 1);
    for (size_t at = qHash(uuid) & last;; at = (at + 1) & last) {
        const int row = m_slots.at(qsizetype(at));
        if (row < 0 || m_rows.at(row).uuid() == uuid)
            return row;
    }
}

void EntityTableModel::place(int row)
{
    const size_t last = size_t(m_slots.size() - 1);
    size_t at = qHash(m_rows.at(row).uuid()) & last;
    while (m_slots.at(qsizetype(at)) >= 0)
        at = (at + 1) & last;
    m_slots[qsizetype(at)] = row;
}

void EntityTableModel::reindex()
{
    qsizetype size = 16;
    while (size < 2 * m_rows.size())
        size *= 2;
    m_slots.fill(-1, size);
    for (int row = 0; row < m_rows.size(); ++row)
        place(row);
}

void EntityTableModel::append(Row row)
{
    m_rows.append(std::move(row));
    if (2 * m_rows.size() > m_slots.size())
        reindex();
    else
        place(int(m_rows.size() - 1));
}

QStringList EntityTableModel::cellsFor(const QString&) const
{
    return {};
}

EntityTableModel::Row EntityTableModel::makeRow(const QString& uuid, const QStringList& cells)
{
    QString joined;
    for (const QString& cell : cells) {
        joined += cell;
        joined += QLatin1Char(cellSeparator);
    }
    if (joined.count(QLatin1Char(cellSeparator)) != cells.size()) { // a cell held one: it shows a space there
        joined.clear();
        for (const QString& cell : cells)
            joined += QString(cell).replace(QLatin1Char(cellSeparator), QLatin1Char(' ')) + QLatin1Char(cellSeparator);
    }
    Row row;
    row.text = utf8(joined + uuid);
    row.cellsSize = quint32(row.text.size() - uuid.toUtf8().size());
    const QString folded = joined.toCaseFolded();
    if (folded == joined) {
        row.bytes.add(row.cells());
        return row;
    }
    const QByteArray foldedBytes = folded.toUtf8();
    row.bytes.add(foldedBytes);
    QByteArray lowered(row.cells().size(), Qt::Uninitialized);
    std::transform(row.cells().begin(), row.cells().end(), lowered.begin(), asciiLower);
    row.folding = foldedBytes == lowered ? Folding::Ascii : Folding::Kept;
    if (row.folding == Folding::Kept)
        row.folded = utf8(folded);
    return row;
}

void EntityTableModel::fill(const Rows& rows, qsizetype expected)
{
    beginResetModel();
    m_rows.clear();
    m_slots.clear();
    m_rows.reserve(expected);
    rows([this](const QString& uuid, const QStringList& cells) { append(makeRow(uuid, cells)); });
    endResetModel();
}

void EntityTableModel::fill(const QStringList& uuids)
{
    fill(
        [this, &uuids](const RowSink& sink) {
            for (const QString& uuid : uuids)
                sink(uuid, cellsFor(uuid));
        },
        uuids.size());
}

void EntityTableModel::update(const Rows& rows)
{
    int first = -1;
    int last = -1;
    QList<Row> added;
    rows([&](const QString& uuid, const QStringList& cells) {
        Row row = makeRow(uuid, cells);
        const int at = find(row.uuid());
        if (at < 0) {
            added.append(std::move(row));
            return;
        }
        if (row.text == m_rows.at(at).text)
            return;
        m_rows[at] = std::move(row); // the same uuid: its slot stays
        first = first < 0 ? at : std::min(first, at);
        last = std::max(last, at);
    });
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    for (Row& row : added)
        append(std::move(row));
    endInsertRows();
}

void EntityTableModel::upsert(const QString& uuid)
{
    update([this, &uuid](const RowSink& sink) { sink(uuid, cellsFor(uuid)); });
}

void EntityTableModel::drop(const QString& uuid)
{
    const int at = rowOf(uuid);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    reindex(); // the rows after it moved up
    endRemoveRows();
}

void EntityTableModel::refresh(const std::function<bool(const QString& uuid)>& affected)
{
    QStringList uuids;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (QString uuid = uuidAt(row); !affected || affected(uuid))
            uuids << uuid;
    }
    update([this, &uuids](const RowSink& sink) {
        for (const QString& uuid : std::as_const(uuids))
            sink(uuid, cellsFor(uuid));
    });
}

bool EntityTableModel::fail(const Error& error)
{
    m_lastError = error.message;
    emit readFailed(error.message);
    return false;
}

} // namespace alertdesk
