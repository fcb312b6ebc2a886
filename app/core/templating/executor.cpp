// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/executor.h"

#include "templating/gofmt.h"
#include "templating/gostrings.h"

namespace alertdesk::gotmpl {

namespace {
// Go allows 100000 nested {{template}} calls on its growable stacks; ours is fixed, so a template that recurses
// this deep fails here with Go's message (Go fails too, later).
constexpr int kMaxDepth = 1500;
} // namespace

void Executor::errorf(const std::string& message) const
{
    const std::string name = m_tree ? m_tree->name : std::string();
    if (!m_node)
        throw ExecError{"template: " + name + ": " + message};
    throw ExecError{"template: " + m_tree->location(*m_node) + ": executing " + quote(name) + " at <" +
                    m_node->toString() + ">: " + message};
}

void Executor::run(const Tree& tree, const Value& data)
{
    m_tree = &tree;
    m_node = nullptr;
    m_vars = {{"$", data}};
    m_varsBase = 0;
    if (!tree.root)
        errorf(quote(tree.name) + " is an incomplete or empty template");
    walk(data, tree.root.get());
}

const Value& Executor::varValue(const std::string& name) const
{
    for (std::size_t i = m_vars.size(); i > m_varsBase; --i) {
        if (m_vars[i - 1].name == name)
            return m_vars[i - 1].value;
    }
    errorf("undefined variable: " + name);
}

void Executor::setVar(const std::string& name, const Value& value)
{
    for (std::size_t i = m_vars.size(); i > m_varsBase; --i) {
        if (m_vars[i - 1].name == name) {
            m_vars[i - 1].value = value;
            return;
        }
    }
    errorf("undefined variable: " + name);
}

Executor::Flow Executor::walk(const Value& dot, const Node* node)
{
    at(node);
    switch (node->type) {
    case NodeType::Action: {
        const auto* action = static_cast<const ActionNode*>(node);
        Value scratch;
        const Value& val = evalPipeline(dot, action->pipe.get(), scratch);
        if (action->pipe->decl.empty())
            printValue(node, val);
        return Flow::Normal;
    }
    case NodeType::Break:
        return Flow::Break;
    case NodeType::Continue:
        return Flow::Continue;
    case NodeType::Comment:
        return Flow::Normal;
    case NodeType::If:
    case NodeType::With:
        return walkIfOrWith(node->type, dot, static_cast<const BranchNode*>(node));
    case NodeType::List:
        for (const auto& n : static_cast<const ListNode*>(node)->nodes) {
            const Flow flow = walk(dot, n.get());
            if (flow != Flow::Normal)
                return flow;
        }
        return Flow::Normal;
    case NodeType::Range:
        return walkRange(dot, static_cast<const BranchNode*>(node));
    case NodeType::Template:
        walkTemplate(dot, static_cast<const TemplateNode*>(node));
        return Flow::Normal;
    case NodeType::Text:
        m_out += static_cast<const TextNode*>(node)->text;
        return Flow::Normal;
    default:
        errorf("unknown node: " + node->toString());
    }
}

Executor::Flow Executor::walkIfOrWith(NodeType type, const Value& dot, const BranchNode* node)
{
    const std::size_t mark = m_vars.size();
    Value scratch;
    const Value& val = evalPipeline(dot, node->pipe.get(), scratch);
    bool ok = true;
    const bool truth = isTrue(val, &ok);
    if (!ok)
        errorf("if/with can't use " + sprint({val}));
    Flow flow = Flow::Normal;
    if (truth && type == NodeType::With)
        flow = walk(take(val, scratch), node->list.get()); // the body may change what `val` refers to
    else if (truth)
        flow = walk(dot, node->list.get());
    else if (node->elseList)
        flow = walk(dot, node->elseList.get());
    m_vars.resize(mark);
    return flow;
}

Executor::Flow Executor::walkRange(const Value& dot, const BranchNode* r)
{
    at(r);
    const std::size_t outerMark = m_vars.size();
    bool isNil = false;
    Value scratch;
    const Value val = indirect(evalPipeline(dot, r->pipe.get(), scratch), &isNil);
    const std::size_t mark = m_vars.size();
    const std::size_t decls = r->pipe->decl.size();
    // Returns false on {{break}}.
    auto oneIteration = [&](const Value& index, const Value& elem) {
        if (decls > 0)
            m_vars[m_vars.size() - 1].value = elem;
        if (decls > 1)
            m_vars[m_vars.size() - 2].value = index;
        const Flow flow = walk(elem, r->list.get());
        m_vars.resize(mark);
        return flow != Flow::Break;
    };
    bool empty = true;
    switch (val.kind()) {
    case Kind::Slice: {
        const List& items = val.items();
        empty = items.empty();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!oneIteration(Value::integer(static_cast<std::int64_t>(i)), items[i]))
                break;
        }
        break;
    }
    case Kind::Map: {
        const Map& entries = val.entries();
        empty = entries.empty();
        for (const auto& [key, value] : entries) {
            if (!oneIteration(Value::string(key), value))
                break;
        }
        break;
    }
    case Kind::Invalid:
        break;
    default:
        errorf("range can't iterate over " + sprint({val}));
    }
    if (empty && r->elseList)
        walk(dot, r->elseList.get());
    m_vars.resize(outerMark);
    return Flow::Normal;
}

