// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/lexerimpl.h"

namespace alertdesk::gotmpl::lexdetail {

bool Lexer::lexIdentifier()
{
    int r = 0;
    do {
        r = next();
    } while (isAlphaNumeric(r));
    backup();
    const std::string word = m_in.substr(static_cast<std::size_t>(m_start), static_cast<std::size_t>(m_pos - m_start));
    if (!atTerminator())
        return errorf("bad character " + runeDescription(r));
    static const std::pair<const char*, ItemType> keywords[] = {
        {"block", ItemType::Block},
        {"break", ItemType::Break},
        {"continue", ItemType::Continue},
        {"define", ItemType::Define},
        {"else", ItemType::Else},
        {"end", ItemType::End},
        {"if", ItemType::If},
        {"range", ItemType::Range},
        {"nil", ItemType::Nil},
        {"template", ItemType::Template},
        {"with", ItemType::With},
    };
    for (const auto& [name, type] : keywords) {
        if (word == name) {
            if ((type == ItemType::Break && !m_breakOK) || (type == ItemType::Continue && !m_continueOK))
                emit(ItemType::Identifier);
            else
                emit(type);
            return go(&Lexer::lexInsideAction);
        }
    }
    emit(word == "true" || word == "false" ? ItemType::Bool : ItemType::Identifier);
    return go(&Lexer::lexInsideAction);
}

bool Lexer::lexFieldOrVariable(ItemType type)
{
    if (atTerminator()) {
        emit(type == ItemType::Variable ? ItemType::Variable : ItemType::Dot);
        return go(&Lexer::lexInsideAction);
    }
    int r = 0;
    for (;;) {
        r = next();
        if (!isAlphaNumeric(r)) {
            backup();
            break;
        }
    }
    if (!atTerminator())
        return errorf("bad character " + runeDescription(r));
    emit(type);
    return go(&Lexer::lexInsideAction);
}

bool Lexer::lexQuote(char quote, ItemType type, const char* unterminated)
{
    for (;;) {
        int r = next();
        if (r == '\\') {
            r = next();
            if (r != kEof && r != '\n')
                continue;
            return errorf(unterminated);
        }
        if (r == kEof || r == '\n')
            return errorf(unterminated);
        if (r == quote)
            break;
    }
    emit(type);
    return go(&Lexer::lexInsideAction);
}

bool Lexer::lexRawQuote()
{
    for (;;) {
        const int r = next();
        if (r == kEof)
            return errorf("unterminated raw quoted string");
        if (r == '`')
            break;
    }
    emit(ItemType::RawString);
    return go(&Lexer::lexInsideAction);
}

bool Lexer::lexNumber()
{
    auto bad = [this] {
        return errorf("bad number syntax: " +
                      quote(m_in.substr(static_cast<std::size_t>(m_start), static_cast<std::size_t>(m_pos - m_start))));
    };
    if (!scanNumber())
        return bad();
    const int sign = peek();
    if (sign == '+' || sign == '-') {
        if (!scanNumber() || m_in[static_cast<std::size_t>(m_pos - 1)] != 'i')
            return bad();
        emit(ItemType::Complex);
    } else {
        emit(ItemType::Number);
    }
    return go(&Lexer::lexInsideAction);
}

bool Lexer::scanNumber()
{
    accept("+-");
    const char* digits = "0123456789_";
    if (accept("0")) {
        if (accept("xX"))
            digits = "0123456789abcdefABCDEF_";
        else if (accept("oO"))
            digits = "01234567_";
        else if (accept("bB"))
            digits = "01_";
    }
    acceptRun(digits);
    if (accept("."))
        acceptRun(digits);
    const std::size_t len = std::strlen(digits);
    if (len == 11 && accept("eE")) {
        accept("+-");
        acceptRun("0123456789_");
    }
    if (len == 23 && accept("pP")) {
        accept("+-");
        acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
        next();
        return false;
    }
    return true;
}

} // namespace alertdesk::gotmpl::lexdetail
