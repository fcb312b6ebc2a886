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

/// Parses `text` as the template `name` (plus the templates it defines) with Go's grammar and Go's messages
/// ("template: NAME:LINE: ..."). `hasFunction` says which identifiers are functions (builtins included).
/// Returns false and sets `error` on failure.
bool parseTemplate(const std::string& name, const std::string& text,
                   const std::function<bool(const std::string&)>& hasFunction, TreeSet* trees, std::string* error);

} // namespace alertdesk::gotmpl
