// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QString>
#include <optional>

namespace alertdesk {

class Database;

/// Workspace-wide settings (table workspace_settings): key/value text, e.g. "proxy"
/// (DingTalkClient::parseProxySetting) and "servers-time-zone".
class SettingsRepository {
public:
    explicit SettingsRepository(Database& database);

    /// The value stored under `key`; std::nullopt when there is none.
    Result<std::optional<QString>> value(const QString& key) const;
    /// Stores `value` under `key`; std::nullopt removes the key.
    Result<void> setValue(const QString& key, const std::optional<QString>& value);

    /// The key of the servers' time zone: the zone Alertmanager and the DingTalk bridge run in (their TZ), which is
    /// Go's Local when they render a message, so every preview renders in it.
    static QString serversTimeZoneKey() { return QStringLiteral("servers-time-zone"); }
    /// The servers' time zone (an IANA name such as "Asia/Shanghai"): the setting, else this machine's own zone.
    Result<QString> serversTimeZone() const;
    /// Sets it (checked against the system's time zone database: an unknown name is refused with a sentence), or
    /// with std::nullopt goes back to this machine's zone.
    Result<void> setServersTimeZone(const std::optional<QString>& zone);
    /// This machine's own IANA zone ("UTC" when the system names none).
    static QString systemTimeZone();

private:
    Database& m_db;
};

} // namespace alertdesk
