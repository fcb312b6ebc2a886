// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/fieldproblems.h"

#include "widgets/fieldproblem.h"

#include <QStringList>

namespace alertdesk {

void FieldProblems::add(const QString& field, FieldProblem* marker)
{
    m_markers.insert(field, marker);
}

void FieldProblems::show(const Problems& problems)
{
    QHash<FieldProblem*, QStringList> reasons;
    for (const Error& problem : problems) {
        // A field registered without a marker shows its reasons itself: nothing to do here.
        FieldProblem* marker = m_markers.contains(problem.field) ? m_markers.value(problem.field) : m_fallback;
        if (marker && !reasons[marker].contains(problem.message))
            reasons[marker].append(problem.message);
    }
    QList<FieldProblem*> all = m_markers.values();
    all.append(m_fallback);
    for (FieldProblem* marker : all) {
        if (marker)
            marker->setProblem(reasons.value(marker).join(u'\n'));
    }
}

} // namespace alertdesk
