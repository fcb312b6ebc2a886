// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/alertdata.h"
#include "templating/function.h"

#include <string_view>

namespace alertdesk::gotmpl {

/// The functions a dialect adds to Go's builtins: Alertmanager 0.25's DefaultFuncs, or the DingTalk bridge's
/// toUpper/toLower/markdown plus sprig's text functions (sprig wins names both define, as in the bridge).
const FuncMap& dialectFunctions(Dialect dialect);
void addSprigFunctions(FuncMap& m);
/// cases.Title(language.AmericanEnglish).String.
std::string titleCase(std::string_view s);

} // namespace alertdesk::gotmpl
