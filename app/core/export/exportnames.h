// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace alertdesk {

/// The ASCII names the exported files give policies and robots (receivers, bridge targets, template names,
/// environment variables). Alertmanager's and the bridge's names allow only `[a-zA-Z0-9_-]`, and operators name
/// things in Chinese, so a name that has no ASCII letters or digits becomes a prefix plus a short hash of its uuid:
/// stable across exports and renames of other records. Names are unique within their kind; a clash gets the uuid's
/// hash appended.
namespace exportnames {

/// Lower-case ASCII letters and digits of `name`, other runs of characters as one '-', no '-' at either end.
QString asciiSlug(const QString& name);
/// The first 8 hex digits of the SHA-1 of the uuid.
QString shortHash(const QString& uuid);
/// uuid -> slug for records given as (uuid, name) in their export order; every slug starts with a letter, is made of
/// `[a-z0-9-]` and is unique. `prefix` ("policy", "robot") starts the slugs that need one.
QHash<QString, QString> uniqueSlugs(const QList<std::pair<QString, QString>>& records, const QString& prefix);
/// ALERTDESK_<SLUG>_<suffix>, the slug upper-cased with '-' as '_': "ALERTDESK_OPS_TEAM_TOKEN".
QString environmentVariable(const QString& slug, const QString& suffix);

} // namespace exportnames

} // namespace alertdesk
