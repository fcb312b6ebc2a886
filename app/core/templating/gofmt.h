// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/value.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alertdesk::gotmpl {

/// Go's fmt over template values: what print, printf, println and the template's own output produce.
std::string sprint(const std::vector<Value>& args);
std::string sprintln(const std::vector<Value>& args);
/// fmt.Sprintf(format, args...): a span, so printf can pass its arguments after the format without copying them.
std::string sprintf(std::string_view format, std::span<const Value> args);
inline std::string sprintf(std::string_view format, const std::vector<Value>& args)
{
    return sprintf(format, std::span<const Value>(args));
}
/// fmt.Sprint(v) for one value (appended to `out`).
void appendValue(std::string& out, const Value& v);

/// strconv.FormatFloat(v, fmt, prec, 64) for fmt in "eEfgG" (prec -1: shortest that round-trips).
std::string formatFloat(double v, char fmt, int prec);
/// What a Stringer's String() returns, for the types of ours that have one; empty optional otherwise.
bool stringerText(const Value& v, std::string* out);

} // namespace alertdesk::gotmpl
