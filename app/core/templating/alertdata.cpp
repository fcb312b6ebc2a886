// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/alertdata.h"

#include "templating/function.h"
#include "templating/gozone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace alertdesk::gotmpl {

namespace {

Type makeType(Kind kind, std::string name, TypeRef elem = nullptr, TypeRef underlying = nullptr)
{
    Type t;
    t.kind = kind;
    t.name = std::move(name);
    t.elem = elem;
    t.underlying = underlying;
    t.named = t.name.find('.') != std::string::npos && t.name[0] != '[' && t.name[0] != '*';
    return t;
}

Value names(const Value& pairs, std::size_t field)
{
    List out;
    for (const Value& p : pairs.items())
        out.push_back(p.items()[field]);
    return Value::list(std::move(out), types::stringSlice());
}

template <int D> const MethodSet* kvMethods();
template <int D> const MethodSet* pairsMethods();
template <int D> const MethodSet* alertsMethods();

template <int D> struct Holder {
    Type pair, pairSlice, pairs, kv, alert, alertSlice, alerts, data, dataPointer;
    AlertTypes refs;
    Holder()
    {
        const std::string pkg = D == 0 ? "template." : "models.";
        pair = makeType(Kind::Struct, pkg + "Pair");
        pair.fields = {"Name", "Value"};
        pairSlice = makeType(Kind::Slice, "[]" + pkg + "Pair", &pair);
        pairs = makeType(Kind::Slice, pkg + "Pairs", &pair, &pairSlice);
        pairs.methods = pairsMethods<D>;
        kv = makeType(Kind::Map, pkg + "KV", types::stringType(), types::stringMap());
        kv.methods = kvMethods<D>;
        alert = makeType(Kind::Struct, pkg + "Alert");
        alert.fields = {"Status", "Labels", "Annotations", "StartsAt", "EndsAt", "GeneratorURL", "Fingerprint"};
        alertSlice = makeType(Kind::Slice, "[]" + pkg + "Alert", &alert);
        alerts = makeType(Kind::Slice, pkg + "Alerts", &alert, &alertSlice);
        alerts.methods = alertsMethods<D>;
        data = makeType(Kind::Struct, D == 0 ? "template.Data" : "models.WebhookMessage");
        data.fields = {"Receiver",          "Status",     "Alerts", "GroupLabels", "CommonLabels",
                       "CommonAnnotations", "ExternalURL"};
        if (D == 1)
            data.fields.push_back("AtMobiles");
        dataPointer = makeType(Kind::Pointer, "*" + data.name, &data);
        refs = {&pair, &pairSlice, &pairs, &kv, &alert, &alertSlice, &alerts, &data, &dataPointer};
    }
};

template <int D> const AlertTypes& typesOf()
{
    static const Holder<D> holder;
    return holder.refs;
}

Function method(const char* name, std::vector<TypeRef> params, std::function<CallResult(std::vector<Value>&)> impl)
{
    Function f;
    f.name = name;
    f.params = std::move(params);
    f.impl = std::move(impl);
    return f;
}

template <int D> const MethodSet* kvMethods()
{
    static const MethodSet set = [] {
        MethodSet m;
        m.emplace("SortedPairs",
                  method("SortedPairs", {}, [](std::vector<Value>& a) { return sortedPairs(a[0], typesOf<D>()); }));
        m.emplace("Names",
                  method("Names", {}, [](std::vector<Value>& a) { return names(sortedPairs(a[0], typesOf<D>()), 0); }));
        m.emplace("Values", method("Values", {},
                                   [](std::vector<Value>& a) { return names(sortedPairs(a[0], typesOf<D>()), 1); }));
        m.emplace("Remove", method("Remove", {types::stringSlice()}, [](std::vector<Value>& a) {
                      Map rest = a[0].entries();
                      for (const Value& key : a[1].items())
                          rest.erase(key.str());
                      return Value::map(std::move(rest), typesOf<D>().kv);
                  }));
        return m;
    }();
    return &set;
}

template <int D> const MethodSet* pairsMethods()
{
    static const MethodSet set = [] {
        MethodSet m;
        m.emplace("Names", method("Names", {}, [](std::vector<Value>& a) { return names(a[0], 0); }));
        m.emplace("Values", method("Values", {}, [](std::vector<Value>& a) { return names(a[0], 1); }));
        return m;
    }();
    return &set;
}

template <int D> const MethodSet* alertsMethods()
{
    static const MethodSet set = [] {
        MethodSet m;
        auto filter = [](const Value& alerts, const char* status) {
            List out;
            for (const Value& a : alerts.items()) {
                if (a.items()[0].str() == status)
                    out.push_back(a);
            }
            return Value::list(std::move(out), typesOf<D>().alertSlice);
        };
        m.emplace("Firing", method("Firing", {}, [filter](std::vector<Value>& a) { return filter(a[0], "firing"); }));
        m.emplace("Resolved",
                  method("Resolved", {}, [filter](std::vector<Value>& a) { return filter(a[0], "resolved"); }));
        return m;
    }();
    return &set;
}

// Go's encoding/json matches keys case-insensitively when there is no exact match.
QJsonValue member(const QJsonObject& object, const char* key)
{
    const QString name = QString::fromLatin1(key);
    if (object.contains(name))
        return object.value(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool readString(const QJsonObject& o, const char* key, std::string* out, std::string* error)
{
    const QJsonValue v = member(o, key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = std::string("json: cannot unmarshal value into field ") + key + " of type string";
        return false;
    }
    *out = v.toString().toStdString();
    return true;
}

bool readKv(const QJsonObject& o, const char* key, TypeRef kvType, Value* out, std::string* error)
{
    const QJsonValue v = member(o, key);
    if (v.isUndefined() || v.isNull()) {
        *out = Value::nilOf(kvType);
        return true;
    }
    if (!v.isObject()) {
        *error = std::string("json: cannot unmarshal value into field ") + key + " of type map[string]string";
        return false;
    }
    Map m;
    const QJsonObject obj = v.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull()) {
            *error = std::string("json: cannot unmarshal value into field ") + key + " of type string";
            return false;
        }
        m[it.key().toStdString()] = Value::string(it.value().toString().toStdString());
    }
    *out = Value::map(std::move(m), kvType);
    return true;
}

// A timestamp. The alertmanager dialect reads it as a string and parses it with time.Parse (empty: the zero time);
// the bridge decodes it with time.Time's UnmarshalJSON (null: the zero time; anything else must parse, "" fails).
bool readTime(const QJsonObject& o, const char* key, const std::string& field, const AlertDataOptions& options,
              Value* out, std::string* error)
{
    const bool bridge = options.dialect == Dialect::DingTalkBridge;
    const QJsonValue v = member(o, key);
    if (bridge && !v.isUndefined() && !v.isNull() && !v.isString()) {
        *error = "payload: " + field + ": not an RFC 3339 time in a JSON string";
        return false;
    }
    std::string text;
    if (!readString(o, key, &text, error))
        return false;
    if (text.empty() && (!bridge || !v.isString())) {
        *out = Value::time(GoTime{});
        return true;
    }
    std::string why;
    const auto t = parseRfc3339(text, &why, options.local);
    if (!t) {
        *error = "payload: " + field + ": " + why;
        return false;
    }
    *out = Value::time(*t);
    return true;
}

// The bridge's AtMobiles ([]string, untagged: any case of "AtMobiles"), then the target's mention mobiles appended.
bool readAtMobiles(const QJsonObject& root, const AlertDataOptions& options, Value* out, std::string* error)
{
    const QJsonValue mobiles = member(root, "AtMobiles");
    bool isNil = true;
    List list;
    if (mobiles.isArray()) {
        isNil = false;
        for (const QJsonValue& m : mobiles.toArray()) {
            if (!m.isString() && !m.isNull()) {
                *error = "json: cannot unmarshal value into field AtMobiles of type string";
                return false;
            }
            list.push_back(Value::string(m.toString().toStdString()));
        }
    } else if (!mobiles.isUndefined() && !mobiles.isNull()) {
        *error = "json: cannot unmarshal value into field AtMobiles of type []string";
        return false;
    }
    for (const std::string& mobile : options.mentionMobiles) {
        isNil = false;
        list.push_back(Value::string(mobile));
    }
    *out = isNil ? Value::nilOf(types::stringSlice()) : Value::list(std::move(list), types::stringSlice());
    return true;
}

} // namespace

