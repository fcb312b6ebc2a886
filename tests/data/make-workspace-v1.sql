-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: AlertDesk contributors
--
-- A workspace as AlertDesk wrote it at schema v1, for tst_migrations. The schema is migration 1 of
-- app/core/storage/migrations.cpp, verbatim. Regenerate with:
--   rm -f tests/data/workspace-v1.sqlite && sqlite3 tests/data/workspace-v1.sqlite < tests/data/make-workspace-v1.sql
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TABLE robots ( uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, avatar BLOB, endpoint TEXT NOT NULL, signing INTEGER NOT NULL DEFAULT 0, terms_accepted_at TEXT, enabled INTEGER NOT NULL DEFAULT 1, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE robot_keywords ( robot_uuid TEXT NOT NULL REFERENCES robots(uuid) ON DELETE CASCADE, position INTEGER NOT NULL, keyword TEXT NOT NULL, PRIMARY KEY (robot_uuid, position), UNIQUE (robot_uuid, keyword));
CREATE TABLE robot_ip_ranges ( robot_uuid TEXT NOT NULL REFERENCES robots(uuid) ON DELETE CASCADE, position INTEGER NOT NULL, ip_range TEXT NOT NULL, PRIMARY KEY (robot_uuid, position), UNIQUE (robot_uuid, ip_range));
CREATE TABLE contacts ( uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, phone TEXT, email TEXT, user_id TEXT, robot_uuid TEXT REFERENCES robots(uuid) ON DELETE SET NULL, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX contacts_robot ON contacts (robot_uuid);
CREATE TABLE contact_groups ( uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, description TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE contact_group_members ( group_uuid TEXT NOT NULL REFERENCES contact_groups(uuid) ON DELETE CASCADE, contact_uuid TEXT NOT NULL REFERENCES contacts(uuid) ON DELETE CASCADE, PRIMARY KEY (group_uuid, contact_uuid));
CREATE INDEX contact_group_members_contact ON contact_group_members (contact_uuid);
CREATE TABLE policies ( uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, enabled INTEGER NOT NULL DEFAULT 1, description TEXT, group_wait_seconds INTEGER NOT NULL, group_interval_seconds INTEGER NOT NULL, repeat_interval_seconds INTEGER NOT NULL, send_resolved INTEGER NOT NULL DEFAULT 1, window_days TEXT, window_start TEXT, window_end TEXT, window_time_zone TEXT, message_type TEXT NOT NULL, title_template TEXT, text_template TEXT, dialect TEXT NOT NULL, mention TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE policy_group_by ( policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE, position INTEGER NOT NULL, label TEXT NOT NULL, PRIMARY KEY (policy_uuid, position));
CREATE TABLE policy_recipients ( policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('contact', 'group', 'robot')), contact_uuid TEXT REFERENCES contacts(uuid) ON DELETE CASCADE, group_uuid TEXT REFERENCES contact_groups(uuid) ON DELETE CASCADE, robot_uuid TEXT REFERENCES robots(uuid) ON DELETE CASCADE, PRIMARY KEY (policy_uuid, position), CHECK ((kind = 'contact' AND contact_uuid IS NOT NULL AND group_uuid IS NULL AND robot_uuid IS NULL) OR (kind = 'group' AND group_uuid IS NOT NULL AND contact_uuid IS NULL AND robot_uuid IS NULL) OR (kind = 'robot' AND robot_uuid IS NOT NULL AND contact_uuid IS NULL AND group_uuid IS NULL)));
CREATE INDEX policy_recipients_contact ON policy_recipients (contact_uuid);
CREATE INDEX policy_recipients_group ON policy_recipients (group_uuid);
CREATE INDEX policy_recipients_robot ON policy_recipients (robot_uuid);
CREATE TABLE match_rules ( policy_uuid TEXT NOT NULL REFERENCES policies(uuid) ON DELETE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (policy_uuid, position));
CREATE TABLE match_conditions ( policy_uuid TEXT NOT NULL, rule_position INTEGER NOT NULL, position INTEGER NOT NULL, label TEXT NOT NULL, operator TEXT NOT NULL CHECK (operator IN ('eq', 'neq', 're', 'nre', 'in', 'nin')), PRIMARY KEY (policy_uuid, rule_position, position), FOREIGN KEY (policy_uuid, rule_position) REFERENCES match_rules (policy_uuid, position) ON DELETE CASCADE);
CREATE TABLE match_condition_values ( policy_uuid TEXT NOT NULL, rule_position INTEGER NOT NULL, condition_position INTEGER NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (policy_uuid, rule_position, condition_position, position), FOREIGN KEY (policy_uuid, rule_position, condition_position) REFERENCES match_conditions (policy_uuid, rule_position, position) ON DELETE CASCADE);

INSERT INTO robots VALUES ('11111111-1111-4111-8111-111111111111', 'Ops Robot', 'ops robot', NULL,
    'https://oapi.dingtalk.com/robot/send', 1, '2024-03-01T08:00:00.000Z', 1, 'Main ops group',
    '2024-03-01T08:00:00.000Z', '2024-03-02T09:30:00.250Z');
INSERT INTO robot_keywords VALUES ('11111111-1111-4111-8111-111111111111', 0, 'Alarm');
INSERT INTO robot_keywords VALUES ('11111111-1111-4111-8111-111111111111', 1, 'Dispatch');
INSERT INTO robots VALUES ('22222222-2222-4222-8222-222222222222', 'Backup Robot', 'backup robot', NULL,
    'https://oapi.dingtalk.com/robot/send', 0, '2024-03-01T08:05:00.000Z', 0, NULL,
    '2024-03-01T08:05:00.000Z', '2024-03-01T08:05:00.000Z');
INSERT INTO robot_ip_ranges VALUES ('22222222-2222-4222-8222-222222222222', 0, '203.0.113.0/24');
INSERT INTO robot_ip_ranges VALUES ('22222222-2222-4222-8222-222222222222', 1, '198.51.100.7');

INSERT INTO contacts VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'Alice', 'alice', '+852-12345678', NULL,
    'alice01', '11111111-1111-4111-8111-111111111111', NULL, '2024-03-01T08:10:00.000Z', '2024-03-01T08:10:00.000Z');
INSERT INTO contacts VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'Bob', 'bob', NULL, 'bob@example.com',
    NULL, '22222222-2222-4222-8222-222222222222', 'Night shift', '2024-03-01T08:11:00.000Z', '2024-03-01T08:11:00.000Z');
INSERT INTO contacts VALUES ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'Carol', 'carol', '13800000000', NULL,
    NULL, NULL, NULL, '2024-03-01T08:12:00.000Z', '2024-03-01T08:12:00.000Z');

