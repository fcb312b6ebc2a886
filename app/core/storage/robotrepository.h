// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "result.h"
#include "storage/usage.h"

#include <QList>
#include <QObject>

namespace alertdesk {

class Database;

/// The only code that reads and writes robots. Every write validates the value (domain/validation.h), checks
/// what only the workspace knows (unique names, references that must exist) and runs in one transaction. Names are
/// compared ignoring case. Lists come ordered by name. Signals tell models what changed.
class RobotRepository : public QObject {
    Q_OBJECT
public:
    explicit RobotRepository(Database& database, QObject* parent = nullptr);

    Result<QList<Robot>> all() const;
    Result<qsizetype> count() const;                     ///< without reading the rows
    Result<Robot> find(const QString& uuid) const;       ///< NotFound when there is none
    Result<Robot> findByName(const QString& name) const; ///< ignoring case and surrounding space
    /// Assigns a uuid when empty, stamps created/updated times, returns the value as stored.
    Result<Robot> add(Robot value);
    /// Replaces the stored value with the same uuid; stamps updated time.
    Result<Robot> update(Robot value);
    Result<void> remove(const QString& uuid);
    Result<Usage> usage(const QString& uuid) const;

signals:
    void added(const QString& uuid);
    void updated(const QString& uuid);
    void removed(const QString& uuid);

private:
    Result<Robot> save(Robot value, bool insert); ///< validates, checks the workspace, writes, signals
    Database& m_db;
};

} // namespace alertdesk
