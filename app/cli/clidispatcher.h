// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QStringList>

namespace alertdesk {

/// alertdeskctl [--db PATH] [--json] ENTITY VERB [OPTIONS]: picks the entity and verb, parses the verb's options
/// (global options are accepted anywhere), prints help where asked, and returns the exit status.
int runCli(const QStringList& arguments);

} // namespace alertdesk
