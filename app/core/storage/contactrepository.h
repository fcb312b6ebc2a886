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

/// The only code that reads and writes contacts. Every write validates the value (domain/validation.h), checks
/// what only the workspace knows (unique names, references that must exist) and runs in one transaction. Names are
/// compared ignoring case. Lists come ordered by name. Signals tell models what changed.
class ContactRepository : public QObject {
    Q_OBJECT
public:
    explicit ContactRepository(Database& database, QObject* parent = nullptr);

    Result<QList<Contact>> all() const;
    Result<Contact> find(const QString& uuid) const;       ///< NotFound when there is none
    Result<Contact> findByName(const QString& name) const; ///< ignoring case and surrounding space
    /// Assigns a uuid when empty, stamps created/updated times, returns the value as stored.
    Result<Contact> add(Contact value);
    /// Replaces the stored value with the same uuid; stamps updated time.
    Result<Contact> update(Contact value);
    Result<void> remove(const QString& uuid);
    Result<Usage> usage(const QString& uuid) const;

signals:
    void added(const QString& uuid);
    void updated(const QString& uuid);
    void removed(const QString& uuid);

private:
    Result<Contact> save(Contact value, bool insert); ///< validates, checks the workspace, writes, signals
    Database& m_db;
};

} // namespace alertdesk
