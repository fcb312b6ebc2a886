// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/sprigvalues.h"

#include "templating/gotime.h"
#include "templating/gozone.h"
#include "templating/number.h"

#include <QDateTime>

#include <algorithm>

namespace alertdesk::gotmpl::sprig {

namespace {
using Args = std::vector<Value>;

// reflect.Kind's String(), for sprig's "Cannot find first on type %s".
std::string kindName(const Value& v)
{
    switch (v.kind()) {
    case Kind::Invalid:
        return "invalid";
    case Kind::Bool:
        return "bool";
    case Kind::Int:
        return v.type()->underlying ? v.type()->underlying->name : v.type()->name;
    case Kind::Uint:
        return v.type()->name;
    case Kind::Float:
        return "float64";
    case Kind::String:
        return "string";
    case Kind::Slice:
        return "slice";
    case Kind::Map:
        return "map";
    case Kind::Struct:
        return "struct";
    case Kind::Pointer:
        return "ptr";
    case Kind::Interface:
        return "interface";
    default:
        return "func";
    }
}

bool deepEqual(const Value& a, const Value& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.kind()) {
    case Kind::Invalid:
        return true;
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
    case Kind::Map: {
        if (a.entries().size() != b.entries().size() || a.isNil() != b.isNil())
            return false;
        for (const auto& [k, v] : a.entries()) {
            const auto it = b.entries().find(k);
            if (it == b.entries().end() || !deepEqual(v, it->second))
                return false;
        }
        return true;
    }
    case Kind::Struct:
        if (a.type()->isTime)
            return a.time() == b.time();
        [[fallthrough]];
    case Kind::Slice:
    case Kind::Pointer: {
        const List& x = a.items();
        const List& y = b.items();
        if (x.size() != y.size() || a.isNil() != b.isNil())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!deepEqual(x[i], y[i]))
                return false;
        }
        return true;
    }
    default:
        return a.isNil() && b.isNil();
    }
}

// sprig's now: time.Now(), in Local; or ALERTDESK_TEMPLATE_NOW when set (as the oracle does, for reproducible
// previews), parsed as the oracle parses it, with Local.
GoTime currentTime()
{
    const QByteArray fixed = qgetenv("ALERTDESK_TEMPLATE_NOW");
    std::string error;
    if (!fixed.isEmpty()) {
        if (const auto t = parseRfc3339(fixed.toStdString(), &error, localLocation()))
            return *t;
    }
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    GoTime t;
    t.sec = ms / 1000;
    t.nsec = static_cast<std::int32_t>(ms % 1000) * 1000000;
    return inLocation(t, localLocation());
}

Value int64Value(std::int64_t v)
{
    return Value::integer(v, types::int64Type());
}

} // namespace