void Executor::walkTemplate(const Value& dot, const TemplateNode* t)
{
    at(t);
    const auto it = m_trees.find(t->name);
    if (it == m_trees.end() || !it->second->root)
        errorf("template " + quote(t->name) + " not defined");
    if (m_depth >= kMaxDepth)
        errorf("exceeded maximum template depth (100000)");
    Value scratch;
    const Value newDot = take(evalPipeline(dot, t->pipe.get(), scratch), scratch);
    const Tree* savedTree = m_tree;
    const std::size_t savedBase = m_varsBase;
    const std::size_t mark = m_vars.size();
    m_varsBase = mark; // the called template sees only its own $
    m_vars.push_back({"$", newDot});
    m_tree = it->second.get();
    ++m_depth;
    walk(newDot, m_tree->root.get());
    --m_depth;
    m_tree = savedTree;
    m_vars.resize(mark);
    m_varsBase = savedBase;
}

void Executor::printValue(const Node* node, const Value& value)
{
    at(node);
    const Value* v = &value;
    Value pointee;
    if (value.kind() == Kind::Pointer) {
        bool isNil = false;
        pointee = indirect(value, &isNil); // a nil pointer stays, and prints as <nil>
        v = &pointee;
    }
    if (!v->isValid()) {
        m_out += "<no value>";
        return;
    }
    if (v->kind() == Kind::Func)
        errorf("can't print " + node->toString() + " of type " + v->type()->name);
    appendValue(m_out, *v);
}

const Value& Executor::evalPipeline(const Value& dot, const PipeNode* pipe, Value& scratch)
{
    if (!pipe)
        return scratch = Value();
    at(pipe);
    if (pipe->cmds.size() == 1 && pipe->decl.empty()) { // {{ .Labels.x }}: print or test the data where it is
        const Value& value = evalCommand(dot, pipe->cmds[0].get(), nullptr, scratch);
        if (value.kind() == Kind::Interface && value.isNil())
            return scratch = Value();
        return value;
    }
    Value value;
    bool first = true;
    for (const auto& cmd : pipe->cmds) {
        Value result;
        value = take(evalCommand(dot, cmd.get(), first ? nullptr : &value, result), result);
        first = false;
        if (value.kind() == Kind::Interface && value.isNil())
            value = Value();
    }
    for (const auto& variable : pipe->decl) {
        if (pipe->isAssign)
            setVar(variable->ident[0], value);
        else
            m_vars.push_back({variable->ident[0], value});
    }
    return scratch = std::move(value);
}

void Executor::notAFunction(const Node* word, Args args, const Value* final) const
{
    if (args.size > 0 || final)
        errorf("can't give argument to non-function " + word->toString());
}

const Value& Executor::evalCommand(const Value& dot, const CommandNode* cmd, const Value* final, Value& scratch)
{
    const Node* firstWord = cmd->args[0].get();
    const Args args{cmd->args.data() + 1, cmd->args.size() - 1};
    switch (firstWord->type) {
    case NodeType::Field:
        return evalFieldNode(dot, static_cast<const FieldNode*>(firstWord), args, final, scratch);
    case NodeType::Chain:
        return evalChainNode(dot, static_cast<const ChainNode*>(firstWord), args, final, scratch);
    case NodeType::Identifier:
        return scratch = evalFunction(dot, static_cast<const IdentifierNode*>(firstWord), cmd, args, final);
    case NodeType::Pipe:
        notAFunction(firstWord, args, final);
        return evalPipeline(dot, static_cast<const PipeNode*>(firstWord), scratch);
    case NodeType::Variable:
        return evalVariableNode(dot, static_cast<const VariableNode*>(firstWord), args, final, scratch);
    default:
        break;
    }
    at(firstWord);
    notAFunction(firstWord, args, final);
    switch (firstWord->type) {
    case NodeType::Bool:
        return scratch = Value::boolean(static_cast<const BoolNode*>(firstWord)->value);
    case NodeType::Dot:
        return dot;
    case NodeType::Nil:
        errorf("nil is not a command");
    case NodeType::Number:
        return scratch = idealConstant(static_cast<const NumberNode*>(firstWord));
    case NodeType::String:
        return static_cast<const StringNode*>(firstWord)->value;
    default:
        errorf("can't evaluate command " + quote(firstWord->toString()));
    }
}

Value Executor::idealConstant(const NumberNode* constant)
{
    at(constant);
    const std::string& text = constant->text;
    const bool isHexInt = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') &&
                          text.find_first_of("pP") == std::string::npos;
    const bool isRuneInt = !text.empty() && text[0] == '\'';
    if (constant->isFloat && !isHexInt && !isRuneInt && text.find_first_of(".eEpP") != std::string::npos)
        return Value::floating(constant->float64);
    if (constant->isInt)
        return Value::integer(constant->int64);
    if (constant->isUint)
        errorf(text + " overflows int");
    return {};
}

} // namespace alertdesk::gotmpl
