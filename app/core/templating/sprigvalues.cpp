// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/sprigvalues.h"

#include "templating/gofmt.h"
#include "templating/gostrings.h"
#include "templating/number.h"

#include <cmath>

namespace alertdesk::gotmpl::sprig {

bool isNilValue(const Value& v)
{
    if (!v.isValid())
        return true;
    switch (v.kind()) {
    case Kind::Interface:
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Slice:
    case Kind::Func:
        return v.isNil();
    default:
        return false;
    }
}

std::string strval(const Value& v)
{
    if (v.kind() == Kind::String)
        return v.str();
    std::string text;
    if (stringerText(v, &text))
        return text;
    return sprintf("%v", {v});
}

std::int64_t toInt64(const Value& v)
{
    switch (v.kind()) {
    case Kind::Int:
        return v.toInt();
    case Kind::Uint:
        return static_cast<std::int64_t>(v.toUint());
    case Kind::Float:
        return std::isfinite(v.toFloat()) ? static_cast<std::int64_t>(v.toFloat()) : INT64_MIN;
    case Kind::Bool:
        return v.toBool() ? 1 : 0;
    case Kind::String: {
        std::string s = v.str();
        // cast's trimZeroDecimal: "5.000" -> "5"
        if (const auto dot = s.find('.');
            dot != std::string::npos && dot > 0 && s.find_first_not_of('0', dot + 1) == std::string::npos)
            s.erase(dot);
        return parseGoInt(s).value_or(0);
    }
    default:
        return 0;
    }
}

double toFloat64(const Value& v)
{
    switch (v.kind()) {
    case Kind::Int:
        return static_cast<double>(v.toInt());
    case Kind::Uint:
        return static_cast<double>(v.toUint());
    case Kind::Float:
        return v.toFloat();
    case Kind::Bool:
        return v.toBool() ? 1 : 0;
    case Kind::String:
        return parseGoFloat(v.str()).value_or(0);
    default:
        return 0;
    }
}

bool empty(const Value& v)
{
    switch (v.kind()) {
    case Kind::Invalid:
        return true;
    case Kind::Slice:
    case Kind::Map:
    case Kind::String:
        return v.length() == 0;
    case Kind::Bool:
        return !v.toBool();
    case Kind::Int:
        return v.toInt() == 0;
    case Kind::Uint:
        return v.toUint() == 0;
    case Kind::Float:
        return v.toFloat() == 0;
    case Kind::Struct:
        return false;
    default:
        return v.isNil();
    }
}

std::vector<std::string> strslice(const Value& v)
{
    std::vector<std::string> out;
    if (v.kind() == Kind::Slice) {
        for (const Value& item : v.items()) {
            if (item.isValid() && !(item.kind() == Kind::Interface && item.isNil()))
                out.push_back(strval(item));
        }
        return out;
    }
    if (!v.isValid())
        return out;
    out.push_back(strval(v));
    return out;
}

Value stringList(const std::vector<std::string>& items)
{
    List list;
    list.reserve(items.size());
    for (const auto& s : items)
        list.push_back(Value::string(s));
    return Value::list(std::move(list), types::stringSlice());
}

namespace {

std::string jsonString(const std::string& s)
{
    static const char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        if (r == kRuneError && w == 1)
            out += "\\ufffd";
        else if (r == 0x2028 || r == 0x2029)
            out += r == 0x2028 ? "\\u2028" : "\\u2029";
        else
            out.append(s, i, static_cast<std::size_t>(w));
        i += static_cast<std::size_t>(w);
    }
    return out + "\"";
}

// JSON names of our structs' fields (their Go tags; untagged fields keep their names).
std::string jsonName(TypeRef type, const std::string& field)
{
    if (type->name == "models.WebhookMessage" && field == "AtMobiles")
        return field;
    if (type->name.ends_with(".Pair"))
        return field;
    if (field == "GeneratorURL")
        return "generatorURL";
    if (field == "ExternalURL")
        return "externalURL";
    std::string name = field;
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return name;
}

void writeJson(std::string& out, const Value& v, bool indent, int depth)
{
    auto newline = [&](int d) {
        if (indent) {
            out += '\n';
            out.append(static_cast<std::size_t>(d) * 2, ' ');
        }
    };
    switch (v.kind()) {
    case Kind::Invalid:
    case Kind::Interface:
    case Kind::Func:
    case Kind::ReflectValue:
        out += "null";
        return;
    case Kind::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case Kind::Int:
        out += std::to_string(v.toInt());
        return;
    case Kind::Uint:
        out += std::to_string(v.toUint());
        return;
    case Kind::Float: {
        const double f = v.toFloat();
        const double a = std::fabs(f);
        std::string s = formatFloat(f, (a != 0 && (a < 1e-6 || a >= 1e21)) ? 'e' : 'f', -1);
        if (const auto e = s.find("e-0"); e != std::string::npos)
            s.erase(e + 2, 1);
        out += s;
        return;
    }
    case Kind::String:
        out += jsonString(v.str());
        return;
    case Kind::Pointer:
        if (v.isNil()) {
            out += "null";
            return;
        }
        writeJson(out, v.retyped(v.type()->elem), indent, depth);
        return;
    case Kind::Slice: {
        if (v.isNil()) {
            out += "null";
            return;
        }
        out += '[';
        const List& items = v.items();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(depth + 1);
            writeJson(out, items[i], indent, depth + 1);
        }
        if (!items.empty())
            newline(depth);
        out += ']';
        return;
    }
    case Kind::Map: {
        if (v.isNil()) {
            out += "null";
            return;
        }
        out += '{';
        bool first = true;
        for (const auto& [key, value] : v.entries()) {
            if (!first)
                out += ',';
            first = false;
            newline(depth + 1);
            out += jsonString(key);
            out += indent ? ": " : ":";
            writeJson(out, value, indent, depth + 1);
        }
        if (!first)
            newline(depth);
        out += '}';
        return;
    }
    case Kind::Struct: {
        if (v.type()->isTime) {
            out += '"' + formatTime(v.time(), "2006-01-02T15:04:05.999999999Z07:00") + '"';
            return;
        }
        out += '{';
        const List& fields = v.items();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(depth + 1);
            out += jsonString(jsonName(v.type(), v.type()->fields[i]));
            out += indent ? ": " : ":";
            writeJson(out, fields[i], indent, depth + 1);
        }
        if (!fields.empty())
            newline(depth);
        out += '}';
        return;
    }
    }
}

} // namespace

std::string toJson(const Value& v, bool indent)
{
    std::string out;
    writeJson(out, v, indent, 0);
    return out;
}

} // namespace alertdesk::gotmpl::sprig
