// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "workspacelock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace alertdesk::test {

WorkspaceLock::WorkspaceLock(const QString& path)
    : m_connection(QStringLiteral("workspace-lock-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        qWarning("WorkspaceLock: cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        return;
    }
    QSqlQuery query(db);
    m_held = query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    if (!m_held)
        qWarning("WorkspaceLock: cannot lock %s: %s", qPrintable(path), qPrintable(query.lastError().text()));
}

WorkspaceLock::~WorkspaceLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace alertdesk::test
