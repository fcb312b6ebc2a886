// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/node.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace alertdesk::gotmpl {

using TreeSet = std::map<std::string, std::shared_ptr<Tree>>;
/// The function an identifier names (builtins included), or nullptr when it names none. The functions must outlive
/// the trees parsed with it: identifier nodes keep the pointer.
using FunctionLookup = std::function<const Function*(const std::string&)>;

/// Parses `text` as the template `name` (plus the templates it defines) with Go's grammar and Go's messages
/// ("template: NAME:LINE: ..."). `findFunction` says which identifiers are functions, and which function each is.
/// Returns false and sets `error` on failure.
bool parseTemplate(const std::string& name, const std::string& text, const FunctionLookup& findFunction, TreeSet* trees,
                   std::string* error);

} // namespace alertdesk::gotmpl
