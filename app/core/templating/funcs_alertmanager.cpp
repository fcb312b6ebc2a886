// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/dialects.h"
#include "templating/goregexp.h"
#include "templating/gostrings.h"

#include <QChar>

namespace alertdesk::gotmpl {

namespace {
using Args = std::vector<Value>;

// Word-break classes as golang.org/x/text/cases uses them (UAX #29 WordBreakProperty, simplified).
bool isMid(char32_t r)
{
    switch (r) {
    case '.':
    case ':':
    case '\'':
    case 0x00B7:
    case 0x0387:
    case 0x05F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        return false;
    }
}

bool isBreak(char32_t r)
{
    if (r < 0x80)
        return !((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_' || isMid(r));
    if (isMid(r))
        return false;
    switch (QChar::category(r)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return false;
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other: {
        const QChar::Script script = QChar::script(r);
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
               script == QChar::Script_Thai || script == QChar::Script_Lao || script == QChar::Script_Khmer ||
               script == QChar::Script_Myanmar;
    }
    default:
        return true;
    }
}

bool isCased(char32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    const auto c = QChar::category(r);
    return c == QChar::Letter_Uppercase || c == QChar::Letter_Lowercase || c == QChar::Letter_Titlecase;
}
} // namespace

std::string titleCase(std::string_view s)
{
    // x/text/cases' titleCaser: the first cased letter of a word is title-cased, the cased letters after it
    // lower-cased; a word ends at a break character or at two word-internal punctuation marks in a row.
    std::string out;
    bool midWord = false;
    bool prevMid = false;
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const char32_t r = decodeRune(s, i, &w);
        i += static_cast<std::size_t>(w);
        const bool mid = isMid(r);
        if (prevMid && mid)
            midWord = false;
        if (isCased(r)) {
            appendRune(out, midWord ? toLowerRune(r) : toTitleRune(r));
            midWord = true;
        } else {
            if (w == 1 && r == kRuneError)
                out += s[i - 1];
            else
                appendRune(out, r);
            if (isBreak(r))
                midWord = false;
        }
        prevMid = mid;
    }
    return out;
}

void addAlertmanagerFunctions(FuncMap& m)
{
    const TypeRef str = types::stringType();
    m["toUpper"] = makeFunction("toUpper", {str}, [](Args& a) { return Value::string(toUpper(a[0].str())); });
    m["toLower"] = makeFunction("toLower", {str}, [](Args& a) { return Value::string(toLower(a[0].str())); });
    m["title"] = makeFunction("title", {str}, [](Args& a) { return Value::string(titleCase(a[0].str())); });
    m["join"] = makeFunction("join", {str, types::stringSlice()}, [](Args& a) {
        std::string out;
        const List& items = a[1].items();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += a[0].str();
            out += items[i].str();
        }
        return Value::string(out);
    });
    m["match"] = makeFunction(
        "match", {str, str},
        [](Args& a) {
            bool matched = false;
            std::string error;
            if (!regexMatch(a[0].str(), a[1].str(), &matched, &error))
                return CallResult::fail(error);
            return CallResult(Value::boolean(matched));
        },
        false, true);
    m["safeHtml"] = makeFunction("safeHtml", {str}, [](Args& a) { return Value::string(a[0].str(), types::html()); });
    m["reReplaceAll"] = makeFunction("reReplaceAll", {str, str, str}, [](Args& a) {
        std::string out, error;
        if (!regexReplaceAll(a[0].str(), a[2].str(), a[1].str(), false, &out, &error))
            return CallResult::fail("regexp: Compile(" + regexQuote(a[0].str()) + "): " + error);
        return CallResult(Value::string(out));
    });
    m["stringSlice"] = makeFunction(
        "stringSlice", {str}, [](Args& a) { return Value::list(a, types::stringSlice()); }, true);
}

void addBridgeFunctions(FuncMap& m)
{
    const TypeRef str = types::stringType();
    m["toUpper"] = makeFunction("toUpper", {str}, [](Args& a) { return Value::string(toUpper(a[0].str())); });
    m["toLower"] = makeFunction("toLower", {str}, [](Args& a) { return Value::string(toLower(a[0].str())); });
    m["markdown"] = makeFunction("markdown", {str}, [](Args& a) {
        std::string out;
        for (const char c : a[0].str()) {
            if (c == '_' || c == '*' || c == '`')
                out += '\\';
            out += c;
        }
        return Value::string(out);
    });
    addSprigFunctions(m);
}

const FuncMap& dialectFunctions(Dialect dialect)
{
    static const FuncMap alertmanager = [] {
        FuncMap m;
        addAlertmanagerFunctions(m);
        return m;
    }();
    static const FuncMap bridge = [] {
        FuncMap m;
        addBridgeFunctions(m);
        return m;
    }();
    return dialect == Dialect::Alertmanager ? alertmanager : bridge;
}

} // namespace alertdesk::gotmpl
