// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace alertdesk {

/// One step of the schema: applied to a database at version `version - 1`, leaves it at `version`.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements; ///< portable SQL, one statement each
};

/// All migrations in order; the last one's version is the schema version this build writes.
const QList<Migration>& schemaMigrations();
int currentSchemaVersion();

} // namespace alertdesk
