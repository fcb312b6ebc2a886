// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/gotime.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace alertdesk::gotmpl {

/// Go's reflect kinds, as far as templates can meet them. Strings are Go strings: UTF-8 bytes in std::string, so that
/// len, index, slice and printf widths count what Go counts.
enum class Kind { Invalid, Bool, Int, Uint, Float, String, Slice, Map, Struct, Pointer, Interface, Func, ReflectValue };

struct Function;
struct Type;
using TypeRef = const Type*;

/// A Go type: its reflect string (what %T and error messages print), kind, element and field layout. Types live for
/// the whole program (function-local statics), so values refer to them by plain pointer.
struct Type {
    Kind kind = Kind::Invalid;
    std::string name;                ///< "string", "[]string", "template.KV", "*template.Data", "time.Duration"
    TypeRef elem = nullptr;          ///< slice element, map value, pointer target
    TypeRef underlying = nullptr;    ///< for named types: the unnamed type with the same layout (nullptr otherwise)
    std::vector<std::string> fields; ///< struct fields, in declaration order
    bool named = false;
    bool stringer = false; ///< has a String() method fmt uses (time.Time, time.Duration, time.Month, time.Weekday)
    bool isTime = false;
    const std::map<std::string, Function>* (*methods)() = nullptr; ///< the type's method set, if it has methods
};

namespace types {
TypeRef boolType();
TypeRef intType();
TypeRef int32Type(); ///< rune
TypeRef int64Type();
TypeRef uintType();
TypeRef uint8Type(); ///< byte, what indexing a string gives
TypeRef float64Type();
TypeRef stringType();
TypeRef interfaceType();  ///< interface {}
TypeRef reflectValue();   ///< reflect.Value: what Go's builtins take
TypeRef stringSlice();    ///< []string
TypeRef interfaceSlice(); ///< []interface {}
TypeRef stringMap();      ///< map[string]string
TypeRef interfaceMap();   ///< map[string]interface {}
TypeRef duration();
TypeRef month();
TypeRef weekday();
TypeRef time();
TypeRef html(); ///< html/template.HTML (safeHtml)
TypeRef funcType();
} // namespace types

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>; // Go templates and fmt visit map keys sorted; all our maps have string keys

/// A Go value with its dynamic type. An invalid Value (no type) is reflect's zero Value: "<no value>" in templates.
/// A nil interface is a Value of interface type holding nothing. Strings and aggregates are immutable and shared, so
/// copying a value (a label handed to a function, say) copies no bytes.
class Value {
public:
    Value() = default;
    static Value boolean(bool b) { return Value(types::boolType(), b); }
    static Value integer(std::int64_t i, TypeRef type = types::intType()) { return Value(type, i); }
    static Value uinteger(std::uint64_t u, TypeRef type = types::uintType()) { return Value(type, u); }
    static Value floating(double d) { return Value(types::float64Type(), d); }
    static Value string(std::string s, TypeRef type = types::stringType());
    static Value list(List items, TypeRef type);
    static Value map(Map items, TypeRef type);
    static Value nilOf(TypeRef type) { return Value(type, std::monostate{}); } // nil slice/map/interface/pointer
    static Value structure(List fields, TypeRef type);
    static Value pointerTo(const Value& target, TypeRef pointerType);
    static Value time(const GoTime& t) { return Value(types::time(), t); }
    static Value function(std::shared_ptr<const Function> f) { return Value(types::funcType(), std::move(f)); }
    static Value zeroOf(TypeRef type);

    bool isValid() const { return m_type != nullptr; }
    TypeRef type() const { return m_type; }
    Kind kind() const { return m_type ? m_type->kind : Kind::Invalid; }
    /// nil slice, map, pointer, interface or func
    bool isNil() const { return std::holds_alternative<std::monostate>(m_data); }

    bool toBool() const { return std::get<bool>(m_data); }
    std::int64_t toInt() const { return std::get<std::int64_t>(m_data); }
    std::uint64_t toUint() const { return std::get<std::uint64_t>(m_data); }
    double toFloat() const { return std::get<double>(m_data); }
    const std::string& str() const { return *std::get<StringPtr>(m_data); }
    const List& items() const;  ///< slice elements or struct fields (empty for nil)
    const Map& entries() const; ///< map entries (empty for nil)
    /// Go maps are references: sprig's set/unset change the dict every holder sees. nullptr for a nil map.
    Map* sharedEntries() const;
    const GoTime& time() const { return std::get<GoTime>(m_data); }
    const Function* func() const;
    /// Field by name for structs; nullptr when there is none.
    const Value* field(const std::string& name) const;
    /// Length for strings, slices and maps.
    std::size_t length() const;
    /// The same data seen as another type with the same layout (Go conversion between named and unnamed types).
    Value retyped(TypeRef type) const
    {
        Value v = *this;
        v.m_type = type;
        return v;
    }

private:
    using StringPtr = std::shared_ptr<const std::string>;
    using ListPtr = std::shared_ptr<const List>;
    using MapPtr = std::shared_ptr<const Map>;
    using FuncPtr = std::shared_ptr<const Function>;
    using Data = std::variant<std::monostate, bool, std::int64_t, std::uint64_t, double, StringPtr, ListPtr, MapPtr,
                              GoTime, FuncPtr>;
    template <typename T>
    Value(TypeRef type, T data)
        : m_type(type)
        , m_data(std::move(data))
    {}

    TypeRef m_type = nullptr;
    Data m_data;
};

/// reflect's indirect(): follows pointers and interfaces; isNil when it stopped at a nil one.
Value indirect(const Value& v, bool* isNil);
/// Go's template truthiness; ok is false for values that have none (functions).
bool isTrue(const Value& v, bool* ok = nullptr);
/// Whether a value of type `from` may be assigned to a variable of type `to` (Go's assignability rules).
bool assignable(TypeRef from, TypeRef to);
bool canBeNil(TypeRef type);

} // namespace alertdesk::gotmpl
