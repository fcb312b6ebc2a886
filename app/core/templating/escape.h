// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <string>
#include <string_view>

namespace alertdesk::gotmpl {

/// template.HTMLEscapeString: & ' < > " and NUL.
std::string htmlEscape(std::string_view s);
/// template.JSEscapeString.
std::string jsEscape(std::string_view s);
/// url.QueryEscape.
std::string queryEscape(std::string_view s);

} // namespace alertdesk::gotmpl