INSERT INTO contact_groups VALUES ('99999999-9999-4999-8999-999999999999', 'On-call', 'on-call', 'Primary rotation',
    '2024-03-01T08:20:00.000Z', '2024-03-01T08:20:00.000Z');
INSERT INTO contact_group_members VALUES ('99999999-9999-4999-8999-999999999999', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc');
INSERT INTO contact_group_members VALUES ('99999999-9999-4999-8999-999999999999', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

INSERT INTO policies VALUES ('eeeeeeee-0000-4000-8000-000000000001', 'Critical', 'critical', 1, 'Pages on-call',
    10, 60, 3600, 1, 'mon,tue,wed,thu,fri', '09:00', '18:00', 'Asia/Shanghai', 'markdown',
    '{{ .CommonLabels.alertname }}', '{{ range .Alerts }}{{ .Annotations.summary }}{{ end }}', 'alertmanager',
    'recipients', '2024-03-01T08:30:00.000Z', '2024-03-01T08:30:00.000Z');
INSERT INTO policy_group_by VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 'alertname');
INSERT INTO policy_group_by VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1, 'cluster');
INSERT INTO policy_recipients VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 'group', NULL,
    '99999999-9999-4999-8999-999999999999', NULL);
INSERT INTO policy_recipients VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1, 'robot', NULL, NULL,
    '22222222-2222-4222-8222-222222222222');
INSERT INTO match_rules VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0);
INSERT INTO match_conditions VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 0, 'severity', 'eq');
INSERT INTO match_condition_values VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 0, 0, 'critical');
INSERT INTO match_conditions VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 1, 'env', 'in');
INSERT INTO match_condition_values VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 1, 0, 'prod');
INSERT INTO match_condition_values VALUES ('eeeeeeee-0000-4000-8000-000000000001', 0, 1, 1, 'staging');
INSERT INTO match_rules VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1);
INSERT INTO match_conditions VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1, 0, 'alertname', 're');
INSERT INTO match_condition_values VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1, 0, 0, 'Disk.*');

INSERT INTO policies VALUES ('eeeeeeee-0000-4000-8000-000000000002', 'Everything', 'everything', 0, NULL,
    30, 300, 14400, 0, NULL, NULL, NULL, NULL, 'text', NULL, NULL, 'dingtalk-bridge', 'none',
    '2024-03-01T08:40:00.000Z', '2024-03-01T08:40:00.000Z');
INSERT INTO policy_group_by VALUES ('eeeeeeee-0000-4000-8000-000000000002', 0, 'alertname');
INSERT INTO policy_recipients VALUES ('eeeeeeee-0000-4000-8000-000000000002', 0, 'contact',
    'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', NULL, NULL);

COMMIT;
PRAGMA user_version = 1;
