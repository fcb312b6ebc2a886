// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/parser.h"

#include "templating/parserimpl.h"

namespace alertdesk::gotmpl {

namespace parsedetail {

void Parser::parse()
{
    m_tree->root = std::make_unique<ListNode>(peek().pos);
    while (peek().type != ItemType::Eof) {
        if (peek().type == ItemType::LeftDelim) {
            const Item delim = next();
            if (nextNonSpace().type == ItemType::Define) {
                Parser sub("definition", m_stream, this, m_findFunction, m_trees, m_tree->parseName, m_tree->text);
                sub.parseDefinition();
                continue;
            }
            backup2(delim);
        }
        NodePtr n = textOrAction();
        if (n->type == NodeType::End || n->type == NodeType::Else)
            errorf("unexpected " + n->toString());
        m_tree->root->nodes.push_back(std::move(n));
    }
}

void Parser::parseDefinition()
{
    const std::string context = "define clause";
    Item name = nextNonSpace();
    if (name.type != ItemType::String && name.type != ItemType::RawString)
        unexpected(name, context);
    m_tree->name = unquoteOrFail(name.val);
    expect(ItemType::RightDelim, context);
    NodePtr end;
    m_tree->root = itemListInto(&end);
    if (end->type != NodeType::End)
        errorf("unexpected " + end->toString() + " in " + context);
    add();
}

std::unique_ptr<ListNode> Parser::itemListInto(NodePtr* end)
{
    auto list = std::make_unique<ListNode>(peekNonSpace().pos);
    while (peekNonSpace().type != ItemType::Eof) {
        NodePtr n = textOrAction();
        if (n->type == NodeType::End || n->type == NodeType::Else) {
            *end = std::move(n);
            return list;
        }
        list->nodes.push_back(std::move(n));
    }
    errorf("unexpected EOF");
}

NodePtr Parser::textOrAction()
{
    Item token = nextNonSpace();
    switch (token.type) {
    case ItemType::Text:
        return std::make_unique<TextNode>(token.pos, token.val);
    case ItemType::LeftDelim: {
        m_actionLine = token.line;
        NodePtr n = action();
        m_actionLine = 0;
        return n;
    }
    default:
        unexpected(token, "input");
    }
}

NodePtr Parser::action()
{
    Item token = nextNonSpace();
    switch (token.type) {
    case ItemType::Block:
        return blockControl();
    case ItemType::Break:
    case ItemType::Continue: {
        const bool isBreak = token.type == ItemType::Break;
        const std::string what = isBreak ? "{{break}}" : "{{continue}}";
        Item t = nextNonSpace();
        if (t.type != ItemType::RightDelim)
            unexpected(t, what);
        if (m_rangeDepth == 0)
            errorf(what + " outside {{range}}");
        return std::make_unique<SimpleNode>(isBreak ? NodeType::Break : NodeType::Continue, token.pos, token.line);
    }
    case ItemType::Else: {
        Item p = peekNonSpace();
        if (p.type == ItemType::If)
            return std::make_unique<SimpleNode>(NodeType::Else, p.pos, p.line);
        Item t = expect(ItemType::RightDelim, "else");
        return std::make_unique<SimpleNode>(NodeType::Else, t.pos, t.line);
    }
    case ItemType::End:
        return std::make_unique<SimpleNode>(NodeType::End, expect(ItemType::RightDelim, "end").pos);
    case ItemType::If:
        return control(NodeType::If, true, "if");
    case ItemType::Range:
        return control(NodeType::Range, false, "range");
    case ItemType::Template:
        return templateControl();
    case ItemType::With:
        return control(NodeType::With, false, "with");
    default:
        break;
    }
    backup();
    Item t = peek();
    auto pipe = pipeline("command", ItemType::RightDelim);
    return std::make_unique<ActionNode>(t.pos, t.line, std::move(pipe));
}

NodePtr Parser::control(NodeType type, bool allowElseIf, const std::string& context)
{
    const std::size_t varMark = m_vars.size();
    auto pipe = pipeline(context, ItemType::RightDelim);
    if (type == NodeType::Range)
        ++m_rangeDepth;
    NodePtr next;
    auto list = itemListInto(&next);
    if (type == NodeType::Range)
        --m_rangeDepth;
    std::unique_ptr<ListNode> elseList;
    if (next->type == NodeType::Else) {
        if (allowElseIf && peek().type == ItemType::If) {
            this->next();
            elseList = std::make_unique<ListNode>(next->pos);
            elseList->nodes.push_back(control(NodeType::If, true, "if"));
        } else {
            elseList = itemListInto(&next);
            if (next->type != NodeType::End)
                errorf("expected end; found " + next->toString());
        }
    }
    m_vars.resize(varMark);
    auto node = std::make_unique<BranchNode>(type, pipe->pos, pipe->line);
    node->pipe = std::move(pipe);
    node->list = std::move(list);
    node->elseList = std::move(elseList);
    return node;
}

std::string Parser::parseTemplateName(const Item& token, const std::string& context)
{
    if (token.type == ItemType::String || token.type == ItemType::RawString)
        return unquoteOrFail(token.val);
    unexpected(token, context);
}

NodePtr Parser::blockControl()
{
    const std::string context = "block clause";
    Item token = nextNonSpace();
    const std::string name = parseTemplateName(token, context);
    auto pipe = pipeline(context, ItemType::RightDelim);
    Parser block(name, m_stream, this, m_findFunction, m_trees, m_tree->parseName, m_tree->text);
    NodePtr end;
    block.m_tree->root = block.itemListInto(&end);
    if (end->type != NodeType::End)
        errorf("unexpected " + end->toString() + " in " + context);
    block.add();
    return std::make_unique<TemplateNode>(token.pos, token.line, name, std::move(pipe));
}

NodePtr Parser::templateControl()
{
    const std::string context = "template clause";
    Item token = nextNonSpace();
    const std::string name = parseTemplateName(token, context);
    std::unique_ptr<PipeNode> pipe;
    if (nextNonSpace().type != ItemType::RightDelim) {
        backup();
        pipe = pipeline(context, ItemType::RightDelim);
    }
    return std::make_unique<TemplateNode>(token.pos, token.line, name, std::move(pipe));
}

} // namespace parsedetail

bool parseTemplate(const std::string& name, const std::string& text, const FunctionLookup& findFunction, TreeSet* trees,
                   std::string* error)
{
    parsedetail::Stream stream;
    stream.items = lexTemplate(text, !findFunction("break"), !findFunction("continue"));
    auto parseName = std::make_shared<const std::string>(name);
    auto source = std::make_shared<const std::string>(text);
    try {
        parsedetail::Parser parser(name, stream, nullptr, findFunction, *trees, parseName, source);
        parser.parse();
        parser.add();
    } catch (const parsedetail::ParseError& e) {
        *error = e.message;
        return false;
    }
    return true;
}

} // namespace alertdesk::gotmpl
