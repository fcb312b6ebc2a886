// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/settingsrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "templating/gotemplate.h"

#include <QCoreApplication>

namespace alertdesk {

SettingsRepository::SettingsRepository(Database& database)
    : m_db(database)
{}

Result<std::optional<QString>> SettingsRepository::value(const QString& key) const
{
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), {key},
                 QCoreApplication::translate("alertdesk::SettingsRepository", "read the workspace settings"));
    if (!query)
        return query.error();
    if (!query.value().next()) {
        if (auto done = sql::finished(query.value(), QCoreApplication::translate("alertdesk::SettingsRepository",
                                                                                 "read the workspace settings"));
            !done)
            return done.error();
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value().value(0).toString());
}

Result<void> SettingsRepository::setValue(const QString& key, const std::optional<QString>& value)
{
    const QString doing = QCoreApplication::translate("alertdesk::SettingsRepository", "save the workspace settings");
    const QSqlDatabase db = m_db.connection();
    return m_db.transaction([&]() -> Result<void> {
        auto removed = sql::exec(db, QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"), {key}, doing);
        if (!removed || !value)
            return removed;
        return sql::exec(db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), {key, *value},
                         doing);
    });
}

QString SettingsRepository::systemTimeZone()
{
    return systemTimeZoneName();
}

Result<QString> SettingsRepository::serversTimeZone() const
{
    auto stored = value(serversTimeZoneKey());
    if (!stored)
        return stored.error();
    return stored.value().value_or(systemTimeZone());
}

Result<void> SettingsRepository::setServersTimeZone(const std::optional<QString>& zone)
{
    if (zone && (zone->trimmed().isEmpty() || !isKnownTimeZone(zone->trimmed())))
        return Error::invalid(serversTimeZoneKey(),
                              QCoreApplication::translate("alertdesk::SettingsRepository",
                                                          "\"%1\" is not a time zone this system knows. Give the "
                                                          "zone the servers run in as an IANA name, such as "
                                                          "Asia/Shanghai, UTC or Europe/Berlin (see timedatectl "
                                                          "list-timezones).")
                                  .arg(*zone));
    return setValue(serversTimeZoneKey(), zone ? std::optional<QString>(zone->trimmed()) : std::nullopt);
}

} // namespace alertdesk
