// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/value.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace alertdesk::gotmpl {

enum class Dialect { Alertmanager, DingTalkBridge };

class GoLocation;

struct AlertDataOptions {
    Dialect dialect = Dialect::Alertmanager;
    const GoLocation* local = nullptr;       ///< Go's Local when the times are parsed; nullptr is UTC
    std::vector<std::string> mentionMobiles; ///< bridge: appended to AtMobiles (DingNotificationBuilder.Build)
};

/// Builds the template's root value from an Alertmanager webhook payload (JSON, version 4), exactly as
/// tests/oracle/README.md describes: alertmanager gets a *template.Data (Receiver Status Alerts GroupLabels
/// CommonLabels CommonAnnotations ExternalURL), the bridge a *models.WebhookMessage (the same plus AtMobiles) decoded
/// the way the bridge's encoding/json decodes it. Times keep their offset, or take Local's name where Go's time.Parse
/// gives them Local. Returns false with a message when the payload is not such JSON.
bool alertDataFromJson(const QByteArray& json, const AlertDataOptions& options, Value* out, std::string* error);

/// The Go types of the data model of a dialect ("template.KV" or "models.KV" ...).
struct AlertTypes {
    TypeRef pair, pairSlice, pairs, kv, alert, alertSlice, alerts, data, dataPointer;
};
const AlertTypes& alertTypes(Dialect dialect);

/// KV's methods as functions over a map value, shared by both dialects.
Value sortedPairs(const Value& kv, const AlertTypes& types);

} // namespace alertdesk::gotmpl
