// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace alertdesk::gotmpl {

struct Function;

/// text/template/parse's node types. Every node keeps its byte position, so errors can say LINE:COL as Go does.
enum class NodeType {
    Text,
    Action,
    Bool,
    Chain,
    Command,
    Dot,
    Field,
    Identifier,
    If,
    List,
    Nil,
    Number,
    Pipe,
    Range,
    String,
    Template,
    Variable,
    With,
    Comment,
    Break,
    Continue,
    End,  // parser only
    Else, // parser only
};

struct Node {
    explicit Node(NodeType t, int p)
        : type(t)
        , pos(p)
    {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    /// Go's Node.String(): the source-like rendering used in error messages ("<.Labels.x>").
    std::string toString() const;
    virtual void writeTo(std::string& out) const = 0;

    NodeType type;
    int pos;
};
using NodePtr = std::unique_ptr<Node>;

struct ListNode final : Node {
    explicit ListNode(int p)
        : Node(NodeType::List, p)
    {}
    void writeTo(std::string& out) const override;
    std::vector<NodePtr> nodes;
};

struct TextNode final : Node {
    TextNode(int p, std::string t)
        : Node(NodeType::Text, p)
        , text(std::move(t))
    {}
    void writeTo(std::string& out) const override { out += text; }
    std::string text;
};

struct CommandNode;
struct VariableNode;

struct PipeNode final : Node {
    PipeNode(int p, int l)
        : Node(NodeType::Pipe, p)
        , line(l)
    {}
    void writeTo(std::string& out) const override;
    int line;
    bool isAssign = false;
    std::vector<std::unique_ptr<VariableNode>> decl;
    std::vector<std::unique_ptr<CommandNode>> cmds;
};

struct ActionNode final : Node {
    ActionNode(int p, int l, std::unique_ptr<PipeNode> pp)
        : Node(NodeType::Action, p)
        , line(l)
        , pipe(std::move(pp))
    {}
    void writeTo(std::string& out) const override;
    int line;
    std::unique_ptr<PipeNode> pipe;
};

struct CommandNode final : Node {
    explicit CommandNode(int p)
        : Node(NodeType::Command, p)
    {}
    void writeTo(std::string& out) const override;
    std::vector<NodePtr> args;
};

struct IdentifierNode final : Node {
    IdentifierNode(int p, std::string i, const Function* f)
        : Node(NodeType::Identifier, p)
        , ident(std::move(i))
        , function(f)
    {}
    void writeTo(std::string& out) const override { out += ident; }
    std::string ident;
    const Function* function; ///< resolved by the parser, so executing a call looks up no name
};

struct VariableNode final : Node {
    VariableNode(int p, const std::string& name);
    void writeTo(std::string& out) const override;
    std::vector<std::string> ident; ///< "$x", then field names
};

struct FieldNode final : Node {
    FieldNode(int p, const std::string& name); ///< ".A.B"
    void writeTo(std::string& out) const override;
    std::vector<std::string> ident;
};

struct ChainNode final : Node {
    ChainNode(int p, NodePtr n)
        : Node(NodeType::Chain, p)
        , node(std::move(n))
    {}
    void writeTo(std::string& out) const override;
    NodePtr node;
    std::vector<std::string> fields;
};

struct SimpleNode final : Node { // Dot, Nil, Break, Continue, End, Else, Comment
    SimpleNode(NodeType t, int p, int l = 0)
        : Node(t, p)
        , line(l)
    {}
    void writeTo(std::string& out) const override;
    int line;
    std::string text; // comment text
};

struct BoolNode final : Node {
    BoolNode(int p, bool v)
        : Node(NodeType::Bool, p)
        , value(v)
    {}
    void writeTo(std::string& out) const override { out += value ? "true" : "false"; }
    bool value;
};

struct NumberNode final : Node {
    NumberNode(int p, std::string t)
        : Node(NodeType::Number, p)
        , text(std::move(t))
    {}
    void writeTo(std::string& out) const override { out += text; }
    bool isInt = false, isUint = false, isFloat = false;
    std::int64_t int64 = 0;
    std::uint64_t uint64 = 0;
    double float64 = 0;
    std::string text;
};

struct StringNode final : Node {
    StringNode(int p, std::string q, std::string t)
        : Node(NodeType::String, p)
        , quoted(std::move(q))
        , text(std::move(t))
        , value(Value::string(text))
    {}
    void writeTo(std::string& out) const override { out += quoted; }
    std::string quoted, text;
    Value value; ///< the text as a Go string, built once: executing the node shares it
};

struct BranchNode final : Node { // if, range, with
    BranchNode(NodeType t, int p, int l)
        : Node(t, p)
        , line(l)
    {}
    void writeTo(std::string& out) const override;
    int line;
    std::unique_ptr<PipeNode> pipe;
    std::unique_ptr<ListNode> list;
    std::unique_ptr<ListNode> elseList;
};

struct TemplateNode final : Node {
    TemplateNode(int p, int l, std::string n, std::unique_ptr<PipeNode> pp)
        : Node(NodeType::Template, p)
        , line(l)
        , name(std::move(n))
        , pipe(std::move(pp))
    {}
    void writeTo(std::string& out) const override;
    int line;
    std::string name;
    std::unique_ptr<PipeNode> pipe;
};

/// One parsed template (a file's top level, a define or a block), sharing its source text with its siblings.
struct Tree {
    std::string name;
    std::shared_ptr<const std::string> parseName; ///< the top-level template's name, for messages
    std::shared_ptr<const std::string> text;      ///< the whole source, for LINE:COL
    std::unique_ptr<ListNode> root;

    /// "NAME:LINE:COL" for a node of this tree (Go's ErrorContext location).
    std::string location(const Node& node) const;
};

bool isEmptyTree(const Node* node);

} // namespace alertdesk::gotmpl
