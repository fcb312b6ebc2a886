// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "result.h"
#include "storage/usage.h"

#include <QList>
#include <QObject>

namespace alertdesk {

class Database;

/// The only code that reads and writes policies. Every write validates the value (domain/validation.h), checks
/// what only the workspace knows (unique names, references that must exist) and runs in one transaction. Names are
/// compared ignoring case. Lists come ordered by name. Signals tell models what changed.
class PolicyRepository : public QObject {
    Q_OBJECT
public:
    explicit PolicyRepository(Database& database, QObject* parent = nullptr);

    Result<QList<NotificationPolicy>> all() const;
    Result<qsizetype> count() const;                                  ///< without reading the rows
    Result<NotificationPolicy> find(const QString& uuid) const;       ///< NotFound when there is none
    Result<NotificationPolicy> findByName(const QString& name) const; ///< ignoring case and surrounding space
    /// Assigns a uuid when empty, stamps created/updated times, returns the value as stored.
    Result<NotificationPolicy> add(NotificationPolicy value);
    /// Replaces the stored value with the same uuid; stamps updated time.
    Result<NotificationPolicy> update(NotificationPolicy value);
    Result<void> remove(const QString& uuid);
    Result<Usage> usage(const QString& uuid) const;

signals:
    void added(const QString& uuid);
    void updated(const QString& uuid);
    void removed(const QString& uuid);

private:
    Result<NotificationPolicy> save(NotificationPolicy value,
                                    bool insert); ///< validates, checks the workspace, writes, signals
    Database& m_db;
};

} // namespace alertdesk
