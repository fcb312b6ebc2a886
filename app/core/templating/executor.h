// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/function.h"
#include "templating/parser.h"

#include <deque>
#include <string>
#include <vector>

namespace alertdesk::gotmpl {

/// Raised inside the executor and caught at its boundary (executeTemplate): Go's "template: ..." message.
struct ExecError {
    std::string message;
};

/// text/template's exec.go: walks a tree with a dot, writing to `out`, with missingkey=zero. Internal: use
/// executeTemplate() (template.h wraps it for the application).
class Executor {
public:
    Executor(const TreeSet& trees, std::string& out)
        : m_trees(trees)
        , m_out(out)
    {}

    void run(const Tree& tree, const Value& data);

private:
    enum class Flow { Normal, Break, Continue };
    struct Variable {
        std::string name;
        Value value;
    };
    struct Args { // a command's arguments after the function word
        const NodePtr* data = nullptr;
        std::size_t size = 0;
    };
    /// The argument vector of one call, borrowed from the executor's pool for the call's duration: a call nested in
    /// an argument takes the next one, and a warm pool makes calls allocate nothing.
    class ArgVector {
    public:
        explicit ArgVector(Executor& e)
            : m_executor(e)
        {
            if (e.m_argPool.size() == e.m_argDepth)
                e.m_argPool.emplace_back();
            m_values = &e.m_argPool[e.m_argDepth++];
        }
        ~ArgVector()
        {
            m_values->clear(); // keeps the capacity, releases the values
            --m_executor.m_argDepth;
        }
        ArgVector(const ArgVector&) = delete;
        ArgVector& operator=(const ArgVector&) = delete;
        std::vector<Value>& values() { return *m_values; }

    private:
        Executor& m_executor;
        std::vector<Value>* m_values;
    };

    [[noreturn]] void errorf(const std::string& message) const;
    void at(const Node* node) { m_node = node; }

    Flow walk(const Value& dot, const Node* node);
    Flow walkIfOrWith(NodeType type, const Value& dot, const BranchNode* node);
    Flow walkRange(const Value& dot, const BranchNode* node);
    void walkTemplate(const Value& dot, const TemplateNode* node);
    void printValue(const Node* node, const Value& v);

    // The evaluators returning `const Value&` return a value where it already is (a struct field or map entry in
    // the data, a variable, dot), or one they computed into `scratch`: reading a field copies nothing. The reference
    // is good until the executor evaluates anything else; take() makes a value of its own.
    static Value take(const Value& result, Value& scratch) { return &result == &scratch ? std::move(scratch) : result; }
    const Value& evalPipeline(const Value& dot, const PipeNode* pipe, Value& scratch);
    const Value& evalCommand(const Value& dot, const CommandNode* cmd, const Value* final, Value& scratch);
    Value idealConstant(const NumberNode* constant);
    const Value& evalFieldNode(const Value& dot, const FieldNode* field, Args args, const Value* final, Value& scratch);
    const Value& evalChainNode(const Value& dot, const ChainNode* chain, Args args, const Value* final, Value& scratch);
    const Value& evalVariableNode(const Value& dot, const VariableNode* variable, Args args, const Value* final,
                                  Value& scratch);
    const Value& evalFieldChain(const Value& dot, const Value& receiver, const Node* node,
                                const std::vector<std::string>& ident, std::size_t from, Args args, const Value* final,
                                Value& scratch);
    Value evalFunction(const Value& dot, const IdentifierNode* node, const Node* cmd, Args args, const Value* final);
    const Value& evalField(const Value& dot, const std::string& fieldName, const Node* node, Args args,
                           const Value* final, const Value& receiver, Value& scratch);
    Value evalCall(const Value& dot, const Function& fun, const Value* receiver, const Node* node,
                   const std::string& name, Args args, const Value* final);
    Value validateType(Value value, TypeRef type);
    Value evalArg(const Value& dot, TypeRef type, const Node* n);
    Value evalEmptyInterface(const Value& dot, const Node* n);
    void notAFunction(const Node* word, Args args, const Value* final) const;

    const Value& varValue(const std::string& name) const;
    void setVar(const std::string& name, const Value& value);

    const TreeSet& m_trees;
    std::string& m_out;
    const Tree* m_tree = nullptr;
    const Node* m_node = nullptr;
    std::vector<Variable> m_vars; // a called template's variables are m_vars[m_varsBase...]
    std::size_t m_varsBase = 0;
    std::deque<std::vector<Value>> m_argPool; // a deque: growing it leaves the vectors in use where they are
    std::size_t m_argDepth = 0;
    int m_depth = 0;
};

} // namespace alertdesk::gotmpl
