// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>

namespace alertdesk {

/// The text of an exported file with every secret value it may hold replaced by "••••••": access tokens in webhook
/// URLs, the bridge's `secret:` and basic-auth `password:`, a password in a URL, and the bundle's "accessToken" /
/// "signSecret". For showing files on screen (the Export dialog's preview and diff, which also shows what an earlier
/// inline export left in the directory); placeholders (${...}) are kept, they are what the operator should see.
QString maskSecrets(const QString& text);

} // namespace alertdesk
