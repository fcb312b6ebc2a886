// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QString>

namespace alertdesk {

class FieldProblem;

/// Maps the field names of domain Problems (Error::field: "name", "phone", ...) onto an editor's FieldProblem
/// markers, so that one call marks every invalid field and clears the fine ones. Problems of a field without a marker
/// go to the fallback marker, so no reason is ever dropped.
class FieldProblems {
public:
    /// A null marker: the field's own widget shows its reasons (they are not repeated in the fallback).
    void add(const QString& field, FieldProblem* marker);
    void setFallback(FieldProblem* marker) { m_fallback = marker; }
    /// Shows `problems` (several for one field are joined, one per line); every other marker is cleared.
    void show(const Problems& problems);

private:
    QHash<QString, FieldProblem*> m_markers;
    FieldProblem* m_fallback = nullptr;
};

} // namespace alertdesk
