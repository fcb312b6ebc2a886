// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <string>
#include <vector>

namespace alertdesk::gotmpl {

/// text/template/parse's item types, in Go's order (keywords after Keyword).
enum class ItemType {
    Error,
    Bool,
    Char,
    CharConstant,
    Comment,
    Complex,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    Keyword,
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
};

struct Item {
    ItemType type = ItemType::Eof;
    int pos = 0; ///< byte offset in the input
    std::string val;
    int line = 1;

    /// How Go's parser quotes a token in its messages: EOF, the error text, <keyword>, "x" or "abcdefghij"...
    std::string describe() const;
};

/// Scans the whole template text the way Go's lexer does (default delimiters, comments dropped), stopping after the
/// first error or EOF item.
std::vector<Item> lexTemplate(const std::string& input, bool breakOK = true, bool continueOK = true);

} // namespace alertdesk::gotmpl
