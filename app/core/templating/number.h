// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/node.h"

#include <cstdint>
#include <optional>
#include <string>

namespace alertdesk::gotmpl {

/// parse.newNumber: fills IsInt/IsUint/IsFloat the way Go does (28800e9 is a float that is also an int).
bool parseNumber(NumberNode& n, bool isChar, bool isComplex, std::string* error);
/// strconv.ParseInt / ParseUint with base 0 (prefixes, underscores); std::nullopt on syntax or range errors.
std::optional<std::int64_t> parseGoInt(const std::string& text, int base = 0);
std::optional<std::uint64_t> parseGoUint(const std::string& text, int base = 0);
/// strconv.ParseFloat(text, 64), including hex floats and underscores.
std::optional<double> parseGoFloat(const std::string& text);

} // namespace alertdesk::gotmpl
