// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/value.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace alertdesk::gotmpl {

/// What a Go function returned: a value, or (for functions with an error result) a failure message.
struct CallResult {
    Value value;
    std::string error;
    bool failed = false;

    CallResult(Value v = {})
        : value(std::move(v))
    {}
    static CallResult fail(std::string message)
    {
        CallResult r;
        r.error = std::move(message);
        r.failed = true;
        return r;
    }
};

/// A Go function or method as text/template calls it: typed parameters (the executor converts constants and checks
/// types against them, with Go's messages), variadic or not, one result or a result and an error.
/// A parameter type of types::reflectValue() takes anything, even no value (Go's builtins).
/// For methods, args[0] is the receiver and `params` excludes it.
struct Function {
    enum class Special { None, And, Or };
    std::string name;
    std::vector<TypeRef> params; ///< for variadic functions the last entry is the element type of the ... parameter
    bool variadic = false;
    bool returnsError = false;
    Special special = Special::None;
    std::function<CallResult(std::vector<Value>& args)> impl;
};

using FuncMap = std::map<std::string, std::shared_ptr<const Function>>;
/// A type's methods by name. Names begin with an ASCII capital (exported, as Go templates need): findMethod relies
/// on it to skip the search for map keys.
using MethodSet = std::map<std::string, Function>;

/// Convenience for building function tables.
inline std::shared_ptr<const Function> makeFunction(std::string name, std::vector<TypeRef> params,
                                                    std::function<CallResult(std::vector<Value>&)> impl,
                                                    bool variadic = false, bool returnsError = false)
{
    auto f = std::make_shared<Function>();
    f->name = std::move(name);
    f->params = std::move(params);
    f->impl = std::move(impl);
    f->variadic = variadic;
    f->returnsError = returnsError;
    return f;
}

/// Go's builtins: and or not len index slice print printf println html js urlquery eq ne lt le gt ge call.
const FuncMap& builtinFunctions();
/// Methods of a type (time.Time, time.Duration, KV, Alerts, Pairs ...), or nullptr.
inline const Function* findMethod(TypeRef type, const std::string& name)
{
    if (!type || !type->methods)
        return nullptr;
    // Templates reach exported methods only, and ours all start with an ASCII capital: a map key such as
    // .Labels.alertname or .Annotations.处理人 skips the search.
    if (name.empty() || name[0] < 'A' || name[0] > 'Z')
        return nullptr;
    const MethodSet* set = type->methods();
    const auto it = set->find(name);
    return it == set->end() ? nullptr : &it->second;
}
const MethodSet* timeMethods();
const MethodSet* durationMethods();
const MethodSet* monthMethods();
const MethodSet* weekdayMethods();

} // namespace alertdesk::gotmpl
