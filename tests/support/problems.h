// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QStringList>

namespace alertdesk::test {

/// The fields of `problems`, in order, for comparing with the expected ones. Every problem must be Invalid with a
/// field and a sentence; otherwise the single entry "<problem without kind, field or message>" makes the test fail.
QStringList fields(const Problems& problems);
/// "field: sentence" lines, for failure messages; "(no problems)" when there are none.
QString describe(const Problems& problems);

} // namespace alertdesk::test
