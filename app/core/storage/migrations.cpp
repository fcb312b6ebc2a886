// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/migrations.h"

namespace alertdesk {

namespace {

// Portable SQL only: TEXT/INTEGER/BLOB, no AUTOINCREMENT, no COLLATE. Names are unique through `name_key`
// (nameKey() of the name) so that the comparison rule lives in C++, not in one database's collation.
// Never edit a migration that has shipped: add a new one.

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE robots ("
                       " uuid TEXT NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " avatar BLOB,"
                       " endpoint TEXT NOT NULL,"
                       " signing INTEGER NOT NULL DEFAULT 0,"
                       " terms_accepted_at TEXT,"
                       " enabled INTEGER NOT NULL DEFAULT 1,"
                       " notes TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE robot_keywords ("
                       " robot_uuid TEXT NOT NULL REFERENCES robots(uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " keyword TEXT NOT NULL,"
                       " PRIMARY KEY (robot_uuid, position),"
                       " UNIQUE (robot_uuid, keyword))"),
        QStringLiteral("CREATE TABLE robot_ip_ranges ("
                       " robot_uuid TEXT NOT NULL REFERENCES robots(uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " ip_range TEXT NOT NULL,"
                       " PRIMARY KEY (robot_uuid, position),"
                       " UNIQUE (robot_uuid, ip_range))"),
        QStringLiteral("CREATE TABLE contacts ("
                       " uuid TEXT NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " phone TEXT,"
                       " email TEXT,"
                       " user_id TEXT,"
                       " robot_uuid TEXT REFERENCES robots(uuid) ON DELETE SET NULL,"
                       " notes TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX contacts_robot ON contacts (robot_uuid)"),
        QStringLiteral("CREATE TABLE contact_groups ("
                       " uuid TEXT NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " description TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE contact_group_members ("
                       " group_uuid TEXT NOT NULL REFERENCES contact_groups(uuid) ON DELETE CASCADE,"
                       " contact_uuid TEXT NOT NULL REFERENCES contacts(uuid) ON DELETE CASCADE,"
                       " PRIMARY KEY (group_uuid, contact_uuid))"),
        QStringLiteral("CREATE INDEX contact_group_members_contact ON contact_group_members (contact_uuid)"),
        QStringLiteral("CREATE TABLE policies ("
                       " uuid TEXT NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " enabled INTEGER NOT NULL DEFAULT 1,"
                       " description TEXT,"
                       " group_wait_seconds INTEGER NOT NULL,"
                       " group_interval_seconds INTEGER NOT NULL,"
                       " repeat_interval_seconds INTEGER NOT NULL,"
                       " send_resolved INTEGER NOT NULL DEFAULT 1,"
                       " window_days TEXT,"
                       " window_start TEXT,"
                       " window_end TEXT,"
                       " window_time_zone TEXT,"
                       " message_type TEXT NOT NULL,"
                       " title_template TEXT,"
                       " text_template TEXT,"
                       " dialect TEXT NOT NULL,"
                       " mention TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE policy_group_by ("
                       " policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " PRIMARY KEY (policy_uuid, position))"),
        QStringLiteral("CREATE TABLE policy_recipients ("
                       " policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('contact', 'group', 'robot')),"
                       " contact_uuid TEXT REFERENCES contacts(uuid) ON DELETE CASCADE,"
                       " group_uuid TEXT REFERENCES contact_groups(uuid) ON DELETE CASCADE,"
                       " robot_uuid TEXT REFERENCES robots(uuid) ON DELETE CASCADE,"
                       " PRIMARY KEY (policy_uuid, position),"
                       " CHECK ((kind = 'contact' AND contact_uuid IS NOT NULL AND group_uuid IS NULL"
                       " AND robot_uuid IS NULL)"
                       " OR (kind = 'group' AND group_uuid IS NOT NULL AND contact_uuid IS NULL AND robot_uuid IS NULL)"
                       " OR (kind = 'robot' AND robot_uuid IS NOT NULL AND contact_uuid IS NULL"
                       " AND group_uuid IS NULL)))"),
        QStringLiteral("CREATE INDEX policy_recipients_contact ON policy_recipients (contact_uuid)"),
        QStringLiteral("CREATE INDEX policy_recipients_group ON policy_recipients (group_uuid)"),
        QStringLiteral("CREATE INDEX policy_recipients_robot ON policy_recipients (robot_uuid)"),
        QStringLiteral("CREATE TABLE match_rules ("
                       " policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (policy_uuid, position))"),
        QStringLiteral("CREATE TABLE match_conditions ("
                       " policy_uuid TEXT NOT NULL,"
                       " rule_position INTEGER NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " operator TEXT NOT NULL CHECK (operator IN ('eq', 'neq', 're', 'nre', 'in', 'nin')),"
                       " PRIMARY KEY (policy_uuid, rule_position, position),"
                       " FOREIGN KEY (policy_uuid, rule_position) REFERENCES match_rules (policy_uuid, position)"
                       " ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE match_condition_values ("
                       " policy_uuid TEXT NOT NULL,"
                       " rule_position INTEGER NOT NULL,"
                       " condition_position INTEGER NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " value TEXT NOT NULL,"
                       " PRIMARY KEY (policy_uuid, rule_position, condition_position, position),"
                       " FOREIGN KEY (policy_uuid, rule_position, condition_position)"
                       " REFERENCES match_conditions (policy_uuid, rule_position, position) ON DELETE CASCADE)"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE workspace_settings ("
                       " key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT)"),
        QStringLiteral("CREATE TABLE test_sends ("
                       " id INTEGER NOT NULL PRIMARY KEY,"
                       " sent_at TEXT NOT NULL,"
                       " robot_uuid TEXT REFERENCES robots(uuid) ON DELETE SET NULL,"
                       " robot_name TEXT,"
                       " policy_uuid TEXT,"
                       " outcome TEXT NOT NULL,"
                       " errcode INTEGER,"
                       " errmsg TEXT)"),
        QStringLiteral("CREATE INDEX test_sends_robot ON test_sends (robot_uuid)"),
        QStringLiteral("CREATE INDEX test_sends_sent_at ON test_sends (sent_at)"),
    };
}

// The 20-messages-a-minute budget, shared by every program using the workspace: one row per send (slot) and one
// marker per robot DingTalk throttled. No foreign key on robot_uuid: a robot being set up (not saved yet) has a
// budget too; rows expire on their own (RateBudget forgets slots older than a minute). Test-send history gains what
// the history view shows.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE send_slots ("
                       " id INTEGER NOT NULL PRIMARY KEY,"
                       " robot_uuid TEXT NOT NULL,"
                       " sent_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX send_slots_robot ON send_slots (robot_uuid, sent_at_ms)"),
        QStringLiteral("CREATE INDEX send_slots_sent_at ON send_slots (sent_at_ms)"),
        QStringLiteral("CREATE TABLE robot_throttles ("
                       " robot_uuid TEXT NOT NULL PRIMARY KEY,"
                       " throttled_until_ms INTEGER NOT NULL,"
                       " errcode INTEGER)"),
        QStringLiteral("ALTER TABLE test_sends ADD COLUMN policy_name TEXT"),
        QStringLiteral("ALTER TABLE test_sends ADD COLUMN msgtype TEXT"),
        QStringLiteral("ALTER TABLE test_sends ADD COLUMN http_status INTEGER"),
        QStringLiteral("ALTER TABLE test_sends ADD COLUMN latency_ms INTEGER"),
    };
}

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1, QStringLiteral("robots, contacts, contact groups, notification policies"), version1()},
        {2, QStringLiteral("test send history, workspace settings"), version2()},
        {3, QStringLiteral("per-robot send budget, throttle markers, richer test send history"), version3()},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace alertdesk