const AlertTypes& alertTypes(Dialect dialect)
{
    return dialect == Dialect::Alertmanager ? typesOf<0>() : typesOf<1>();
}

Value sortedPairs(const Value& kv, const AlertTypes& t)
{
    List pairs;
    const Map& entries = kv.entries();
    if (const auto it = entries.find("alertname"); it != entries.end())
        pairs.push_back(Value::structure({Value::string(it->first), it->second}, t.pair));
    for (const auto& [key, value] : entries) {
        if (key != "alertname")
            pairs.push_back(Value::structure({Value::string(key), value}, t.pair));
    }
    return Value::list(std::move(pairs), t.pairs);
}

bool alertDataFromJson(const QByteArray& json, const AlertDataOptions& options, Value* out, std::string* error)
{
    const Dialect dialect = options.dialect;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString().toStdString()
                                                              : std::string("the payload is not a JSON object");
        return false;
    }
    const AlertTypes& t = alertTypes(dialect);
    const QJsonObject root = doc.object();
    std::string receiver, status, externalUrl;
    Value groupLabels, commonLabels, commonAnnotations;
    if (!readString(root, "receiver", &receiver, error) || !readString(root, "status", &status, error) ||
        !readString(root, "externalURL", &externalUrl, error) ||
        !readKv(root, "groupLabels", t.kv, &groupLabels, error) ||
        !readKv(root, "commonLabels", t.kv, &commonLabels, error) ||
        !readKv(root, "commonAnnotations", t.kv, &commonAnnotations, error))
        return false;
    Value alerts = Value::nilOf(t.alerts);
    const QJsonValue alertsJson = member(root, "alerts");
    if (alertsJson.isArray()) {
        List list;
        const QJsonArray array = alertsJson.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject() && !array.at(i).isNull()) {
                *error = "json: cannot unmarshal value into field alerts of type Alert";
                return false;
            }
            const QJsonObject a = array.at(i).toObject();
            const std::string prefix = "alerts[" + std::to_string(i) + "].";
            std::string aStatus, generatorUrl, fingerprint;
            Value labels, annotations, startsAt, endsAt;
            if (!readString(a, "status", &aStatus, error) || !readKv(a, "labels", t.kv, &labels, error) ||
                !readKv(a, "annotations", t.kv, &annotations, error) ||
                !readTime(a, "startsAt", prefix + "startsAt", options, &startsAt, error) ||
                !readTime(a, "endsAt", prefix + "endsAt", options, &endsAt, error) ||
                !readString(a, "generatorURL", &generatorUrl, error) ||
                !readString(a, "fingerprint", &fingerprint, error))
                return false;
            list.push_back(Value::structure({Value::string(aStatus), labels, annotations, startsAt, endsAt,
                                             Value::string(generatorUrl), Value::string(fingerprint)},
                                            t.alert));
        }
        alerts = Value::list(std::move(list), t.alerts);
    } else if (!alertsJson.isUndefined() && !alertsJson.isNull()) {
        *error = "json: cannot unmarshal value into field alerts of type []payloadAlert";
        return false;
    }
    List fields{Value::string(receiver), Value::string(status),     alerts, groupLabels, commonLabels,
                commonAnnotations,       Value::string(externalUrl)};
    if (dialect == Dialect::DingTalkBridge) {
        Value mobiles;
        if (!readAtMobiles(root, options, &mobiles, error))
            return false;
        fields.push_back(std::move(mobiles));
    }
    *out = Value::pointerTo(Value::structure(std::move(fields), t.data), t.dataPointer);
    return true;
}

} // namespace alertdesk::gotmpl
