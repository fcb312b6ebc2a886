// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Package models declares, under the bridge's own package name, the types the DingTalk webhook bridge
// (timonwong/prometheus-webhook-dingtalk v2.1.0, pkg/models) decodes Alertmanager's webhook into and encodes its
// DingTalk request from. Templates see exactly these types, so field names, methods, JSON names and the type names
// in error messages ("*models.WebhookMessage", "models.KV") are what the bridge has. Written for AlertDesk from the
// observed behaviour and the public declarations; there is no GroupKey: the bridge has none. The oracle uses them too.
package models

import (
	"sort"
	"time"
)

// Pair is one label or annotation.
type Pair struct {
	Name, Value string
}

// Pairs is an ordered list of pairs.
type Pairs []Pair

// Names lists the names, in order.
func (ps Pairs) Names() []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// Values lists the values, in order.
func (ps Pairs) Values() []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Value)
	}
	return out
}

// KV is a label or annotation set.
type KV map[string]string

// SortedPairs puts "alertname" first when present, then every other name in byte order.
func (kv KV) SortedPairs() Pairs {
	names := make([]string, 0, len(kv))
	_, hasAlertname := kv["alertname"]
	for name := range kv {
		if name != "alertname" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	if hasAlertname {
		names = append([]string{"alertname"}, names...)
	}
	pairs := make([]Pair, 0, len(names))
	for _, name := range names {
		pairs = append(pairs, Pair{name, kv[name]})
	}
	return pairs
}

// Remove returns a new set without the given names.
func (kv KV) Remove(keys []string) KV {
	drop := make(map[string]bool, len(keys))
	for _, k := range keys {
		drop[k] = true
	}
	out := KV{}
	for k, v := range kv {
		if !drop[k] {
			out[k] = v
		}
	}
	return out
}

// Names lists the names in SortedPairs order.
func (kv KV) Names() []string { return kv.SortedPairs().Names() }

// Values lists the values in SortedPairs order.
func (kv KV) Values() []string { return kv.SortedPairs().Values() }

// Alert is one alert of the webhook.
type Alert struct {
	Status       string    `json:"status"`
	Labels       KV        `json:"labels"`
	Annotations  KV        `json:"annotations"`
	StartsAt     time.Time `json:"startsAt"`
	EndsAt       time.Time `json:"endsAt"`
	GeneratorURL string    `json:"generatorURL"`
	Fingerprint  string    `json:"fingerprint"`
}

// Alerts is the webhook's list of alerts.
type Alerts []Alert

func (as Alerts) withStatus(status string) []Alert {
	out := []Alert{}
	for _, a := range as {
		if a.Status == status {
			out = append(out, a)
		}
	}
	return out
}

// Firing returns the alerts whose status is exactly "firing" (a []Alert, not Alerts).
func (as Alerts) Firing() []Alert { return as.withStatus("firing") }

// Resolved returns the alerts whose status is exactly "resolved".
func (as Alerts) Resolved() []Alert { return as.withStatus("resolved") }

// Data holds the webhook as the bridge decodes it: Alertmanager's template data without GroupKey (the bridge does not
// read it: `{{ .GroupKey }}` fails), plus AtMobiles, which has no JSON tag (a payload may set it as "AtMobiles", or
// "atMobiles": encoding/json matches names case-insensitively) and to which the target's mention mobiles are appended.
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

// WebhookMessage is the root value of every template: a *WebhookMessage.
type WebhookMessage Data

// DingTalkNotificationResponse is DingTalk's answer.
type DingTalkNotificationResponse struct {
	ErrorMessage string `json:"errmsg"`
	ErrorCode    int    `json:"errcode"`
}

// DingTalkNotification is the request body. The bridge only ever fills MessageType "markdown", Markdown and At; the
// other message kinds are declared so that the field order and the omitted members encode as the bridge's do.
type DingTalkNotification struct {
	MessageType string                          `json:"msgtype"`
	Text        *DingTalkNotificationText       `json:"text,omitempty"`
	Link        *DingTalkNotificationLink       `json:"link,omitempty"`
	Markdown    *DingTalkNotificationMarkdown   `json:"markdown,omitempty"`
	ActionCard  *DingTalkNotificationActionCard `json:"actionCard,omitempty"`
	At          *DingTalkNotificationAt         `json:"at,omitempty"`
}

// DingTalkNotificationText is a text message (unused by the send path).
type DingTalkNotificationText struct {
	Title   string `json:"title"`
	Content string `json:"content"`
}

// DingTalkNotificationLink is a link message (unused by the send path).
type DingTalkNotificationLink struct {
	Title      string `json:"title"`
	Text       string `json:"text"`
	MessageURL string `json:"messageUrl"`
	PictureURL string `json:"picUrl"`
}

// DingTalkNotificationMarkdown is the markdown message: the rendered title and text.
type DingTalkNotificationMarkdown struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// DingTalkNotificationAt is the mention block; empty members are left out.
type DingTalkNotificationAt struct {
	AtMobiles []string `json:"atMobiles,omitempty"`
	IsAtAll   bool     `json:"isAtAll,omitempty"`
}

// DingTalkNotificationActionCard is an actionCard message (unused by the send path).
type DingTalkNotificationActionCard struct {
	Title             string                       `json:"title"`
	Text              string                       `json:"text"`
	HideAvatar        string                       `json:"hideAvatar"`
	ButtonOrientation string                       `json:"btnOrientation"`
	Buttons           []DingTalkNotificationButton `json:"btns,omitempty"`
	SingleTitle       string                       `json:"singleTitle,omitempty"`
	SingleURL         string                       `json:"singleURL"`
}

// DingTalkNotificationButton is one button of an actionCard.
type DingTalkNotificationButton struct {
	Title     string `json:"title"`
	ActionURL string `json:"actionURL"`
}
