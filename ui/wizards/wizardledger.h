// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace alertdesk {

class Workspace;

/// What the "Connect to a notification policy" wizard has stored so far, step by step, so that a Cancel can say what
/// is kept and, when the operator asks, take it back: created records are removed, a contact added to an existing group
/// or a recipient added to an existing policy is taken out again. Every entry is a complete, valid record on its own.
class WizardLedger {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::WizardLedger)
public:
    enum class Kind { Robot, Contact, Group, Policy, GroupMember, PolicyRecipient };
    struct Entry {
        Kind kind;
        QString uuid;   ///< the record created, or the group / policy changed
        QString name;   ///< as shown to the operator
        QString detail; ///< GroupMember: the contact's uuid; PolicyRecipient: the recipient's "kind:uuid"
    };

    void record(Entry entry);
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(Kind kind, const QString& uuid) const;
    /// One sentence per entry, for the Cancel question ("Contact \"Zhang San\" (created)").
    QStringList describe() const;
    /// Takes everything back, newest first; `done` gets the sentences of what could not be undone (empty = all).
    void undo(Workspace& workspace, QObject* context, std::function<void(QStringList)> done);

private:
    QList<Entry> m_entries;
};

} // namespace alertdesk
