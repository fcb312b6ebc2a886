// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/compare.h"
#include "templating/escape.h"
#include "templating/function.h"
#include "templating/gofmt.h"

namespace alertdesk::gotmpl {

namespace {

Value indirectInterface(const Value& v)
{
    if (v.kind() != Kind::Interface)
        return v;
    return v.isNil() ? Value() : v.retyped(v.type()->elem);
}

// indexArg: an integer index no larger than `cap`.
bool indexArg(const Value& index, std::size_t cap, std::size_t* out, std::string* error)
{
    std::int64_t x = 0;
    switch (index.kind()) {
    case Kind::Int:
        x = index.toInt();
        break;
    case Kind::Uint:
        x = static_cast<std::int64_t>(index.toUint());
        break;
    case Kind::Invalid:
        *error = "cannot index slice/array with nil";
        return false;
    default:
        *error = "cannot index slice/array with type " + index.type()->name;
        return false;
    }
    if (x < 0 || static_cast<std::uint64_t>(x) > cap) {
        *error = "index out of range: " + std::to_string(x);
        return false;
    }
    *out = static_cast<std::size_t>(x);
    return true;
}

CallResult index(std::vector<Value>& args)
{
    Value item = indirectInterface(args[0]);
    if (!item.isValid())
        return CallResult::fail("index of untyped nil");
    for (std::size_t a = 1; a < args.size(); ++a) {
        const Value index = indirectInterface(args[a]);
        bool isNil = false;
        item = indirect(item, &isNil);
        if (isNil)
            return CallResult::fail("index of nil pointer");
        std::string error;
        std::size_t x = 0;
        switch (item.kind()) {
        case Kind::Slice:
        case Kind::String:
            if (!indexArg(index, item.length(), &x, &error))
                return CallResult::fail(error);
            if (x == item.length())
                return CallResult::fail(item.kind() == Kind::String ? "reflect: string index out of range"
                                                                    : "reflect: slice index out of range");
            if (item.kind() == Kind::String)
                item = Value::uinteger(static_cast<unsigned char>(item.str()[x]), types::uint8Type());
            else
                item = item.items()[x];
            break;
        case Kind::Map: {
            if (!index.isValid())
                return CallResult::fail("value is nil; should be of type string");
            if (index.kind() != Kind::String)
                return CallResult::fail("value has type " + index.type()->name + "; should be string");
            const auto it = item.entries().find(index.str());
            item = it != item.entries().end() ? it->second : Value::zeroOf(item.type()->elem);
            break;
        }
        default:
            return CallResult::fail("can't index item of type " + item.type()->name);
        }
    }
    return item;
}

CallResult slice(std::vector<Value>& args)
{
    const Value item = indirectInterface(args[0]);
    if (!item.isValid())
        return CallResult::fail("slice of untyped nil");
    const std::size_t n = args.size() - 1;
    if (n > 3)
        return CallResult::fail("too many slice indexes: " + std::to_string(n));
    if (item.kind() == Kind::String) {
        if (n == 3)
            return CallResult::fail("cannot 3-index slice a string");
    } else if (item.kind() != Kind::Slice) {
        return CallResult::fail("can't slice item of type " + item.type()->name);
    }
    const std::size_t cap = item.length();
    std::size_t idx[3] = {0, item.length(), 0};
    for (std::size_t i = 0; i < n; ++i) {
        std::string error;
        if (!indexArg(args[i + 1], cap, &idx[i], &error))
            return CallResult::fail(error);
    }
    if (idx[0] > idx[1])
        return CallResult::fail("invalid slice index: " + std::to_string(idx[0]) + " > " + std::to_string(idx[1]));
    if (n == 3 && idx[1] > idx[2])
        return CallResult::fail("invalid slice index: " + std::to_string(idx[1]) + " > " + std::to_string(idx[2]));
    if (item.kind() == Kind::String)
        return Value::string(item.str().substr(idx[0], idx[1] - idx[0]), item.type());
    const List& items = item.items();
    return Value::list(
        List(items.begin() + static_cast<std::ptrdiff_t>(idx[0]), items.begin() + static_cast<std::ptrdiff_t>(idx[1])),
        item.type());
}

CallResult length(std::vector<Value>& args)
{
    bool isNil = false;
    const Value item = indirect(args[0], &isNil);
    if (isNil)
        return CallResult::fail("len of nil pointer");
    switch (item.kind()) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::String:
        return Value::integer(static_cast<std::int64_t>(item.length()));
    case Kind::Invalid:
        return CallResult::fail("reflect: call of reflect.Value.Type on zero Value");
    default:
        return CallResult::fail("len of type " + item.type()->name);
    }
}

CallResult call(std::vector<Value>& args)
{
    const Value fn = indirectInterface(args[0]);
    if (!fn.isValid())
        return CallResult::fail("call of nil");
    if (fn.kind() != Kind::Func || !fn.func())
        return CallResult::fail("non-function of type " + fn.type()->name);
    std::vector<Value> rest(args.begin() + 1, args.end());
    return fn.func()->impl(rest);
}

// text/template's evalArgs: one string as is, otherwise fmt.Sprint of the printable values.
std::string evalArgs(const std::vector<Value>& args)
{
    if (args.size() == 1 && args[0].type() == types::stringType())
        return args[0].str();
    std::vector<Value> printable;
    printable.reserve(args.size());
    for (const Value& a : args) {
        if (!a.isValid() || (a.kind() == Kind::Interface && a.isNil())) {
            printable.push_back(Value::string("<no value>"));
        } else if (a.kind() == Kind::Pointer) {
            bool isNil = false;
            printable.push_back(indirect(a, &isNil));
        } else {
            printable.push_back(a);
        }
    }
    return sprint(printable);
}

} // namespace

