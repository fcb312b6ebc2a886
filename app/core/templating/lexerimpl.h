// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/gofmt.h"
#include "templating/gostrings.h"
#include "templating/lexer.h"
#include "templating/value.h"

#include <cstring>

namespace alertdesk::gotmpl::lexdetail {

// text/template/parse's lexer state machine, shared by lexer.cpp (text, delimiters, spaces) and lexeractions.cpp
// (identifiers, fields, quotes, numbers).
inline constexpr int kEof = -1;
inline const std::string kLeftDelim = "{{";
inline const std::string kRightDelim = "}}";
inline const char* const kSpaceChars = " \t\r\n";

inline bool isSpace(int r)
{
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
}

inline bool isAlphaNumeric(int r)
{
    return r == '_' || (r >= 0 && (isLetter(static_cast<char32_t>(r)) || isDigit(static_cast<char32_t>(r))));
}

inline std::string runeDescription(int r) // %#U
{
    return sprintf("%#U", {Value::integer(r, types::int32Type())});
}

class Lexer {
public:
    Lexer(const std::string& input, bool breakOK, bool continueOK)
        : m_in(input)
        , m_breakOK(breakOK)
        , m_continueOK(continueOK)
    {}

    std::vector<Item> run()
    {
        using State = bool (Lexer::*)();
        State state = &Lexer::lexText;
        m_next = state;
        while (m_next) {
            State current = m_next;
            m_next = nullptr;
            if (!(this->*current)())
                break;
        }
        return std::move(m_items);
    }

private:
    using State = bool (Lexer::*)();

    int next()
    {
        if (m_pos >= static_cast<int>(m_in.size())) {
            m_atEof = true;
            return kEof;
        }
        int w = 1;
        const char32_t r = decodeRune(m_in, static_cast<std::size_t>(m_pos), &w);
        m_pos += w;
        if (r == '\n')
            ++m_line;
        return static_cast<int>(r);
    }
    int peek()
    {
        const int r = next();
        backup();
        return r;
    }
    void backup()
    {
        if (!m_atEof && m_pos > 0) {
            // step back over one rune
            int start = m_pos - 1;
            while (start > 0 && (static_cast<unsigned char>(m_in[static_cast<std::size_t>(start)]) & 0xC0) == 0x80 &&
                   m_pos - start < 4)
                --start;
            int w = 1;
            const char32_t r = decodeRune(m_in, static_cast<std::size_t>(start), &w);
            if (start + w != m_pos) {
                start = m_pos - 1;
                w = 1;
            }
            m_pos = start;
            if (r == '\n' && w == 1)
                --m_line;
        }
    }
    std::string_view rest(int from) const { return std::string_view(m_in).substr(static_cast<std::size_t>(from)); }
    bool hasPrefix(int at, const std::string& p) const
    {
        return at <= static_cast<int>(m_in.size()) && rest(at).substr(0, p.size()) == p;
    }
    int countNewlines(int from, int to) const
    {
        int n = 0;
        for (int i = from; i < to; ++i)
            n += m_in[static_cast<std::size_t>(i)] == '\n';
        return n;
    }
    void emit(ItemType t)
    {
        m_items.push_back(
            Item{t, m_start, m_in.substr(static_cast<std::size_t>(m_start), static_cast<std::size_t>(m_pos - m_start)),
                 m_startLine});
        m_start = m_pos;
        m_startLine = m_line;
    }
    void ignore()
    {
        m_line += countNewlines(m_start, m_pos);
        m_start = m_pos;
        m_startLine = m_line;
    }
    bool accept(const char* valid)
    {
        const int r = next();
        if (r > 0 && r < 0x80 && std::strchr(valid, r))
            return true;
        backup();
        return false;
    }
    void acceptRun(const char* valid)
    {
        for (int r = next(); r > 0 && r < 0x80 && std::strchr(valid, r); r = next()) {
        }
        backup();
    }
    bool errorf(std::string message)
    {
        m_items.push_back(Item{ItemType::Error, m_start, std::move(message), m_startLine});
        return false;
    }
    bool go(State s)
    {
        m_next = s;
        return true;
    }
    bool hasLeftTrimMarker(int at) const
    {
        return at + 2 <= static_cast<int>(m_in.size()) && m_in[static_cast<std::size_t>(at)] == '-' &&
               isSpace(m_in[static_cast<std::size_t>(at) + 1]);
    }
    bool hasRightTrimMarker(int at) const
    {
        return at + 2 <= static_cast<int>(m_in.size()) && isSpace(m_in[static_cast<std::size_t>(at)]) &&
               m_in[static_cast<std::size_t>(at) + 1] == '-';
    }
    int leftTrimLength(int at) const
    {
        int n = 0;
        while (at + n < static_cast<int>(m_in.size()) &&
               std::strchr(kSpaceChars, m_in[static_cast<std::size_t>(at + n)]))
            ++n;
        return n;
    }
    bool atRightDelim(bool* trimSpaces) const
    {
        if (hasRightTrimMarker(m_pos) && hasPrefix(m_pos + 2, kRightDelim)) {
            *trimSpaces = true;
            return true;
        }
        *trimSpaces = false;
        return hasPrefix(m_pos, kRightDelim);
    }
    bool atTerminator()
    {
        const int r = peek();
        if (isSpace(r))
            return true;
        switch (r) {
        case kEof:
        case '.':
        case ',':
        case '|':
        case ':':
        case ')':
        case '(':
            return true;
        default:
            return hasPrefix(m_pos, kRightDelim);
        }
    }

    bool lexText();
    bool lexLeftDelim();
    bool lexComment();
    bool lexRightDelim();
    bool lexInsideAction();
    bool lexSpace();
    bool lexIdentifier();
    bool lexFieldOrVariable(ItemType type);
    bool lexQuote(char quote, ItemType type, const char* unterminated);
    bool lexRawQuote();
    bool lexNumber();
    bool scanNumber();

    const std::string& m_in;
    bool m_breakOK;
    bool m_continueOK;
    int m_pos = 0;
    int m_start = 0;
    bool m_atEof = false;
    int m_parenDepth = 0;
    int m_line = 1;
    int m_startLine = 1;
    State m_next = nullptr;
    std::vector<Item> m_items;
};

} // namespace alertdesk::gotmpl::lexdetail
