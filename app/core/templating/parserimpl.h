// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/gostrings.h"
#include "templating/lexer.h"
#include "templating/parser.h"

#include <algorithm>
#include <iterator>

namespace alertdesk::gotmpl::parsedetail {

// text/template/parse's Tree while parsing, shared by parser.cpp (lists and control structures) and
// parserpipeline.cpp (pipelines, commands, operands).
struct ParseError {
    std::string message;
};

// The shared state of one Parse call: the token stream and the tree set.
struct Stream {
    std::vector<Item> items;
    std::size_t next = 0;
    Item take()
    {
        if (next < items.size())
            return items[next++];
        return items.back(); // EOF or error repeats
    }
};

class Parser {
public:
    Parser(std::string name, Stream& stream, const Parser* parent, const FunctionLookup& findFunction, TreeSet& trees,
           std::shared_ptr<const std::string> parseName, std::shared_ptr<const std::string> text)
        : m_stream(stream)
        , m_findFunction(findFunction)
        , m_trees(trees)
    {
        m_tree = std::make_shared<Tree>();
        m_tree->name = std::move(name);
        m_tree->parseName = std::move(parseName);
        m_tree->text = std::move(text);
        if (parent) {
            // A define or block continues the parent's token lookahead state.
            std::copy(std::begin(parent->m_token), std::end(parent->m_token), std::begin(m_token));
            m_peekCount = 0;
        }
    }

    void parse();
    void parseDefinition();
    std::unique_ptr<ListNode> itemListInto(NodePtr* end);
    std::shared_ptr<Tree> tree() { return m_tree; }

    [[noreturn]] void errorf(const std::string& message)
    {
        throw ParseError{"template: " + *m_tree->parseName + ":" + std::to_string(m_token[0].line) + ": " + message};
    }
    void add()
    {
        auto it = m_trees.find(m_tree->name);
        if (it == m_trees.end() || isEmptyTree(it->second->root.get())) {
            m_trees[m_tree->name] = m_tree;
            return;
        }
        if (!isEmptyTree(m_tree->root.get()))
            errorf("template: multiple definition of template " + quote(m_tree->name));
    }
    Item m_token[3];
    int m_peekCount = 0;

private:
    Item next()
    {
        if (m_peekCount > 0)
            --m_peekCount;
        else
            m_token[0] = m_stream.take();
        return m_token[m_peekCount];
    }
    void backup() { ++m_peekCount; }
    void backup2(const Item& t1)
    {
        m_token[1] = t1;
        m_peekCount = 2;
    }
    void backup3(const Item& t2, const Item& t1)
    {
        m_token[1] = t1;
        m_token[2] = t2;
        m_peekCount = 3;
    }
    Item peek()
    {
        if (m_peekCount > 0)
            return m_token[m_peekCount - 1];
        m_peekCount = 1;
        m_token[0] = m_stream.take();
        return m_token[0];
    }
    Item nextNonSpace()
    {
        Item token;
        do {
            token = next();
        } while (token.type == ItemType::Space);
        return token;
    }
    Item peekNonSpace()
    {
        Item token = nextNonSpace();
        backup();
        return token;
    }
    Item expect(ItemType expected, const std::string& context)
    {
        Item token = nextNonSpace();
        if (token.type != expected)
            unexpected(token, context);
        return token;
    }
    [[noreturn]] void unexpected(const Item& token, const std::string& context)
    {
        if (token.type == ItemType::Error) {
            std::string extra;
            if (m_actionLine != 0 && m_actionLine != token.line) {
                extra = " in action started at " + *m_tree->parseName + ":" + std::to_string(m_actionLine);
                if (token.val.size() >= 7 && token.val.compare(token.val.size() - 7, 7, " action") == 0)
                    extra = extra.substr(10);
            }
            errorf(token.val + extra);
        }
        errorf("unexpected " + token.describe() + " in " + context);
    }

    NodePtr textOrAction();
    NodePtr action();
    NodePtr control(NodeType type, bool allowElseIf, const std::string& context);
    NodePtr blockControl();
    NodePtr templateControl();
    std::string parseTemplateName(const Item& token, const std::string& context);
    std::unique_ptr<PipeNode> pipeline(const std::string& context, ItemType end);
    std::unique_ptr<CommandNode> command();
    NodePtr operand();
    NodePtr term();
    std::string unquoteOrFail(const std::string& quoted)
    {
        auto s = unquote(quoted);
        if (!s)
            errorf("invalid syntax");
        return *s;
    }

    Stream& m_stream;
    const FunctionLookup& m_findFunction;
    TreeSet& m_trees;
    std::shared_ptr<Tree> m_tree;
    std::vector<std::string> m_vars{"$"};
    int m_actionLine = 0;
    int m_rangeDepth = 0;
};

} // namespace alertdesk::gotmpl::parsedetail
