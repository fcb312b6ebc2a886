// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QString>
#include <optional>

namespace alertdesk {

class Database;

/// Workspace-wide settings (table workspace_settings): key/value text, e.g. "proxy"
/// (DingTalkClient::parseProxySetting).
class SettingsRepository {
public:
    explicit SettingsRepository(Database& database);

    /// The value stored under `key`; std::nullopt when there is none.
    Result<std::optional<QString>> value(const QString& key) const;
    /// Stores `value` under `key`; std::nullopt removes the key.
    Result<void> setValue(const QString& key, const std::optional<QString>& value);

private:
    Database& m_db;
};

} // namespace alertdesk
