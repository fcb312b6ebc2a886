// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "result.h"
#include "storage/usage.h"

#include <QList>
#include <QObject>

namespace alertdesk {

class Database;

/// The only code that reads and writes groups. Every write validates the value (domain/validation.h), checks
/// what only the workspace knows (unique names, references that must exist) and runs in one transaction. Names are
/// compared ignoring case. Lists come ordered by name. Signals tell models what changed.
class ContactGroupRepository : public QObject {
    Q_OBJECT
public:
    explicit ContactGroupRepository(Database& database, QObject* parent = nullptr);

    Result<QList<ContactGroup>> all() const;
    Result<qsizetype> count() const;                            ///< without reading the rows
    Result<ContactGroup> find(const QString& uuid) const;       ///< NotFound when there is none
    Result<ContactGroup> findByName(const QString& name) const; ///< ignoring case and surrounding space
    /// Assigns a uuid when empty, stamps created/updated times, returns the value as stored.
    Result<ContactGroup> add(ContactGroup value);
    /// Replaces the stored value with the same uuid; stamps updated time.
    Result<ContactGroup> update(ContactGroup value);
    Result<void> remove(const QString& uuid);
    Result<Usage> usage(const QString& uuid) const;

signals:
    void added(const QString& uuid);
    void updated(const QString& uuid);
    void removed(const QString& uuid);

private:
    Result<ContactGroup> save(ContactGroup value, bool insert); ///< validates, checks the workspace, writes, signals
    Database& m_db;
};

} // namespace alertdesk
