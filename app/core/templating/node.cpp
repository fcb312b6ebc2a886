// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/node.h"

#include "templating/gostrings.h"

namespace alertdesk::gotmpl {

namespace {
std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = s.find(sep, start);
        parts.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos)
            return parts;
        start = at + 1;
    }
}

void writeArg(std::string& out, const Node& n)
{
    if (n.type == NodeType::Pipe) {
        out += '(';
        n.writeTo(out);
        out += ')';
    } else {
        n.writeTo(out);
    }
}
} // namespace

std::string Node::toString() const
{
    std::string out;
    writeTo(out);
    return out;
}

void ListNode::writeTo(std::string& out) const
{
    for (const auto& n : nodes)
        n->writeTo(out);
}

void PipeNode::writeTo(std::string& out) const
{
    if (!decl.empty()) {
        for (std::size_t i = 0; i < decl.size(); ++i) {
            if (i > 0)
                out += ", ";
            decl[i]->writeTo(out);
        }
        out += " := ";
    }
    for (std::size_t i = 0; i < cmds.size(); ++i) {
        if (i > 0)
            out += " | ";
        cmds[i]->writeTo(out);
    }
}

void ActionNode::writeTo(std::string& out) const
{
    out += "{{";
    pipe->writeTo(out);
    out += "}}";
}

void CommandNode::writeTo(std::string& out) const
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            out += ' ';
        writeArg(out, *args[i]);
    }
}

VariableNode::VariableNode(int p, const std::string& name)
    : Node(NodeType::Variable, p)
    , ident(split(name, '.'))
{}

void VariableNode::writeTo(std::string& out) const
{
    for (std::size_t i = 0; i < ident.size(); ++i) {
        if (i > 0)
            out += '.';
        out += ident[i];
    }
}

FieldNode::FieldNode(int p, const std::string& name)
    : Node(NodeType::Field, p)
    , ident(split(name.substr(1), '.'))
{}

void FieldNode::writeTo(std::string& out) const
{
    for (const auto& id : ident) {
        out += '.';
        out += id;
    }
}

void ChainNode::writeTo(std::string& out) const
{
    writeArg(out, *node);
    for (const auto& f : fields) {
        out += '.';
        out += f;
    }
}

void SimpleNode::writeTo(std::string& out) const
{
    switch (type) {
    case NodeType::Dot:
        out += '.';
        break;
    case NodeType::Nil:
        out += "nil";
        break;
    case NodeType::Break:
        out += "{{break}}";
        break;
    case NodeType::Continue:
        out += "{{continue}}";
        break;
    case NodeType::End:
        out += "{{end}}";
        break;
    case NodeType::Else:
        out += "{{else}}";
        break;
    default:
        out += "{{" + text + "}}";
        break;
    }
}

void BranchNode::writeTo(std::string& out) const
{
    out += type == NodeType::If ? "{{if " : type == NodeType::Range ? "{{range " : "{{with ";
    pipe->writeTo(out);
    out += "}}";
    list->writeTo(out);
    if (elseList) {
        out += "{{else}}";
        elseList->writeTo(out);
    }
    out += "{{end}}";
}

void TemplateNode::writeTo(std::string& out) const
{
    out += "{{template ";
    out += quote(name);
    if (pipe) {
        out += ' ';
        pipe->writeTo(out);
    }
    out += "}}";
}

std::string Tree::location(const Node& node) const
{
    const std::string_view before = std::string_view(*text).substr(0, static_cast<std::size_t>(node.pos));
    const auto lastNewline = before.rfind('\n');
    const std::size_t col = lastNewline == std::string_view::npos ? before.size() : before.size() - lastNewline - 1;
    std::size_t line = 1;
    for (const char c : before)
        line += c == '\n';
    return *parseName + ":" + std::to_string(line) + ":" + std::to_string(col);
}

bool isEmptyTree(const Node* node)
{
    if (!node)
        return true;
    switch (node->type) {
    case NodeType::Comment:
        return true;
    case NodeType::List:
        for (const auto& n : static_cast<const ListNode*>(node)->nodes) {
            if (!isEmptyTree(n.get()))
                return false;
        }
        return true;
    case NodeType::Text: {
        const auto& t = static_cast<const TextNode*>(node)->text;
        for (const char c : t) {
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'))
                return false; // bytes.TrimSpace also trims Unicode spaces; good enough for ASCII text
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace alertdesk::gotmpl
