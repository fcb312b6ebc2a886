// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/value.h"

#include <QByteArray>

#include <string>

namespace alertdesk::gotmpl {

enum class Dialect { Alertmanager, DingTalkBridge };

/// Builds the template's root value from an Alertmanager webhook payload (JSON, version 4), exactly as
/// tests/oracle/README.md describes: alertmanager gets a *template.Data (Receiver Status Alerts GroupLabels
/// CommonLabels CommonAnnotations ExternalURL GroupKey), the bridge a *models.WebhookMessage (the same plus
/// AtMobiles). Times keep their offset. Returns false with a message when the payload is not such JSON.
bool alertDataFromJson(const QByteArray& json, Dialect dialect, Value* out, std::string* error);

/// The Go types of the data model of a dialect ("template.KV" or "models.KV" ...).
struct AlertTypes {
    TypeRef pair, pairSlice, pairs, kv, alert, alertSlice, alerts, data, dataPointer;
};
const AlertTypes& alertTypes(Dialect dialect);

/// KV's methods as functions over a map value, shared by both dialects.
Value sortedPairs(const Value& kv, const AlertTypes& types);

} // namespace alertdesk::gotmpl
