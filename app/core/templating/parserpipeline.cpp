// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/number.h"
#include "templating/parserimpl.h"

namespace alertdesk::gotmpl::parsedetail {

std::unique_ptr<PipeNode> Parser::pipeline(const std::string& context, ItemType end)
{
    Item token = peekNonSpace();
    auto pipe = std::make_unique<PipeNode>(token.pos, token.line);
    for (bool more = true; more;) {
        more = false;
        Item v = peekNonSpace();
        if (v.type != ItemType::Variable)
            break;
        next();
        Item tokenAfterVariable = peek();
        Item nextTok = peekNonSpace();
        if (nextTok.type == ItemType::Assign || nextTok.type == ItemType::Declare) {
            pipe->isAssign = nextTok.type == ItemType::Assign;
            nextNonSpace();
            pipe->decl.push_back(std::make_unique<VariableNode>(v.pos, v.val));
            m_vars.push_back(v.val);
        } else if (nextTok.type == ItemType::Char && nextTok.val == ",") {
            nextNonSpace();
            pipe->decl.push_back(std::make_unique<VariableNode>(v.pos, v.val));
            m_vars.push_back(v.val);
            if (context == "range" && pipe->decl.size() < 2) {
                const ItemType t = peekNonSpace().type;
                if (t == ItemType::Variable || t == ItemType::RightDelim || t == ItemType::RightParen) {
                    more = true;
                    continue;
                }
                errorf("range can only initialize variables");
            }
            errorf("too many declarations in " + context);
        } else if (tokenAfterVariable.type == ItemType::Space) {
            backup3(v, tokenAfterVariable);
        } else {
            backup2(v);
        }
    }
    for (;;) {
        Item t = nextNonSpace();
        if (t.type == end) {
            if (pipe->cmds.empty())
                errorf("missing value for " + context);
            for (std::size_t i = 1; i < pipe->cmds.size(); ++i) {
                switch (pipe->cmds[i]->args[0]->type) {
                case NodeType::Bool:
                case NodeType::Dot:
                case NodeType::Nil:
                case NodeType::Number:
                case NodeType::String:
                    errorf("non executable command in pipeline stage " + std::to_string(i + 1));
                default:
                    break;
                }
            }
            return pipe;
        }
        switch (t.type) {
        case ItemType::Bool:
        case ItemType::CharConstant:
        case ItemType::Complex:
        case ItemType::Dot:
        case ItemType::Field:
        case ItemType::Identifier:
        case ItemType::Number:
        case ItemType::Nil:
        case ItemType::RawString:
        case ItemType::String:
        case ItemType::Variable:
        case ItemType::LeftParen:
            backup();
            pipe->cmds.push_back(command());
            break;
        default:
            unexpected(t, context);
        }
    }
}

std::unique_ptr<CommandNode> Parser::command()
{
    auto cmd = std::make_unique<CommandNode>(peekNonSpace().pos);
    for (;;) {
        peekNonSpace();
        if (NodePtr op = operand())
            cmd->args.push_back(std::move(op));
        Item token = next();
        if (token.type == ItemType::Space)
            continue;
        if (token.type == ItemType::RightDelim || token.type == ItemType::RightParen)
            backup();
        else if (token.type != ItemType::Pipe)
            unexpected(token, "operand");
        break;
    }
    if (cmd->args.empty())
        errorf("empty command");
    return cmd;
}

NodePtr Parser::operand()
{
    NodePtr node = term();
    if (!node)
        return nullptr;
    if (peek().type == ItemType::Field) {
        auto chain = std::make_unique<ChainNode>(peek().pos, nullptr);
        while (peek().type == ItemType::Field)
            chain->fields.push_back(next().val.substr(1));
        switch (node->type) {
        case NodeType::Field: {
            std::string s = node->toString();
            for (const auto& f : chain->fields)
                s += "." + f;
            return std::make_unique<FieldNode>(chain->pos, s);
        }
        case NodeType::Variable: {
            std::string s = node->toString();
            for (const auto& f : chain->fields)
                s += "." + f;
            return std::make_unique<VariableNode>(chain->pos, s);
        }
        case NodeType::Bool:
        case NodeType::String:
        case NodeType::Number:
        case NodeType::Nil:
        case NodeType::Dot:
            errorf("unexpected . after term " + quote(node->toString()));
        default:
            chain->node = std::move(node);
            return chain;
        }
    }
    return node;
}

NodePtr Parser::term()
{
    Item token = nextNonSpace();
    switch (token.type) {
    case ItemType::Identifier: {
        const Function* function = m_findFunction(token.val);
        if (!function)
            errorf("function " + quote(token.val) + " not defined");
        return std::make_unique<IdentifierNode>(token.pos, token.val, function);
    }
    case ItemType::Dot:
        return std::make_unique<SimpleNode>(NodeType::Dot, token.pos);
    case ItemType::Nil:
        return std::make_unique<SimpleNode>(NodeType::Nil, token.pos);
    case ItemType::Variable: {
        auto v = std::make_unique<VariableNode>(token.pos, token.val);
        for (const auto& name : m_vars) {
            if (name == v->ident[0])
                return v;
        }
        errorf("undefined variable " + quote(v->ident[0]));
    }
    case ItemType::Field:
        return std::make_unique<FieldNode>(token.pos, token.val);
    case ItemType::Bool:
        return std::make_unique<BoolNode>(token.pos, token.val == "true");
    case ItemType::CharConstant:
    case ItemType::Complex:
    case ItemType::Number: {
        auto n = std::make_unique<NumberNode>(token.pos, token.val);
        std::string error;
        if (!parseNumber(*n, token.type == ItemType::CharConstant, token.type == ItemType::Complex, &error))
            errorf(error);
        return n;
    }
    case ItemType::LeftParen:
        return pipeline("parenthesized pipeline", ItemType::RightParen);
    case ItemType::String:
    case ItemType::RawString:
        return std::make_unique<StringNode>(token.pos, token.val, unquoteOrFail(token.val));
    default:
        backup();
        return nullptr;
    }
}

} // namespace alertdesk::gotmpl::parsedetail
