// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/compare.h"

#include "templating/gofmt.h"

namespace alertdesk::gotmpl {

namespace {

enum class BasicKind { Invalid, Bool, Int, Float, String, Uint };

const char kBadComparisonType[] = "invalid type for comparison";
const char kBadComparison[] = "incompatible types for comparison";

Value indirectInterface(const Value& v)
{
    if (v.kind() != Kind::Interface)
        return v;
    return v.isNil() ? Value() : v.retyped(v.type()->elem);
}

BasicKind basicKind(const Value& v)
{
    switch (v.kind()) {
    case Kind::Bool:
        return BasicKind::Bool;
    case Kind::Int:
        return BasicKind::Int;
    case Kind::Uint:
        return BasicKind::Uint;
    case Kind::Float:
        return BasicKind::Float;
    case Kind::String:
        return BasicKind::String;
    default:
        return BasicKind::Invalid;
    }
}

bool isNilValue(const Value& v)
{
    if (!v.isValid())
        return true;
    switch (v.kind()) {
    case Kind::Func:
    case Kind::Interface:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
        return v.isNil();
    default:
        return false;
    }
}

bool comparable(const Value& v)
{
    switch (v.kind()) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
        return false;
    case Kind::Struct:
        if (v.type()->isTime)
            return true;
        for (const Value& f : v.items()) {
            if (!comparable(f))
                return false;
        }
        return true;
    default:
        return true;
    }
}

bool identical(const Value& a, const Value& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.kind()) {
    case Kind::Bool:
        return a.toBool() == b.toBool();
    case Kind::Int:
        return a.toInt() == b.toInt();
    case Kind::Uint:
        return a.toUint() == b.toUint();
    case Kind::Float:
        return a.toFloat() == b.toFloat();
    case Kind::String:
        return a.str() == b.str();
    case Kind::Struct: {
        if (a.type()->isTime)
            return a.time() == b.time();
        const List& x = a.items();
        const List& y = b.items();
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!identical(x[i], y[i]))
                return false;
        }
        return true;
    }
    case Kind::Pointer:
        return &a.items() == &b.items();
    default:
        return false;
    }
}

// Go's eq for one pair; std::nullopt-like failure through `error`.
bool equalPair(const Value& arg1, const Value& argIn, std::string* error)
{
    const Value arg = indirectInterface(argIn);
    const BasicKind k1 = basicKind(arg1);
    const BasicKind k2 = basicKind(arg);
    if (k1 != k2) {
        if (k1 == BasicKind::Int && k2 == BasicKind::Uint)
            return arg1.toInt() >= 0 && static_cast<std::uint64_t>(arg1.toInt()) == arg.toUint();
        if (k1 == BasicKind::Uint && k2 == BasicKind::Int)
            return arg.toInt() >= 0 && arg1.toUint() == static_cast<std::uint64_t>(arg.toInt());
        if (arg1.isValid() && arg.isValid())
            *error = kBadComparison;
        return false;
    }
    switch (k1) {
    case BasicKind::Bool:
        return arg1.toBool() == arg.toBool();
    case BasicKind::Float:
        return arg1.toFloat() == arg.toFloat();
    case BasicKind::Int:
        return arg1.toInt() == arg.toInt();
    case BasicKind::String:
        return arg1.str() == arg.str();
    case BasicKind::Uint:
        return arg1.toUint() == arg.toUint();
    case BasicKind::Invalid:
        break;
    }
    if (arg1.kind() != arg.kind() && arg1.isValid() && arg.isValid()) {
        *error = "non-comparable types " + sprintf("%s", {arg1}) + ": " + arg1.type()->name + ", " + arg.type()->name +
                 ": " + sprint({arg});
        return false;
    }
    if (isNilValue(arg1) || isNilValue(arg))
        return isNilValue(arg) == isNilValue(arg1);
    if (!comparable(arg)) {
        *error = "non-comparable type " + sprintf("%s", {arg}) + ": " + arg.type()->name;
        return false;
    }
    return identical(arg1, arg);
}

bool lessThan(const Value& a, const Value& b, std::string* error)
{
    const Value arg1 = indirectInterface(a);
    const Value arg2 = indirectInterface(b);
    const BasicKind k1 = basicKind(arg1);
    const BasicKind k2 = basicKind(arg2);
    if (k1 == BasicKind::Invalid || k2 == BasicKind::Invalid) {
        *error = kBadComparisonType;
        return false;
    }
    if (k1 != k2) {
        if (k1 == BasicKind::Int && k2 == BasicKind::Uint)
            return arg1.toInt() < 0 || static_cast<std::uint64_t>(arg1.toInt()) < arg2.toUint();
        if (k1 == BasicKind::Uint && k2 == BasicKind::Int)
            return arg2.toInt() >= 0 && arg1.toUint() < static_cast<std::uint64_t>(arg2.toInt());
        *error = kBadComparison;
        return false;
    }
    switch (k1) {
    case BasicKind::Float:
        return arg1.toFloat() < arg2.toFloat();
    case BasicKind::Int:
        return arg1.toInt() < arg2.toInt();
    case BasicKind::String:
        return arg1.str() < arg2.str();
    case BasicKind::Uint:
        return arg1.toUint() < arg2.toUint();
    default:
        *error = kBadComparisonType;
        return false;
    }
}

CallResult result(bool value, const std::string& error)
{
    if (!error.empty())
        return CallResult::fail(error);
    return Value::boolean(value);
}

} // namespace

CallResult compareEq(std::vector<Value>& args)
{
    const Value arg1 = indirectInterface(args[0]);
    if (args.size() < 2)
        return CallResult::fail("missing argument for comparison");
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string error;
        const bool truth = equalPair(arg1, args[i], &error);
        if (!error.empty())
            return CallResult::fail(error);
        if (truth)
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

CallResult compareNe(std::vector<Value>& args)
{
    std::string error;
    const bool equal = equalPair(indirectInterface(args[0]), args[1], &error);
    return result(!equal, error);
}

CallResult compareLt(std::vector<Value>& args)
{
    std::string error;
    const bool less = lessThan(args[0], args[1], &error);
    return result(less, error);
}

CallResult compareLe(std::vector<Value>& args)
{
    std::string error;
    const bool less = lessThan(args[0], args[1], &error);
    if (less || !error.empty())
        return result(less, error);
    const bool equal = equalPair(indirectInterface(args[0]), args[1], &error);
    return result(equal, error);
}

CallResult compareGt(std::vector<Value>& args)
{
    CallResult le = compareLe(args);
    if (le.failed)
        return le;
    return Value::boolean(!le.value.toBool());
}

CallResult compareGe(std::vector<Value>& args)
{
    std::string error;
    const bool less = lessThan(args[0], args[1], &error);
    return result(!less, error);
}

} // namespace alertdesk::gotmpl
