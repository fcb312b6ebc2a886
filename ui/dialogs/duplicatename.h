// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>
#include <functional>

namespace alertdesk {

/// The name a duplicate gets: "X (copy)", else "X (copy 2)", "X (copy 3)"... the first one `taken` says is free,
/// shortening X when the result would pass the 64-character limit.
QString duplicateName(const QString& name, const std::function<bool(const QString&)>& taken);

} // namespace alertdesk
