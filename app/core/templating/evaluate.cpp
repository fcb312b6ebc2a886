// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/executor.h"

#include "templating/gostrings.h"

#include <optional>

namespace alertdesk::gotmpl {

const Value& Executor::evalFieldNode(const Value& dot, const FieldNode* field, Args args, const Value* final,
                                     Value& scratch)
{
    at(field);
    return evalFieldChain(dot, dot, field, field->ident, 0, args, final, scratch);
}

const Value& Executor::evalChainNode(const Value& dot, const ChainNode* chain, Args args, const Value* final,
                                     Value& scratch)
{
    at(chain);
    if (chain->fields.empty())
        errorf("internal error: no fields in evalChainNode");
    if (chain->node->type == NodeType::Nil)
        errorf("indirection through explicit nil in " + chain->toString());
    const Value pipe = evalArg(dot, nullptr, chain->node.get());
    const Value& result = evalFieldChain(dot, pipe, chain, chain->fields, 0, args, final, scratch);
    if (&result != &scratch)
        scratch = result; // it may live in `pipe`, which goes now
    return scratch;
}

const Value& Executor::evalVariableNode(const Value& dot, const VariableNode* variable, Args args, const Value* final,
                                        Value& scratch)
{
    at(variable);
    const Value& value = varValue(variable->ident[0]);
    if (variable->ident.size() == 1) {
        notAFunction(variable, args, final);
        return value;
    }
    return evalFieldChain(dot, value, variable, variable->ident, 1, args, final, scratch);
}

const Value& Executor::evalFieldChain(const Value& dot, const Value& receiver, const Node* node,
                                      const std::vector<std::string>& ident, std::size_t from, Args args,
                                      const Value* final, Value& scratch)
{
    const std::size_t n = ident.size();
    if (from + 1 >= n) // one field: .Status
        return evalField(dot, ident[n - 1], node, args, final, receiver, scratch);
    // A link of the chain lives in the data, or was computed (a method's result) into one of these two, taking
    // turns so that a link is never written over the receiver it comes from.
    Value computed[2];
    bool anyComputed = false;
    const Value* link = &receiver;
    for (std::size_t i = from; i + 1 < n; ++i) {
        Value& into = computed[i % 2];
        link = &evalField(dot, ident[i], node, Args{}, nullptr, *link, into);
        anyComputed = anyComputed || link == &into;
    }
    const Value& result = evalField(dot, ident[n - 1], node, args, final, *link, scratch);
    if (anyComputed && &result != &scratch)
        scratch = result; // it may live in a computed link, which goes now
    return anyComputed ? scratch : result;
}

Value Executor::evalFunction(const Value& dot, const IdentifierNode* node, const Node* cmd, Args args,
                             const Value* final)
{
    at(node);
    if (!node->function)
        errorf(quote(node->ident) + " is not a defined function");
    return evalCall(dot, *node->function, nullptr, cmd, node->ident, args, final);
}

const Value& Executor::evalField(const Value& dot, const std::string& fieldName, const Node* node, Args args,
                                 const Value* final, const Value& receiverIn, Value& scratch)
{
    if (!receiverIn.isValid())
        return scratch = Value();
    const TypeRef typ = receiverIn.type();
    bool isNil = false;
    std::optional<Value> pointee; // structs and maps are read where they are
    if (receiverIn.kind() == Kind::Pointer || receiverIn.kind() == Kind::Interface)
        pointee = indirect(receiverIn, &isNil);
    const Value& receiver = pointee ? *pointee : receiverIn;
    if (receiver.kind() == Kind::Interface && isNil)
        errorf("nil pointer evaluating " + typ->name + "." + fieldName);
    if (const Function* method = findMethod(receiver.type(), fieldName))
        return scratch = evalCall(dot, *method, &receiver, node, fieldName, args, final);
    const bool hasArgs = args.size > 0 || final;
    switch (receiver.kind()) {
    case Kind::Struct:
        if (const Value* field = receiver.field(fieldName)) {
            if (hasArgs)
                errorf(fieldName + " has arguments but cannot be invoked as function");
            return *field;
        }
        break;
    case Kind::Map: {
        if (hasArgs)
            errorf(fieldName + " is not a method but has arguments");
        const Map& entries = receiver.entries();
        const auto it = entries.find(fieldName);
        if (it != entries.end())
            return it->second;
        return scratch = Value::zeroOf(receiver.type()->elem);
    }
    case Kind::Pointer:
        if (isNil && receiver.type()->elem->kind == Kind::Struct) {
            for (const auto& f : receiver.type()->elem->fields) {
                if (f == fieldName)
                    errorf("nil pointer evaluating " + typ->name + "." + fieldName);
            }
        }
        break;
    default:
        break;
    }
    errorf("can't evaluate field " + fieldName + " in type " + typ->name);
}

Value Executor::evalCall(const Value& dot, const Function& fun, const Value* receiver, const Node* node,
                         const std::string& name, Args args, const Value* final)
{
    const std::size_t numIn = args.size + (final ? 1 : 0);
    const std::size_t numParams = fun.params.size();
    std::size_t numFixed = args.size;
    if (fun.variadic) {
        numFixed = numParams - 1;
        if (numIn < numFixed)
            errorf("wrong number of args for " + name + ": want at least " + std::to_string(numParams - 1) + " got " +
                   std::to_string(args.size));
    } else if (numIn != numParams) {
        errorf("wrong number of args for " + name + ": want " + std::to_string(numParams) + " got " +
               std::to_string(numIn));
    }
    if (fun.special != Function::Special::None) {
        const bool isOr = fun.special == Function::Special::Or;
        Value v;
        for (std::size_t i = 0; i < args.size; ++i) {
            v = evalArg(dot, types::reflectValue(), args.data[i].get());
            if ((v.kind() == Kind::Interface && v.isNil() ? false : isTrue(v)) == isOr)
                return v;
        }
        if (final)
            v = validateType(*final, types::reflectValue());
        return v;
    }
    ArgVector borrowed(*this);
    std::vector<Value>& argv = borrowed.values();
    argv.reserve(numIn + 1);
    if (receiver)
        argv.push_back(*receiver);
    std::size_t i = 0;
    for (; i < numFixed && i < args.size; ++i)
        argv.push_back(evalArg(dot, fun.params[i], args.data[i].get()));
    if (fun.variadic) {
        const TypeRef argType = fun.params.back();
        for (; i < args.size; ++i)
            argv.push_back(evalArg(dot, argType, args.data[i].get()));
    }
    if (final) {
        TypeRef t = fun.params.back();
        if (fun.variadic && numIn - 1 < numFixed)
            t = fun.params[numIn - 1];
        argv.push_back(validateType(*final, t));
    }
    CallResult result = fun.impl(argv);
    if (result.failed) {
        at(node);
        errorf("error calling " + name + ": " + result.error);
    }
    return std::move(result.value);
}

Value Executor::validateType(Value value, TypeRef typ)
{
    if (!value.isValid()) {
        if (!typ || typ->kind == Kind::ReflectValue)
            return value;
        if (canBeNil(typ))
            return Value::zeroOf(typ);
        errorf("invalid value; expected " + typ->name);
    }
    if (!typ || typ->kind == Kind::ReflectValue)
        return value;
    if (!assignable(value.type(), typ)) {
        if (value.kind() == Kind::Pointer && value.type()->elem && assignable(value.type()->elem, typ)) {
            if (value.isNil())
                errorf("dereference of nil pointer of type " + typ->name);
            return value.retyped(value.type()->elem);
        }
        errorf("wrong type for value; expected " + typ->name + "; got " + value.type()->name);
    }
    return value;
}

Value Executor::evalArg(const Value& dot, TypeRef typ, const Node* n)
{
    at(n);
    switch (n->type) {
    case NodeType::Dot:
        return validateType(dot, typ);
    case NodeType::Nil:
        if (typ && canBeNil(typ))
            return Value::zeroOf(typ);
        errorf("cannot assign nil to " + (typ ? typ->name : std::string("<nil>")));
    case NodeType::Field: {
        Value scratch;
        return validateType(
            take(evalFieldNode(dot, static_cast<const FieldNode*>(n), Args{}, nullptr, scratch), scratch), typ);
    }
    case NodeType::Variable: {
        Value scratch;
        return validateType(
            take(evalVariableNode(dot, static_cast<const VariableNode*>(n), Args{}, nullptr, scratch), scratch), typ);
    }
    case NodeType::Pipe: {
        Value scratch;
        return validateType(take(evalPipeline(dot, static_cast<const PipeNode*>(n), scratch), scratch), typ);
    }
    case NodeType::Identifier:
        return validateType(evalFunction(dot, static_cast<const IdentifierNode*>(n), n, Args{}, nullptr), typ);
    case NodeType::Chain: {
        Value scratch;
        return validateType(
            take(evalChainNode(dot, static_cast<const ChainNode*>(n), Args{}, nullptr, scratch), scratch), typ);
    }
    default:
        break;
    }
    const auto* number = n->type == NodeType::Number ? static_cast<const NumberNode*>(n) : nullptr;
    if (!typ)
        errorf("can't handle " + n->toString() + " for arg of type <nil>");
    switch (typ->kind) {
    case Kind::Bool:
        if (n->type == NodeType::Bool)
            return Value::boolean(static_cast<const BoolNode*>(n)->value).retyped(typ);
        errorf("expected bool; found " + n->toString());
    case Kind::Float:
        if (number && number->isFloat)
            return Value::floating(number->float64).retyped(typ);
        errorf("expected float; found " + n->toString());
    case Kind::Int:
        if (number && number->isInt)
            return Value::integer(number->int64, typ);
        errorf("expected integer; found " + n->toString());
    case Kind::Uint:
        if (number && number->isUint)
            return Value::uinteger(number->uint64, typ);
        errorf("expected unsigned integer; found " + n->toString());
    case Kind::String:
        if (n->type == NodeType::String)
            return static_cast<const StringNode*>(n)->value.retyped(typ);
        errorf("expected string; found " + n->toString());
    case Kind::Interface:
    case Kind::ReflectValue:
        return evalEmptyInterface(dot, n);
    default:
        break;
    }
    errorf("can't handle " + n->toString() + " for arg of type " + typ->name);
}

Value Executor::evalEmptyInterface(const Value& /*dot*/, const Node* n)
{
    at(n);
    switch (n->type) {
    case NodeType::Bool:
        return Value::boolean(static_cast<const BoolNode*>(n)->value);
    case NodeType::Number:
        return idealConstant(static_cast<const NumberNode*>(n));
    case NodeType::String:
        return static_cast<const StringNode*>(n)->value;
    default:
        errorf("can't handle assignment of " + n->toString() + " to empty interface argument");
    }
}

} // namespace alertdesk::gotmpl