void addListFunctions(FuncMap& m)
{
    const TypeRef any = types::interfaceType();
    const TypeRef str = types::stringType();
    const TypeRef dict = types::interfaceMap();
    m["default"] = makeFunction(
        "default", {any, any},
        [](Args& a) {
            if (a.size() < 2 || empty(a[1]))
                return a[0];
            return a[1];
        },
        true);
    m["empty"] = makeFunction("empty", {any}, [](Args& a) { return Value::boolean(empty(a[0])); });
    m["coalesce"] = makeFunction(
        "coalesce", {any},
        [](Args& a) {
            for (const Value& v : a) {
                if (!empty(v))
                    return v;
            }
            return Value();
        },
        true);
    m["ternary"] =
        makeFunction("ternary", {any, any, types::boolType()}, [](Args& a) { return a[2].toBool() ? a[0] : a[1]; });
    m["list"] = makeFunction(
        "list", {any}, [](Args& a) { return Value::list(a, types::interfaceSlice()); }, true);
    auto firstOrLast = [](const char* name, bool first) {
        return makeFunction(name, {types::interfaceType()}, [name, first](Args& a) {
            if (a[0].kind() != Kind::Slice)
                return CallResult::fail(std::string("Cannot find ") + name + " on type " + kindName(a[0]));
            const List& items = a[0].items();
            if (items.empty())
                return CallResult(Value());
            return CallResult(first ? items.front() : items.back());
        });
    };
    m["first"] = firstOrLast("first", true);
    m["last"] = firstOrLast("last", false);
    m["has"] = makeFunction("has", {any, any}, [](Args& a) {
        if (!a[1].isValid())
            return CallResult(Value::boolean(false));
        if (a[1].kind() != Kind::Slice)
            return CallResult::fail("Cannot find has on type " + kindName(a[1]));
        for (const Value& item : a[1].items()) {
            if (deepEqual(a[0], item))
                return CallResult(Value::boolean(true));
        }
        return CallResult(Value::boolean(false));
    });
    m["uniq"] = makeFunction("uniq", {any}, [](Args& a) {
        if (a[0].kind() != Kind::Slice)
            return CallResult::fail("Cannot find uniq on type " + kindName(a[0]));
        List out;
        for (const Value& item : a[0].items()) {
            if (std::none_of(out.begin(), out.end(), [&](const Value& o) { return deepEqual(o, item); }))
                out.push_back(item);
        }
        return CallResult(Value::list(std::move(out), types::interfaceSlice()));
    });
    m["sortAlpha"] = makeFunction("sortAlpha", {any}, [](Args& a) {
        if (a[0].kind() != Kind::Slice)
            return stringList({strval(a[0])});
        std::vector<std::string> items = strslice(a[0]);
        std::sort(items.begin(), items.end());
        return stringList(items);
    });
    m["join"] = makeFunction("join", {str, any}, [](Args& a) {
        std::string out;
        const auto items = strslice(a[1]);
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i ? a[0].str() : std::string()) + items[i];
        return Value::string(out);
    });
    m["dict"] = makeFunction(
        "dict", {any},
        [](Args& a) {
            Map out;
            for (std::size_t i = 0; i < a.size(); i += 2)
                out[strval(a[i])] = i + 1 < a.size() ? a[i + 1] : Value::string(std::string());
            return Value::map(std::move(out), types::interfaceMap());
        },
        true);
    m["get"] = makeFunction("get", {dict, str}, [](Args& a) {
        const auto it = a[0].entries().find(a[1].str());
        return it == a[0].entries().end() ? Value::string(std::string()) : it->second;
    });
    m["set"] = makeFunction("set", {dict, str, any}, [](Args& a) {
        Map* shared = a[0].sharedEntries();
        if (!shared)
            return CallResult::fail("assignment to entry in nil map");
        (*shared)[a[1].str()] = a[2];
        return CallResult(a[0]);
    });
    m["unset"] = makeFunction("unset", {dict, str}, [](Args& a) {
        if (Map* shared = a[0].sharedEntries())
            shared->erase(a[1].str());
        return a[0];
    });
    m["hasKey"] = makeFunction("hasKey", {dict, str},
                               [](Args& a) { return Value::boolean(a[0].entries().count(a[1].str()) > 0); });
    m["keys"] = makeFunction(
        "keys", {dict},
        [](Args& a) {
            std::vector<std::string> keys;
            for (const Value& d : a) {
                for (const auto& [k, v] : d.entries())
                    keys.push_back(k);
            }
            return stringList(keys);
        },
        true);
    m["pluck"] = makeFunction(
        "pluck", {str, dict},
        [](Args& a) {
            List out;
            for (std::size_t i = 1; i < a.size(); ++i) {
                const auto it = a[i].entries().find(a[0].str());
                if (it != a[i].entries().end())
                    out.push_back(it->second);
            }
            return Value::list(std::move(out), types::interfaceSlice());
        },
        true);
    m["slice"] = makeFunction(
        "slice", {any, any},
        [](Args& a) {
            if (a[0].kind() != Kind::Slice)
                return CallResult::fail("list should be type of slice or array but " + kindName(a[0]));
            const List& items = a[0].items();
            if (items.empty())
                return CallResult(Value());
            const auto len = static_cast<std::int64_t>(items.size());
            const std::int64_t start = a.size() > 1 ? toInt64(a[1]) : 0;
            const std::int64_t end = a.size() > 2 ? toInt64(a[2]) : len;
            if (start < 0 || end < start || end > len)
                return CallResult::fail("reflect: slice index out of range");
            return CallResult(Value::list(List(items.begin() + start, items.begin() + end), a[0].type()));
        },
        true);
    m["add"] = makeFunction(
        "add", {any},
        [](Args& a) {
            std::int64_t sum = 0;
            for (const Value& v : a)
                sum += toInt64(v);
            return int64Value(sum);
        },
        true);
    m["add1"] = makeFunction("add1", {any}, [](Args& a) { return int64Value(toInt64(a[0]) + 1); });
    m["sub"] = makeFunction("sub", {any, any}, [](Args& a) { return int64Value(toInt64(a[0]) - toInt64(a[1])); });
    m["mul"] = makeFunction(
        "mul", {any, any},
        [](Args& a) {
            std::int64_t product = toInt64(a[0]);
            for (std::size_t i = 1; i < a.size(); ++i)
                product *= toInt64(a[i]);
            return int64Value(product);
        },
        true);
    auto divide = [](const char* name, bool mod) {
        return makeFunction(name, {types::interfaceType(), types::interfaceType()}, [mod](Args& a) {
            const std::int64_t d = toInt64(a[1]);
            if (d == 0)
                return CallResult::fail("runtime error: integer divide by zero");
            return CallResult(int64Value(mod ? toInt64(a[0]) % d : toInt64(a[0]) / d));
        });
    };
    m["div"] = divide("div", false);
    m["mod"] = divide("mod", true);
    auto extreme = [](const char* name, bool max) {
        return makeFunction(
            name, {types::interfaceType(), types::interfaceType()},
            [max](Args& a) {
                std::int64_t best = toInt64(a[0]);
                for (std::size_t i = 1; i < a.size(); ++i)
                    best = max ? std::max(best, toInt64(a[i])) : std::min(best, toInt64(a[i]));
                return int64Value(best);
            },
            true);
    };
    m["max"] = extreme("max", true);
    m["min"] = extreme("min", false);
    m["int"] = makeFunction("int", {any}, [](Args& a) { return Value::integer(toInt64(a[0])); });
    m["int64"] = makeFunction("int64", {any}, [](Args& a) { return int64Value(toInt64(a[0])); });
    m["float64"] = makeFunction("float64", {any}, [](Args& a) { return Value::floating(toFloat64(a[0])); });
    m["atoi"] = makeFunction("atoi", {str}, [](Args& a) {
        return Value::integer(a[0].str().empty() ? 0 : toInt64(Value::string(a[0].str())));
    });
    auto dateInZone = [](const Value& date, const std::string& layout, const std::string& zone) {
        GoTime t;
        if (date.kind() == Kind::Struct && date.type()->isTime) {
            t = date.time();
        } else if (date.kind() == Kind::Int && (date.type() == types::intType() || date.type() == types::int64Type() ||
                                                date.type() == types::int32Type())) {
            t.sec = date.toInt();
            t.nsec = 0;
        } else {
            t = currentTime();
        }
        return Value::string(formatTime(inZone(t, zone), layout));
    };
    m["date"] =
        makeFunction("date", {str, any}, [dateInZone](Args& a) { return dateInZone(a[1], a[0].str(), "Local"); });
    m["dateInZone"] = makeFunction("dateInZone", {str, any, str},
                                   [dateInZone](Args& a) { return dateInZone(a[1], a[0].str(), a[2].str()); });
    m["now"] = makeFunction("now", {}, [](Args&) { return Value::time(currentTime()); });
    m["ago"] = makeFunction("ago", {any}, [](Args& a) {
        // sprig's dateAgo: time.Since(t).Round(time.Second).String(); t from a time, an int64 or an int, else now
        const GoTime now = currentTime();
        GoTime t = now;
        if (a[0].kind() == Kind::Struct && a[0].type()->isTime) {
            t = a[0].time();
        } else if (a[0].kind() == Kind::Int && (a[0].type() == types::int64Type() || a[0].type() == types::intType())) {
            t.sec = a[0].toInt();
            t.nsec = 0;
        }
        std::int64_t ns = (now.sec - t.sec) * 1000000000 + (now.nsec - t.nsec);
        const std::int64_t second = 1000000000;
        const std::int64_t rest = ns % second; // Go's Duration.Round: halves away from zero
        if (rest != 0)
            ns += (rest > 0 ? (rest * 2 >= second ? second - rest : -rest)
                            : (-rest * 2 >= second ? -second - rest : -rest));
        return Value::string(durationString(ns));
    });
    m["duration"] = makeFunction("duration", {any}, [](Args& a) {
        // sprig takes only int64 and strings; an int constant counts as 0
        std::int64_t n = 0;
        if (a[0].type() == types::int64Type())
            n = a[0].toInt();
        else if (a[0].kind() == Kind::String)
            n = parseGoInt(a[0].str(), 10).value_or(0);
        return Value::string(durationString(n * 1000000000));
    });
}

} // namespace alertdesk::gotmpl::sprig
