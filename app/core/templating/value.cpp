// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/value.h"

#include "templating/function.h"

namespace alertdesk::gotmpl {

namespace types {
namespace {
Type make(Kind kind, const char* name, TypeRef elem = nullptr)
{
    Type t;
    t.kind = kind;
    t.name = name;
    t.elem = elem;
    return t;
}
Type named(Kind kind, const char* name, TypeRef underlying, bool stringer = false,
           const MethodSet* (*methods)() = nullptr)
{
    Type t = make(kind, name, underlying ? underlying->elem : nullptr);
    t.underlying = underlying;
    t.named = true;
    t.stringer = stringer;
    t.methods = methods;
    return t;
}
} // namespace

#define ALERTDESK_GOTYPE(fn, expr)                                                                                     \
    TypeRef fn()                                                                                                       \
    {                                                                                                                  \
        static const Type t = expr;                                                                                    \
        return &t;                                                                                                     \
    }
ALERTDESK_GOTYPE(boolType, make(Kind::Bool, "bool"))
ALERTDESK_GOTYPE(intType, make(Kind::Int, "int"))
ALERTDESK_GOTYPE(int32Type, make(Kind::Int, "int32"))
ALERTDESK_GOTYPE(int64Type, make(Kind::Int, "int64"))
ALERTDESK_GOTYPE(uintType, make(Kind::Uint, "uint"))
ALERTDESK_GOTYPE(uint8Type, make(Kind::Uint, "uint8"))
ALERTDESK_GOTYPE(float64Type, make(Kind::Float, "float64"))
ALERTDESK_GOTYPE(stringType, make(Kind::String, "string"))
ALERTDESK_GOTYPE(interfaceType, make(Kind::Interface, "interface {}"))
ALERTDESK_GOTYPE(reflectValue, make(Kind::ReflectValue, "reflect.Value"))
ALERTDESK_GOTYPE(stringSlice, make(Kind::Slice, "[]string", stringType()))
ALERTDESK_GOTYPE(interfaceSlice, make(Kind::Slice, "[]interface {}", interfaceType()))
ALERTDESK_GOTYPE(stringMap, make(Kind::Map, "map[string]string", stringType()))
ALERTDESK_GOTYPE(interfaceMap, make(Kind::Map, "map[string]interface {}", interfaceType()))
ALERTDESK_GOTYPE(duration, named(Kind::Int, "time.Duration", int64Type(), true, durationMethods))
ALERTDESK_GOTYPE(month, named(Kind::Int, "time.Month", intType(), true, monthMethods))
ALERTDESK_GOTYPE(weekday, named(Kind::Int, "time.Weekday", intType(), true, weekdayMethods))
ALERTDESK_GOTYPE(html, named(Kind::String, "template.HTML", stringType()))
ALERTDESK_GOTYPE(funcType, make(Kind::Func, "func"))
#undef ALERTDESK_GOTYPE

TypeRef time()
{
    static const Type t = [] {
        Type x = make(Kind::Struct, "time.Time");
        x.named = true;
        x.stringer = true;
        x.isTime = true;
        x.methods = timeMethods;
        return x;
    }();
    return &t;
}
} // namespace types

namespace {
const List& emptyList()
{
    static const List l;
    return l;
}
const Map& emptyMap()
{
    static const Map m;
    return m;
}
const std::shared_ptr<const std::string>& emptyString()
{
    static const auto s = std::make_shared<const std::string>();
    return s;
}
} // namespace

Value Value::string(std::string s, TypeRef type)
{
    if (s.empty())
        return Value(type, emptyString());
    return Value(type, std::make_shared<const std::string>(std::move(s)));
}

Value Value::list(List items, TypeRef type)
{
    return Value(type, std::make_shared<const List>(std::move(items)));
}

Value Value::map(Map items, TypeRef type)
{
    return Value(type, std::make_shared<const Map>(std::move(items)));
}

Value Value::structure(List fields, TypeRef type)
{
    return Value(type, std::make_shared<const List>(std::move(fields)));
}

Value Value::pointerTo(const Value& target, TypeRef pointerType)
{
    Value v = target;
    v.m_type = pointerType;
    return v;
}

Value Value::zeroOf(TypeRef type)
{
    if (!type)
        return {};
    switch (type->kind) {
    case Kind::Bool:
        return Value(type, false);
    case Kind::Int:
        return Value(type, std::int64_t{0});
    case Kind::Uint:
        return Value(type, std::uint64_t{0});
    case Kind::Float:
        return Value(type, 0.0);
    case Kind::String:
        return Value(type, emptyString());
    case Kind::Struct: {
        if (type->isTime)
            return Value(type, GoTime{});
        List fields;
        for (std::size_t i = 0; i < type->fields.size(); ++i)
            fields.push_back(Value()); // not needed by our data model: structs are always built whole
        return structure(std::move(fields), type);
    }
    default:
        return nilOf(type);
    }
}

const List& Value::items() const
{
    if (const auto* p = std::get_if<ListPtr>(&m_data))
        return **p;
    return emptyList();
}

const Map& Value::entries() const
{
    if (const auto* p = std::get_if<MapPtr>(&m_data))
        return **p;
    return emptyMap();
}

Map* Value::sharedEntries() const
{
    if (const auto* p = std::get_if<MapPtr>(&m_data))
        return const_cast<Map*>(p->get());
    return nullptr;
}

const Function* Value::func() const
{
    if (const auto* p = std::get_if<FuncPtr>(&m_data))
        return p->get();
    return nullptr;
}

const Value* Value::field(const std::string& name) const
{
    if (!m_type || m_type->kind != Kind::Struct)
        return nullptr;
    const auto& fields = m_type->fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == name)
            return &items()[i];
    }
    return nullptr;
}

