// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/lexer.h"

#include "templating/lexerimpl.h"

namespace alertdesk::gotmpl {

std::string Item::describe() const
{
    if (type == ItemType::Eof)
        return "EOF";
    if (type == ItemType::Error)
        return val;
    if (type > ItemType::Keyword)
        return "<" + val + ">";
    if (val.size() > 10)
        return sprintf("%.10q...", {Value::string(val)});
    return quote(val);
}

namespace lexdetail {

bool Lexer::lexText()
{
    const auto x = m_in.find(kLeftDelim, static_cast<std::size_t>(m_pos));
    if (x != std::string::npos) {
        m_pos = static_cast<int>(x);
        int trimLength = 0;
        if (hasLeftTrimMarker(m_pos + 2)) {
            int p = m_pos;
            while (p > m_start && std::strchr(kSpaceChars, m_in[static_cast<std::size_t>(p - 1)]))
                --p;
            trimLength = m_pos - p;
        }
        m_pos -= trimLength;
        if (m_pos > m_start) {
            m_line += countNewlines(m_start, m_pos);
            emit(ItemType::Text);
        }
        m_pos += trimLength;
        ignore();
        return go(&Lexer::lexLeftDelim);
    }
    m_pos = static_cast<int>(m_in.size());
    if (m_pos > m_start) {
        m_line += countNewlines(m_start, m_pos);
        emit(ItemType::Text);
    }
    emit(ItemType::Eof);
    return false;
}

bool Lexer::lexLeftDelim()
{
    m_pos += 2;
    const bool trimSpace = hasLeftTrimMarker(m_pos);
    const int afterMarker = trimSpace ? 2 : 0;
    if (hasPrefix(m_pos + afterMarker, "/*")) {
        m_pos += afterMarker;
        ignore();
        return go(&Lexer::lexComment);
    }
    emit(ItemType::LeftDelim);
    m_pos += afterMarker;
    ignore();
    m_parenDepth = 0;
    return go(&Lexer::lexInsideAction);
}

bool Lexer::lexComment()
{
    m_pos += 2;
    const auto i = m_in.find("*/", static_cast<std::size_t>(m_pos));
    if (i == std::string::npos)
        return errorf("unclosed comment");
    m_pos = static_cast<int>(i) + 2;
    bool trimSpace = false;
    if (!atRightDelim(&trimSpace))
        return errorf("comment ends before closing delimiter");
    if (trimSpace)
        m_pos += 2;
    m_pos += 2;
    if (trimSpace)
        m_pos += leftTrimLength(m_pos);
    ignore();
    return go(&Lexer::lexText);
}

bool Lexer::lexRightDelim()
{
    const bool trimSpace = hasRightTrimMarker(m_pos);
    if (trimSpace) {
        m_pos += 2;
        ignore();
    }
    m_pos += 2;
    emit(ItemType::RightDelim);
    if (trimSpace) {
        m_pos += leftTrimLength(m_pos);
        ignore();
    }
    return go(&Lexer::lexText);
}

bool Lexer::lexInsideAction()
{
    bool trim = false;
    if (atRightDelim(&trim)) {
        if (m_parenDepth == 0)
            return go(&Lexer::lexRightDelim);
        return errorf("unclosed left paren");
    }
    const int r = next();
    if (r == kEof)
        return errorf("unclosed action");
    if (isSpace(r)) {
        backup();
        return go(&Lexer::lexSpace);
    }
    switch (r) {
    case '=':
        emit(ItemType::Assign);
        return go(&Lexer::lexInsideAction);
    case ':':
        if (next() != '=')
            return errorf("expected :=");
        emit(ItemType::Declare);
        return go(&Lexer::lexInsideAction);
    case '|':
        emit(ItemType::Pipe);
        return go(&Lexer::lexInsideAction);
    case '"':
        return lexQuote('"', ItemType::String, "unterminated quoted string");
    case '`':
        return lexRawQuote();
    case '$':
        if (atTerminator()) {
            emit(ItemType::Variable);
            return go(&Lexer::lexInsideAction);
        }
        return lexFieldOrVariable(ItemType::Variable);
    case '\'':
        return lexQuote('\'', ItemType::CharConstant, "unterminated character constant");
    case '(':
        emit(ItemType::LeftParen);
        ++m_parenDepth;
        return go(&Lexer::lexInsideAction);
    case ')':
        emit(ItemType::RightParen);
        --m_parenDepth;
        if (m_parenDepth < 0)
            return errorf("unexpected right paren " + runeDescription(r));
        return go(&Lexer::lexInsideAction);
    default:
        break;
    }
    if (r == '.') {
        if (m_pos < static_cast<int>(m_in.size())) {
            const char c = m_in[static_cast<std::size_t>(m_pos)];
            if (c < '0' || c > '9')
                return lexFieldOrVariable(ItemType::Field);
        }
        backup();
        return lexNumber();
    }
    if (r == '+' || r == '-' || (r >= '0' && r <= '9')) {
        backup();
        return lexNumber();
    }
    if (isAlphaNumeric(r)) {
        backup();
        return lexIdentifier();
    }
    if (r < 0x80 && r >= 0x20 && r < 0x7F) {
        emit(ItemType::Char);
        return go(&Lexer::lexInsideAction);
    }
    return errorf("unrecognized character in action: " + runeDescription(r));
}

bool Lexer::lexSpace()
{
    int numSpaces = 0;
    while (isSpace(peek())) {
        next();
        ++numSpaces;
    }
    if (hasRightTrimMarker(m_pos - 1) && hasPrefix(m_pos + 1, kRightDelim)) {
        backup();
        if (numSpaces == 1)
            return go(&Lexer::lexRightDelim);
    }
    emit(ItemType::Space);
    return go(&Lexer::lexInsideAction);
}

} // namespace lexdetail

std::vector<Item> lexTemplate(const std::string& input, bool breakOK, bool continueOK)
{
    return lexdetail::Lexer(input, breakOK, continueOK).run();
}

} // namespace alertdesk::gotmpl
