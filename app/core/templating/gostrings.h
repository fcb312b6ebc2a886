// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace alertdesk::gotmpl {

/// Go's string helpers over UTF-8 bytes (unicode/utf8, strconv's quoting, unicode.IsPrint).
constexpr char32_t kRuneError = 0xFFFD;

/// The rune at `pos` and its width in bytes; kRuneError with width 1 for an invalid encoding (utf8.DecodeRuneInString).
char32_t decodeRune(std::string_view s, std::size_t pos, int* width);
void appendRune(std::string& out, char32_t r);
std::size_t runeCount(std::string_view s);
bool isPrint(char32_t r);
bool isLetter(char32_t r);
bool isDigit(char32_t r);
bool isSpaceRune(char32_t r); ///< unicode.IsSpace
char32_t toUpperRune(char32_t r);
char32_t toLowerRune(char32_t r);
char32_t toTitleRune(char32_t r);
std::string toUpper(std::string_view s);
std::string toLower(std::string_view s);

/// strconv.Quote (asciiOnly: QuoteToASCII).
std::string quote(std::string_view s, bool asciiOnly = false);
/// strconv.QuoteRune / QuoteRuneToASCII.
std::string quoteRune(char32_t r, bool asciiOnly = false);
/// strconv.CanBackquote.
bool canBackquote(std::string_view s);
/// strconv.Unquote; std::nullopt on "invalid syntax".
std::optional<std::string> unquote(std::string_view s);
/// strconv.UnquoteChar: decodes one (possibly escaped) character at the start of `s`; quote is the enclosing quote.
bool unquoteChar(std::string_view s, char quote, char32_t* value, bool* multibyte, std::string_view* tail);

} // namespace alertdesk::gotmpl
