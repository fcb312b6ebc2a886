// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Package bridge models the send path of the DingTalk webhook bridge, prometheus-webhook-dingtalk v2.1.0
// (timonwong/prometheus-webhook-dingtalk, /work/shared/design/bridge.md): its config file, its template set, how it
// decodes Alertmanager's webhook, renders the message, encodes, signs and posts the DingTalk request, and what it
// answers. Written for AlertDesk from reading and running v2.1.0; tests/oracle/README.md lists what it models and
// what it does not (no built-in default.tmpl, no web UI, no reload).
package bridge

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strings"

	"./models"
)

// API serves POST /dingtalk/<target>/send.
type API struct {
	Config    *Config
	Templates *Templates
	Client    *http.Client
	Logger    *log.Logger
	// Record, when set, is called with each webhook body as received, before anything else happens to it.
	Record func(target string, body []byte)
}

// ServeHTTP routes as the bridge's router does under /dingtalk: "/<name>/send" with one non-empty path segment as the
// name; POST only (405 otherwise); any other path 404.
func (api *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/dingtalk/")
	name, tail, found := strings.Cut(rest, "/")
	if !strings.HasPrefix(r.URL.Path, "/dingtalk/") || !found || name == "" || tail != "send" {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	api.serveSend(w, r, name)
}

func (api *API) serveSend(w http.ResponseWriter, r *http.Request, name string) {
	var body io.Reader = r.Body
	if api.Record != nil {
		received, err := io.ReadAll(r.Body)
		if err != nil {
			api.Logger.Printf("level=error target=%s msg=\"Cannot read the request\" err=%q", name, err)
			http.Error(w, "Bad Request", http.StatusBadRequest)
			return
		}
		api.Record(name, received)
		body = bytes.NewReader(received)
	}

	target, ok := api.Config.Targets[name]
	if !ok {
		api.Logger.Printf("level=warn target=%s msg=\"target not found\"", name)
		http.NotFound(w, r)
		return
	}
	// Decode reads the first JSON value; anything after it is ignored, as in the bridge.
	var message models.WebhookMessage
	if err := json.NewDecoder(body).Decode(&message); err != nil {
		api.Logger.Printf("level=error target=%s msg=\"Cannot decode prometheus webhook JSON request\" err=%q", name, err)
		http.Error(w, "Bad Request", http.StatusBadRequest)
		return
	}
	notification, err := BuildNotification(api.Templates, api.Config, &target, &message)
	if err != nil {
		api.Logger.Printf("level=error target=%s msg=\"Failed to build notification\" err=%q", name, err)
		http.Error(w, "Bad Request", http.StatusBadRequest)
		return
	}
	answer, err := Send(api.Client, &target, notification)
	if err != nil {
		api.Logger.Printf("level=error target=%s msg=\"Failed to send notification\" err=%q", name, err)
		http.Error(w, "Bad Request", http.StatusBadRequest)
		return
	}
	if answer.ErrorCode != 0 {
		api.Logger.Printf("level=error target=%s msg=\"Failed to send notification to DingTalk\" respCode=%d respMsg=%q",
			name, answer.ErrorCode, answer.ErrorMessage)
		http.Error(w, "Unable to talk to DingTalk", http.StatusBadRequest)
		return
	}
	io.WriteString(w, "OK")
}
