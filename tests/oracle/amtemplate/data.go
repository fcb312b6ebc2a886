// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Package template (imported by the oracle as amtemplate) holds the root value of the "alertmanager" dialect. It is
// named "template" on purpose: Go prints a value's type with its package name, so errors and %T say
// "*template.Data" exactly as they do inside Alertmanager, whose own template.Data has the same fields in the same
// order. GroupKey is AlertDesk's one addition (templates.md); Alertmanager 0.25's template.Data has no such field.
package template

import amt "github.com/prometheus/alertmanager/template"

// Data is Alertmanager 0.25's template.Data plus GroupKey.
type Data struct {
	Receiver string     `json:"receiver"`
	Status   string     `json:"status"`
	Alerts   amt.Alerts `json:"alerts"`

	GroupLabels       amt.KV `json:"groupLabels"`
	CommonLabels      amt.KV `json:"commonLabels"`
	CommonAnnotations amt.KV `json:"commonAnnotations"`

	ExternalURL string `json:"externalURL"`
	GroupKey    string `json:"groupKey"`
}
