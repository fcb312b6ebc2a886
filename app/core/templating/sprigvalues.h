// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/function.h"

#include <string>
#include <vector>

namespace alertdesk::gotmpl::sprig {

/// sprig's strval: strings as they are, Stringers by String(), everything else fmt's %v.
std::string strval(const Value& v);
/// spf13/cast ToInt64 / ToFloat64 (failures give 0, as sprig ignores them).
std::int64_t toInt64(const Value& v);
double toFloat64(const Value& v);
/// sprig's empty().
bool empty(const Value& v);
/// sprig's strslice(): a list's non-nil elements as strings, or the value itself as one string.
std::vector<std::string> strslice(const Value& v);
Value stringList(const std::vector<std::string>& items);
bool isNilValue(const Value& v);
/// json.Marshal of a template value (MarshalIndent with two spaces when `indent`).
std::string toJson(const Value& v, bool indent);

void addStringFunctions(FuncMap& m);
void addListFunctions(FuncMap& m);

} // namespace alertdesk::gotmpl::sprig
