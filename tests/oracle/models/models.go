// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Package models holds the data of the "dingtalk-bridge" dialect. The DingTalk webhook bridge
// (timonwong/prometheus-webhook-dingtalk v2.1.0) decodes the webhook into its own package "models", whose types mirror
// Alertmanager's (Pair, Pairs, KV, Alert, Alerts, Data) under that package name, and renders with a
// *models.WebhookMessage. This package declares the same types, fields, JSON tags and methods (written from reading
// the bridge's, not copied), so decoding, errors and %T behave as in the bridge: "models.KV",
// "*models.WebhookMessage", ... The KV methods delegate to Alertmanager's, which behave identically.
package models

import (
	"time"

	amt "github.com/prometheus/alertmanager/template"
)

// Pair is a key/value string pair.
type Pair struct {
	Name, Value string
}

// Pairs is a list of key/value string pairs.
type Pairs []Pair

// Names returns the names of the pairs, in order.
func (ps Pairs) Names() []string {
	names := make([]string, 0, len(ps))
	for _, p := range ps {
		names = append(names, p.Name)
	}
	return names
}

// Values returns the values of the pairs, in order.
func (ps Pairs) Values() []string {
	values := make([]string, 0, len(ps))
	for _, p := range ps {
		values = append(values, p.Value)
	}
	return values
}

// KV is a set of labels or annotations.
type KV map[string]string

// SortedPairs: "alertname" first, then the other names in byte order.
func (kv KV) SortedPairs() Pairs {
	sorted := amt.KV(kv).SortedPairs()
	pairs := make(Pairs, 0, len(sorted))
	for _, p := range sorted {
		pairs = append(pairs, Pair{p.Name, p.Value})
	}
	return pairs
}

// Remove returns a copy without the given names.
func (kv KV) Remove(keys []string) KV {
	return KV(amt.KV(kv).Remove(keys))
}

// Names returns the names in SortedPairs order.
func (kv KV) Names() []string {
	return kv.SortedPairs().Names()
}

// Values returns the values in SortedPairs order.
func (kv KV) Values() []string {
	return kv.SortedPairs().Values()
}

// Alert is one alert. The JSON names (sprig's toJson) are the bridge's.
type Alert struct {
	Status       string    `json:"status"`
	Labels       KV        `json:"labels"`
	Annotations  KV        `json:"annotations"`
	StartsAt     time.Time `json:"startsAt"`
	EndsAt       time.Time `json:"endsAt"`
	GeneratorURL string    `json:"generatorURL"`
	Fingerprint  string    `json:"fingerprint"`
}

// Alerts is a list of alerts.
type Alerts []Alert

// Firing returns the alerts whose status is "firing".
func (as Alerts) Firing() []Alert {
	res := []Alert{}
	for _, a := range as {
		if a.Status == "firing" {
			res = append(res, a)
		}
	}
	return res
}

// Resolved returns the alerts whose status is "resolved".
func (as Alerts) Resolved() []Alert {
	res := []Alert{}
	for _, a := range as {
		if a.Status == "resolved" {
			res = append(res, a)
		}
	}
	return res
}

// Data is the bridge's models.Data (pkg/models/prometheus.go, v2.1.0): Alertmanager's template.Data fields with
// the same JSON tags, then AtMobiles, which has no tag (encoding/json matches any case of "AtMobiles", e.g. the
// "atMobiles" key). No methods.
type Data struct {
	Receiver string `json:"receiver"`
	Status   string `json:"status"`
	Alerts   Alerts `json:"alerts"`

	GroupLabels       KV `json:"groupLabels"`
	CommonLabels      KV `json:"commonLabels"`
	CommonAnnotations KV `json:"commonAnnotations"`

	ExternalURL string `json:"externalURL"`
	AtMobiles   []string
}

// WebhookMessage is the bridge's root value, declared as the bridge declares it: a new type over Data (so it has
// Data's fields and no methods). The bridge decodes the webhook body into it with encoding/json; the times go through
// time.Time's UnmarshalJSON (time.Parse of RFC 3339 with Local).
type WebhookMessage Data