const FuncMap& builtinFunctions()
{
    static const FuncMap funcs = [] {
        const TypeRef any = types::interfaceType();
        const TypeRef rv = types::reflectValue();
        FuncMap m;
        auto andOr = [&](const char* name, Function::Special special) {
            auto f = std::make_shared<Function>();
            f->name = name;
            f->params = {rv, rv};
            f->variadic = true;
            f->special = special;
            m[name] = f;
        };
        andOr("and", Function::Special::And);
        andOr("or", Function::Special::Or);
        m["call"] = makeFunction("call", {rv, rv}, call, true, true);
        m["html"] = makeFunction(
            "html", {any}, [](std::vector<Value>& a) { return Value::string(htmlEscape(evalArgs(a))); }, true);
        m["js"] = makeFunction(
            "js", {any}, [](std::vector<Value>& a) { return Value::string(jsEscape(evalArgs(a))); }, true);
        m["urlquery"] = makeFunction(
            "urlquery", {any}, [](std::vector<Value>& a) { return Value::string(queryEscape(evalArgs(a))); }, true);
        m["index"] = makeFunction("index", {rv, rv}, index, true, true);
        m["slice"] = makeFunction("slice", {rv, rv}, slice, true, true);
        m["len"] = makeFunction("len", {rv}, length, false, true);
        m["not"] = makeFunction("not", {rv}, [](std::vector<Value>& a) {
            const Value v = indirectInterface(a[0]);
            return Value::boolean(!isTrue(v));
        });
        m["print"] = makeFunction(
            "print", {any}, [](std::vector<Value>& a) { return Value::string(sprint(a)); }, true);
        m["println"] = makeFunction(
            "println", {any}, [](std::vector<Value>& a) { return Value::string(sprintln(a)); }, true);
        m["printf"] = makeFunction(
            "printf", {types::stringType(), any},
            [](std::vector<Value>& a) { return Value::string(sprintf(a[0].str(), std::span(a).subspan(1))); }, true);
        m["eq"] = makeFunction("eq", {rv, rv}, compareEq, true, true);
        m["ne"] = makeFunction("ne", {rv, rv}, compareNe, false, true);
        m["lt"] = makeFunction("lt", {rv, rv}, compareLt, false, true);
        m["le"] = makeFunction("le", {rv, rv}, compareLe, false, true);
        m["gt"] = makeFunction("gt", {rv, rv}, compareGt, false, true);
        m["ge"] = makeFunction("ge", {rv, rv}, compareGe, false, true);
        return m;
    }();
    return funcs;
}

} // namespace alertdesk::gotmpl
