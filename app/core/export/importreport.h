// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alertdesk {

/// One thing an import could not carry over as it was, or changed on the way in: where it is in the source file
/// (file, 1-based line when known, and the YAML/JSON path such as "route.routes[2].matchers[0]") and a translated
/// sentence that says what happened and what the operator may want to do.
struct ImportNote {
    QString file;
    int line = 0; ///< 0 = unknown
    QString path;
    QString message;

    /// "alertmanager.yml:42: route.routes[2]: <message>", the way compilers point at lines.
    QString text() const;
};

/// What an import could not map, listed rather than dropped silently. Notes keep the order they were found in.
class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ImportReport)
public:
    void add(ImportNote note) { m_notes.append(std::move(note)); }
    void add(const QString& file, int line, const QString& path, const QString& message)
    {
        m_notes.append({file, line, path, message});
    }
    const QList<ImportNote>& notes() const { return m_notes; }
    bool isEmpty() const { return m_notes.isEmpty(); }
    /// Every note's text(), one a line.
    QString text() const;

private:
    QList<ImportNote> m_notes;
};

} // namespace alertdesk
