// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/linediff.h"

#include <QStringList>
#include <vector>

namespace alertdesk {

namespace {

QStringList linesOf(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

constexpr qsizetype maxCells = 4'000'000; // the LCS table's size limit (16 MB of ints)

} // namespace

QList<DiffLine> lineDiff(const QString& before, const QString& after)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    QList<DiffLine> diff;
    for (qsizetype i = 0; i < head; ++i)
        diff.append({DiffLine::Kind::Same, a[i]});
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n * m > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            diff.append({DiffLine::Kind::Removed, a[head + i]});
        for (qsizetype j = 0; j < m; ++j)
            diff.append({DiffLine::Kind::Added, b[head + j]});
    } else {
        // lcs[i][j]: the longest common subsequence of a's middle from i and b's middle from j.
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                diff.append({DiffLine::Kind::Same, a[head + i]});
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                diff.append({DiffLine::Kind::Added, b[head + j]});
                ++j;
            } else {
                diff.append({DiffLine::Kind::Removed, a[head + i]});
                ++i;
            }
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        diff.append({DiffLine::Kind::Same, a[i]});
    return diff;
}

} // namespace alertdesk
