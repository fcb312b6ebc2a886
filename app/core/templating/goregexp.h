// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <string>

namespace alertdesk::gotmpl {

/// Go's regexp over QRegularExpression (RE2 and PCRE agree on the syntax templates use). Failures set `error`.
bool regexMatch(const std::string& pattern, const std::string& text, bool* matched, std::string* error);
/// Regexp.ReplaceAllString (with $1 / ${name} expansion) or ReplaceAllLiteralString.
bool regexReplaceAll(const std::string& pattern, const std::string& text, const std::string& repl, bool literal,
                     std::string* out, std::string* error);
/// regexp's quote() for MustCompile's panic message: backquoted when possible.
std::string regexQuote(const std::string& pattern);
/// Regexp.FindString.
bool regexFind(const std::string& pattern, const std::string& text, std::string* out, std::string* error);

} // namespace alertdesk::gotmpl
