// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace alertdesk::sql {

/// The rows of a notification policy: the policies row and its group-by labels, recipients, rules, conditions and
/// values, each list in its own table with a position column. Internal to PolicyRepository.

/// Policies matching `where` (a WHERE clause with `?` placeholders, or empty), ordered by name.
Result<QList<NotificationPolicy>> loadPolicies(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                                               const QString& doing);
/// Inserts the policy, or updates its row; either way replaces all its child rows. Run inside a transaction.
Result<void> writePolicy(const QSqlDatabase& db, const NotificationPolicy& policy, bool insert, const QString& doing);

} // namespace alertdesk::sql