std::size_t Value::length() const
{
    switch (kind()) {
    case Kind::String:
        return str().size();
    case Kind::Slice:
        return items().size();
    case Kind::Map:
        return entries().size();
    default:
        return 0;
    }
}

Value indirect(const Value& v, bool* isNil)
{
    *isNil = false;
    if (v.kind() == Kind::Pointer || v.kind() == Kind::Interface) {
        if (v.isNil()) {
            *isNil = true;
            return v;
        }
        return v.retyped(v.type()->elem);
    }
    return v;
}

bool isTrue(const Value& v, bool* ok)
{
    if (ok)
        *ok = true;
    switch (v.kind()) {
    case Kind::Invalid:
        return false;
    case Kind::Bool:
        return v.toBool();
    case Kind::Int:
        return v.toInt() != 0;
    case Kind::Uint:
        return v.toUint() != 0;
    case Kind::Float:
        return v.toFloat() != 0;
    case Kind::String:
    case Kind::Slice:
    case Kind::Map:
        return v.length() > 0;
    case Kind::Pointer:
    case Kind::Interface:
    case Kind::Func:
        return !v.isNil();
    case Kind::Struct:
        return true;
    case Kind::ReflectValue:
        break;
    }
    if (ok)
        *ok = false;
    return false;
}

bool assignable(TypeRef from, TypeRef to)
{
    if (from == to || to->kind == Kind::Interface)
        return true;
    if (from->named && to->named)
        return false;
    const TypeRef a = from->underlying ? from->underlying : from;
    const TypeRef b = to->underlying ? to->underlying : to;
    if (a == b)
        return true;
    // Unnamed composite types are identical when their element types are: []T and a named slice of T.
    return a->kind == b->kind && (a->kind == Kind::Slice || a->kind == Kind::Map) && a->elem == b->elem &&
           a->name == b->name;
}

bool canBeNil(TypeRef type)
{
    switch (type->kind) {
    case Kind::Func:
    case Kind::Interface:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::ReflectValue:
        return true;
    default:
        return false;
    }
}

} // namespace alertdesk::gotmpl
