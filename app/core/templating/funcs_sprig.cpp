// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/dialects.h"
#include "templating/gofmt.h"
#include "templating/goregexp.h"
#include "templating/gostrings.h"
#include "templating/sprigvalues.h"

#include <QByteArray>

namespace alertdesk::gotmpl {

namespace {
using Args = std::vector<Value>;

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    if (from.empty()) { // strings.Replace with an empty old string inserts at every rune boundary
        std::string out = to;
        for (std::size_t i = 0; i < s.size();) {
            int w = 1;
            decodeRune(s, i, &w);
            out.append(s, i, static_cast<std::size_t>(w));
            out += to;
            i += static_cast<std::size_t>(w);
        }
        return out;
    }
    std::string out;
    std::size_t pos = 0;
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, pos)) {
        out.append(s, pos, at - pos);
        out += to;
        pos = at + from.size();
    }
    out.append(s, pos);
    return out;
}

bool isSpaceAt(const std::string& s, std::size_t i, int* w)
{
    return isSpaceRune(decodeRune(s, i, w));
}

std::string trimSpace(const std::string& s)
{
    std::size_t begin = 0;
    while (begin < s.size()) {
        int w = 1;
        if (!isSpaceAt(s, begin, &w))
            break;
        begin += static_cast<std::size_t>(w);
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        int w = 1;
        if (!isSpaceAt(s, start, &w))
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// strings.Trim(s, cutset)
std::string trimCutset(const std::string& s, const std::string& cutset)
{
    auto inSet = [&](char32_t r) {
        for (std::size_t i = 0; i < cutset.size();) {
            int w = 1;
            if (decodeRune(cutset, i, &w) == r)
                return true;
            i += static_cast<std::size_t>(w);
        }
        return false;
    };
    std::size_t begin = 0;
    while (begin < s.size()) {
        int w = 1;
        if (!inSet(decodeRune(s, begin, &w)))
            break;
        begin += static_cast<std::size_t>(w);
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        int w = 1;
        if (!inSet(decodeRune(s, start, &w)))
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// strings.Title: upper-cases the first letter of each word, leaves the rest.
std::string goTitle(const std::string& s)
{
    std::string out;
    char32_t prev = ' ';
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        const bool separator = prev < 0x80 ? !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
                                               (prev >= 'A' && prev <= 'Z') || prev == '_')
                                           : !(isLetter(prev) || isDigit(prev)) && isSpaceRune(prev);
        appendRune(out, separator ? toTitleRune(r) : r);
        prev = r;
        i += static_cast<std::size_t>(w);
    }
    return out;
}

Value splitWords(const std::string& sep, const std::string& x)
{
    std::vector<std::string> parts;
    if (sep.empty()) {
        for (std::size_t i = 0; i < x.size();) {
            int w = 1;
            decodeRune(x, i, &w);
            parts.push_back(x.substr(i, static_cast<std::size_t>(w)));
            i += static_cast<std::size_t>(w);
        }
    } else {
        std::size_t pos = 0;
        for (auto at = x.find(sep); at != std::string::npos; at = x.find(sep, pos)) {
            parts.push_back(x.substr(pos, at - pos));
            pos = at + sep.size();
        }
        parts.push_back(x.substr(pos));
    }
    return sprig::stringList(parts);
}

CallResult regexFail(const std::string& pattern, const std::string& error)
{
    return CallResult::fail("regexp: Compile(" + regexQuote(pattern) + "): " + error);
}

} // namespace

namespace sprig {

void addStringFunctions(FuncMap& m)
{
    const TypeRef str = types::stringType();
    const TypeRef any = types::interfaceType();
    const TypeRef integer = types::intType();
    auto s = [](const char* name, std::function<std::string(const std::string&)> f) {
        return makeFunction(name, {types::stringType()}, [f](Args& a) { return Value::string(f(a[0].str())); });
    };
    m["upper"] = s("upper", [](const std::string& x) { return toUpper(x); });
    m["lower"] = s("lower", [](const std::string& x) { return toLower(x); });
    m["title"] = s("title", goTitle);
    m["trim"] = s("trim", trimSpace);
    m["nospace"] = s("nospace", [](const std::string& x) {
        // goutils.DeleteWhiteSpace works on bytes: each kept byte is written as the rune of that value, unless
        // nothing was removed (then the string comes back as it was).
        std::string out;
        bool changed = false;
        for (const char c : x) {
            const auto b = static_cast<unsigned char>(c);
            if (isSpaceRune(b)) {
                changed = true;
                continue;
            }
            appendRune(out, b);
        }
        return changed ? out : x;
    });
    m["trimAll"] =
        makeFunction("trimAll", {str, str}, [](Args& a) { return Value::string(trimCutset(a[1].str(), a[0].str())); });
    m["trimPrefix"] = makeFunction("trimPrefix", {str, str}, [](Args& a) {
        const std::string& x = a[1].str();
        return Value::string(x.starts_with(a[0].str()) ? x.substr(a[0].str().size()) : x);
    });
    m["trimSuffix"] = makeFunction("trimSuffix", {str, str}, [](Args& a) {
        const std::string& x = a[1].str();
        return Value::string(x.ends_with(a[0].str()) ? x.substr(0, x.size() - a[0].str().size()) : x);
    });
    m["replace"] = makeFunction("replace", {str, str, str},
                                [](Args& a) { return Value::string(replaceAll(a[2].str(), a[0].str(), a[1].str())); });
    m["contains"] = makeFunction("contains", {str, str}, [](Args& a) {
        return Value::boolean(a[1].str().find(a[0].str()) != std::string::npos);
    });
    m["hasPrefix"] = makeFunction("hasPrefix", {str, str},
                                  [](Args& a) { return Value::boolean(a[1].str().starts_with(a[0].str())); });
    m["hasSuffix"] =
        makeFunction("hasSuffix", {str, str}, [](Args& a) { return Value::boolean(a[1].str().ends_with(a[0].str())); });
    m["quote"] = makeFunction(
        "quote", {any},
        [](Args& a) {
            std::string out;
            for (const Value& v : a) {
                if (isNilValue(v) && v.kind() != Kind::Slice && v.kind() != Kind::Map)
                    continue;
                if (!out.empty())
                    out += ' ';
                out += quote(strval(v));
            }
            return Value::string(out);
        },
        true);
    m["squote"] = makeFunction(
        "squote", {any},
        [](Args& a) {
            std::string out;
            for (const Value& v : a) {
                if (isNilValue(v) && v.kind() != Kind::Slice && v.kind() != Kind::Map)
                    continue;
                if (!out.empty())
                    out += ' ';
                out += "'" + strval(v) + "'";
            }
            return Value::string(out);
        },
        true);
    m["trunc"] = makeFunction("trunc", {integer, str}, [](Args& a) {
        const std::int64_t c = a[0].toInt();
        const std::string& x = a[1].str();
        const auto len = static_cast<std::int64_t>(x.size());
        if (c < 0 && len + c > 0)
            return Value::string(x.substr(static_cast<std::size_t>(len + c)));
        if (c >= 0 && len > c)
            return Value::string(x.substr(0, static_cast<std::size_t>(c)));
        return Value::string(x);
    });
    m["abbrev"] = makeFunction("abbrev", {integer, str}, [](Args& a) {
        const std::int64_t width = a[0].toInt();
        const std::string& x = a[1].str();
        if (width < 4 || static_cast<std::int64_t>(x.size()) <= width)
            return Value::string(x);
        return Value::string(x.substr(0, static_cast<std::size_t>(width - 3)) + "...");
    });
    m["repeat"] = makeFunction("repeat", {integer, str}, [](Args& a) {
        if (a[0].toInt() < 0)
            return CallResult::fail("strings: negative Repeat count");
        std::string out;
        for (std::int64_t i = 0; i < a[0].toInt(); ++i)
            out += a[1].str();
        return CallResult(Value::string(out));
    });
    m["substr"] = makeFunction("substr", {integer, integer, str}, [](Args& a) {
        const std::int64_t start = a[0].toInt();
        const std::int64_t end = a[1].toInt();
        const std::string& x = a[2].str();
        const auto len = static_cast<std::int64_t>(x.size());
        auto bad = [&](std::int64_t lo, std::int64_t hi) {
            return CallResult::fail("runtime error: slice bounds out of range [" +
                                    (lo > hi ? std::to_string(lo) + ":" + std::to_string(hi)
                                             : ":" + std::to_string(hi) + "] with length " + std::to_string(len)) +
                                    (lo > hi ? "]" : ""));
        };
        if (start < 0) {
            if (end < 0 || end > len)
                return bad(0, end);
            return CallResult(Value::string(x.substr(0, static_cast<std::size_t>(end))));
        }
        if (end < 0 || end > len) {
            if (start > len)
                return bad(start, len);
            return CallResult(Value::string(x.substr(static_cast<std::size_t>(start))));
        }
        if (start > end)
            return bad(start, end);
        return CallResult(
            Value::string(x.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))));
    });
    auto indent = [](std::int64_t spaces, const std::string& v) {
        const std::string pad(static_cast<std::size_t>(spaces < 0 ? 0 : spaces), ' ');
        return pad + replaceAll(v, "\n", "\n" + pad);
    };
    m["indent"] = makeFunction("indent", {integer, str},
                               [indent](Args& a) { return Value::string(indent(a[0].toInt(), a[1].str())); });
    m["nindent"] = makeFunction("nindent", {integer, str},
                                [indent](Args& a) { return Value::string("\n" + indent(a[0].toInt(), a[1].str())); });
    m["cat"] = makeFunction(
        "cat", {any},
        [](Args& a) {
            std::vector<Value> kept;
            for (const Value& v : a) {
                if (v.isValid() && !(v.kind() == Kind::Interface && v.isNil()))
                    kept.push_back(v);
            }
            std::string format;
            for (std::size_t i = 0; i < kept.size(); ++i)
                format += i ? " %v" : "%v";
            return Value::string(sprintf(format, kept));
        },
        true);
    m["splitList"] = makeFunction("splitList", {str, str}, [](Args& a) { return splitWords(a[0].str(), a[1].str()); });

    m["split"] = makeFunction("split", {str, str}, [](Args& a) {
        const Value parts = splitWords(a[0].str(), a[1].str());
        Map out;
        for (std::size_t i = 0; i < parts.items().size(); ++i)
            out["_" + std::to_string(i)] = parts.items()[i];
        return Value::map(std::move(out), types::stringMap());
    });
    m["regexMatch"] = makeFunction("regexMatch", {str, str}, [](Args& a) {
        bool matched = false;
        std::string error;
        regexMatch(a[0].str(), a[1].str(), &matched, &error);
        return Value::boolean(matched);
    });
    m["regexFind"] = makeFunction("regexFind", {str, str}, [](Args& a) {
        std::string out, error;
        if (!regexFind(a[0].str(), a[1].str(), &out, &error))
            return regexFail(a[0].str(), error);
        return CallResult(Value::string(out));
    });
    m["regexReplaceAll"] = makeFunction("regexReplaceAll", {str, str, str}, [](Args& a) {
        std::string out, error;
        if (!regexReplaceAll(a[0].str(), a[1].str(), a[2].str(), false, &out, &error))
            return regexFail(a[0].str(), error);
        return CallResult(Value::string(out));
    });
    m["regexReplaceAllLiteral"] = makeFunction("regexReplaceAllLiteral", {str, str, str}, [](Args& a) {
        std::string out, error;
        if (!regexReplaceAll(a[0].str(), a[1].str(), a[2].str(), true, &out, &error))
            return regexFail(a[0].str(), error);
        return CallResult(Value::string(out));
    });
    m["toString"] = makeFunction("toString", {any}, [](Args& a) { return Value::string(strval(a[0])); });
    m["toJson"] = makeFunction("toJson", {any}, [](Args& a) { return Value::string(toJson(a[0], false)); });
    m["toPrettyJson"] = makeFunction("toPrettyJson", {any}, [](Args& a) { return Value::string(toJson(a[0], true)); });
    m["b64enc"] = makeFunction("b64enc", {str}, [](Args& a) {
        return Value::string(QByteArray::fromStdString(a[0].str()).toBase64().toStdString());
    });
    m["b64dec"] = makeFunction("b64dec", {str}, [](Args& a) {
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(a[0].str()),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        return Value::string(decoded ? decoded.decoded.toStdString()
                                     : std::string("illegal base64 data at input byte 0"));
    });
}

} // namespace sprig

void addSprigFunctions(FuncMap& m)
{
    sprig::addStringFunctions(m);
    sprig::addListFunctions(m);
}

} // namespace alertdesk::gotmpl
