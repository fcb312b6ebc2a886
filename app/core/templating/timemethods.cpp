// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/function.h"
#include "templating/gozone.h"

namespace alertdesk::gotmpl {

namespace {

using Args = std::vector<Value>;

Function method(const char* name, std::vector<TypeRef> params, std::function<CallResult(Args&)> impl)
{
    Function f;
    f.name = name;
    f.params = std::move(params);
    f.impl = std::move(impl);
    return f;
}

Value integer(std::int64_t v)
{
    return Value::integer(v);
}

double durationUnits(std::int64_t d, std::int64_t unit)
{
    const std::int64_t whole = d / unit;
    const std::int64_t rest = d % unit;
    return static_cast<double>(whole) + static_cast<double>(rest) / static_cast<double>(unit);
}

} // namespace

const MethodSet* timeMethods()
{
    static const MethodSet methods = [] {
        const TypeRef timeType = types::time();
        MethodSet m;
        auto add = [&m](Function f) { m.emplace(f.name, std::move(f)); };
        auto t = [](const Args& a) -> const GoTime& { return a[0].time(); };
        add(method("Format", {types::stringType()},
                   [t](Args& a) { return Value::string(formatTime(t(a), a[1].str())); }));
        add(method("String", {}, [t](Args& a) { return Value::string(timeString(t(a))); }));
        add(method("Add", {types::duration()}, [t](Args& a) { return Value::time(addDuration(t(a), a[1].toInt())); }));
        add(method("Sub", {timeType},
                   [t](Args& a) { return Value::integer(subTimes(t(a), a[1].time()), types::duration()); }));
        add(method("UTC", {}, [t](Args& a) { return Value::time(toUtc(t(a))); }));
        add(method("Local", {}, [t](Args& a) { return Value::time(inLocation(t(a), localLocation())); }));
        add(method("Unix", {}, [t](Args& a) { return integer(t(a).sec).retyped(types::int64Type()); }));
        add(method("UnixMilli", {}, [t](Args& a) {
            return integer(t(a).sec * 1000 + t(a).nsec / 1000000).retyped(types::int64Type());
        }));
        add(method("UnixMicro", {}, [t](Args& a) {
            return integer(t(a).sec * 1000000 + t(a).nsec / 1000).retyped(types::int64Type());
        }));
        add(method("UnixNano", {},
                   [t](Args& a) { return integer(t(a).sec * 1000000000 + t(a).nsec).retyped(types::int64Type()); }));
        add(method("IsZero", {}, [t](Args& a) { return Value::boolean(t(a).isZero()); }));
        add(method("Before", {timeType},
                   [t](Args& a) { return Value::boolean(compareInstants(t(a), a[1].time()) < 0); }));
        add(method("After", {timeType},
                   [t](Args& a) { return Value::boolean(compareInstants(t(a), a[1].time()) > 0); }));
        add(method("Equal", {timeType},
                   [t](Args& a) { return Value::boolean(compareInstants(t(a), a[1].time()) == 0); }));
        add(method("Year", {}, [t](Args& a) { return integer(civil(t(a)).year); }));
        add(method("Month", {}, [t](Args& a) { return Value::integer(civil(t(a)).month, types::month()); }));
        add(method("Day", {}, [t](Args& a) { return integer(civil(t(a)).day); }));
        add(method("YearDay", {}, [t](Args& a) { return integer(civil(t(a)).yday); }));
        add(method("Hour", {}, [t](Args& a) { return integer(civil(t(a)).hour); }));
        add(method("Minute", {}, [t](Args& a) { return integer(civil(t(a)).minute); }));
        add(method("Second", {}, [t](Args& a) { return integer(civil(t(a)).second); }));
        add(method("Nanosecond", {}, [t](Args& a) { return integer(t(a).nsec); }));
        add(method("Weekday", {}, [t](Args& a) { return Value::integer(civil(t(a)).weekday, types::weekday()); }));
        return m;
    }();
    return &methods;
}

const MethodSet* durationMethods()
{
    static const MethodSet methods = [] {
        MethodSet m;
        auto add = [&m](Function f) { m.emplace(f.name, std::move(f)); };
        add(method("String", {}, [](Args& a) { return Value::string(durationString(a[0].toInt())); }));
        add(method("Hours", {},
                   [](Args& a) { return Value::floating(durationUnits(a[0].toInt(), 3600LL * 1000000000LL)); }));
        add(method("Minutes", {},
                   [](Args& a) { return Value::floating(durationUnits(a[0].toInt(), 60LL * 1000000000LL)); }));
        add(method("Seconds", {}, [](Args& a) { return Value::floating(durationUnits(a[0].toInt(), 1000000000LL)); }));
        add(method("Milliseconds", {},
                   [](Args& a) { return Value::integer(a[0].toInt() / 1000000, types::int64Type()); }));
        add(method("Microseconds", {},
                   [](Args& a) { return Value::integer(a[0].toInt() / 1000, types::int64Type()); }));
        add(method("Nanoseconds", {}, [](Args& a) { return Value::integer(a[0].toInt(), types::int64Type()); }));
        return m;
    }();
    return &methods;
}

const MethodSet* monthMethods()
{
    static const MethodSet methods = [] {
        MethodSet m;
        m.emplace("String", method("String", {},
                                   [](Args& a) { return Value::string(monthName(static_cast<int>(a[0].toInt()))); }));
        return m;
    }();
    return &methods;
}

const MethodSet* weekdayMethods()
{
    static const MethodSet methods = [] {
        MethodSet m;
        m.emplace("String", method("String", {},
                                   [](Args& a) { return Value::string(weekdayName(static_cast<int>(a[0].toInt()))); }));
        return m;
    }();
    return &methods;
}

} // namespace alertdesk::gotmpl
