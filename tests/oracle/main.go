// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Command oracle is AlertDesk's reference renderer: Go's own text/template with Alertmanager's and the DingTalk
// webhook bridge's functions, fed the way tests/oracle/README.md describes. Same command line and output contract as
// `alertdeskctl render`:
//
//	oracle --template FILE --alerts PAYLOAD.json [--define NAME] [--dialect alertmanager|dingtalk-bridge]
//	       [--time-zone ZONE] [--mention-mobiles LIST] [--repeat N]
//
// stdout: the rendered text, byte-exact, nothing added. Template error (parse or execution): Go's error on stderr,
// nothing on stdout, exit status 1. Usage, file or payload errors: a message on stderr, exit status 2.
// Oracle only: --stats prints the parse and per-render execution time on stderr (benchmarks).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/template"
	"time"

	"github.com/Masterminds/sprig"
	amt "github.com/prometheus/alertmanager/template"

	"./bridge"
	"./bridge/models"
)

// FixedNowEnv, when set to an RFC 3339 time, replaces sprig's "now" (and "ago", which measures from now) so that
// templates using them render deterministically. The differential corpus does not use them (README.md).
const FixedNowEnv = "ALERTDESK_TEMPLATE_NOW"

type options struct {
	templatePath string
	alertsPath   string
	define       string
	dialect      string
	repeat       int
	stats        bool
	timeZone     string
	hasTimeZone  bool
	mention      []string
	hasMention   bool
}

func usage(msg string) {
	fmt.Fprintf(os.Stderr, "oracle: %s\nusage: oracle --template FILE --alerts PAYLOAD.json [--define NAME] "+
		"[--dialect alertmanager|dingtalk-bridge] [--time-zone ZONE] [--mention-mobiles LIST] [--repeat N] [--stats]\n",
		msg)
	os.Exit(2)
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "oracle: "+format+"\n", args...)
	os.Exit(2)
}

func parseArgs(args []string) options {
	o := options{dialect: "alertmanager", repeat: 1}
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(args[i], "=")
		takeValue := func() string {
			if hasValue {
				return value
			}
			if i+1 >= len(args) {
				usage("missing value for " + name)
			}
			i++
			return args[i]
		}
		switch name {
		case "--template":
			o.templatePath = takeValue()
		case "--alerts":
			o.alertsPath = takeValue()
		case "--define":
			o.define = takeValue()
		case "--dialect":
			o.dialect = takeValue()
		case "--repeat":
			n, err := strconv.Atoi(takeValue())
			if err != nil || n < 1 {
				usage("--repeat needs a positive whole number")
			}
			o.repeat = n
		case "--stats":
			o.stats = true
		case "--time-zone":
			o.timeZone = takeValue()
			o.hasTimeZone = true
		case "--mention-mobiles":
			if list := takeValue(); list != "" {
				o.mention = strings.Split(list, ",")
			}
			o.hasMention = true
		default:
			usage("unknown argument " + args[i])
		}
	}
	if o.templatePath == "" || o.alertsPath == "" {
		usage("--template and --alerts are required")
	}
	if o.dialect != "alertmanager" && o.dialect != "dingtalk-bridge" {
		usage("unknown dialect " + o.dialect)
	}
	if o.hasTimeZone {
		// time.LoadLocation does not read time.Local (except for "Local", which is no servers' zone).
		if _, err := time.LoadLocation(o.timeZone); err != nil || o.timeZone == "Local" {
			usage("unknown time zone " + strconv.Quote(o.timeZone))
		}
	}
	return o
}

// becomeServerInZone makes this process a server started with TZ=zone: Go reads TZ once, when time.Local is first
// used, so a process whose TZ differs runs itself again with TZ=zone (syscall.Exec: same pid, same arguments) before
// anything touches time.Local.
func becomeServerInZone(zone string) {
	if tz, ok := os.LookupEnv("TZ"); ok && tz == zone {
		return
	}
	self, err := os.Executable()
	if err != nil {
		fail("cannot re-run with TZ=%s: %v", zone, err)
	}
	env := []string{"TZ=" + zone}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TZ=") {
			env = append(env, kv)
		}
	}
	err = syscall.Exec(self, os.Args, env)
	fail("cannot re-run with TZ=%s: %v", zone, err)
}

// The webhook JSON (Alertmanager's notify/webhook Message, version 4). Missing keys give empty values.
type payloadAlert struct {
	Status       string            `json:"status"`
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     string            `json:"startsAt"`
	EndsAt       string            `json:"endsAt"`
	GeneratorURL string            `json:"generatorURL"`
	Fingerprint  string            `json:"fingerprint"`
}

type payload struct {
	Version           string            `json:"version"`
	TruncatedAlerts   uint64            `json:"truncatedAlerts"`
	Receiver          string            `json:"receiver"`
	Status            string            `json:"status"`
	Alerts            []payloadAlert    `json:"alerts"`
	GroupLabels       map[string]string `json:"groupLabels"`
	CommonLabels      map[string]string `json:"commonLabels"`
	CommonAnnotations map[string]string `json:"commonAnnotations"`
	ExternalURL       string            `json:"externalURL"`
}

// parseTime keeps the offset the payload gives: "Z" is UTC; an offset that Local has at that instant gives Local
// (named, e.g. CST); any other offset a fixed zone with an empty name. An empty or missing value is the zero time.
func parseTime(field, value string) time.Time {
	if value == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, value)
	if err != nil {
		fail("payload: %s: %v", field, err)
	}
	return t
}

// alertmanagerData turns the payload into Alertmanager 0.25's own *template.Data (README.md, "Data").
func alertmanagerData(raw []byte, path string) interface{} {
	var p payload
	if err := json.Unmarshal(raw, &p); err != nil {
		fail("payload %s: %v", path, err)
	}
	d := &amt.Data{
		Receiver:          p.Receiver,
		Status:            p.Status,
		GroupLabels:       amt.KV(p.GroupLabels),
		CommonLabels:      amt.KV(p.CommonLabels),
		CommonAnnotations: amt.KV(p.CommonAnnotations),
		ExternalURL:       p.ExternalURL,
	}
	if p.Alerts != nil {
		d.Alerts = make(amt.Alerts, 0, len(p.Alerts))
	}
	for i, a := range p.Alerts {
		d.Alerts = append(d.Alerts, amt.Alert{
			Status:       a.Status,
			Labels:       amt.KV(a.Labels),
			Annotations:  amt.KV(a.Annotations),
			StartsAt:     parseTime(fmt.Sprintf("alerts[%d].startsAt", i), a.StartsAt),
			EndsAt:       parseTime(fmt.Sprintf("alerts[%d].endsAt", i), a.EndsAt),
			GeneratorURL: a.GeneratorURL,
			Fingerprint:  a.Fingerprint,
		})
	}
	return d
}

// bridgeData is what the bridge passes to Execute: the request body decoded by encoding/json into a
// models.WebhookMessage (web/dingtalk/dingtalk.go, serveSend), then the target's mention mobiles appended to
// AtMobiles when the target has a mention (notifier/notification.go, Build).
func bridgeData(raw []byte, path string, o options) interface{} {
	var m models.WebhookMessage
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&m); err != nil {
		fail("payload %s: %v", path, err)
	}
	if o.hasMention {
		m.AtMobiles = append(m.AtMobiles, o.mention...)
	}
	return &m
}

// funcs returns the dialect's functions, registered as the real servers register them.
func funcs(dialect string) []template.FuncMap {
	if dialect == "alertmanager" {
		// Alertmanager 0.25: template.New("").Option("missingkey=zero").Funcs(DefaultFuncs)
		return []template.FuncMap{template.FuncMap(amt.DefaultFuncs)}
	}
	// The bridge: .Funcs(defaultFuncs).Funcs(sprig.TxtFuncMap()), so sprig wins any name both define.
	bridgeFuncs := bridge.Funcs
	sprigFuncs := sprig.TxtFuncMap()
	if fixed := os.Getenv(FixedNowEnv); fixed != "" {
		now, err := time.Parse(time.RFC3339Nano, fixed)
		if err != nil {
			fail("%s: %v", FixedNowEnv, err)
		}
		sprigFuncs["now"] = func() time.Time { return now }
		sprigFuncs["ago"] = func(date interface{}) string {
			var t time.Time
			switch d := date.(type) {
			case time.Time:
				t = d
			case int64:
				t = time.Unix(d, 0)
			case int:
				t = time.Unix(int64(d), 0)
			case int32:
				t = time.Unix(int64(d), 0)
			default:
				t = now
			}
			return now.Sub(t).Round(time.Second).String()
		}
	}
	return []template.FuncMap{bridgeFuncs, sprigFuncs}
}

func main() {
	o := parseArgs(os.Args[1:])
	if o.hasTimeZone {
		// A server started with TZ=<zone>: Local is that zone (.Local, sprig's date and now, which offsets parse as
		// Local).
		becomeServerInZone(o.timeZone)
	} else {
		// Deterministic whatever the machine's TZ: Local is UTC.
		time.Local = time.UTC
	}

	text, err := os.ReadFile(o.templatePath)
	if err != nil {
		fail("%v", err)
	}
	raw, err := os.ReadFile(o.alertsPath)
	if err != nil {
		fail("%v", err)
	}
	var data interface{}
	if o.dialect == "alertmanager" {
		data = alertmanagerData(raw, o.alertsPath)
	} else {
		data = bridgeData(raw, o.alertsPath, o)
	}

	parseStart := time.Now()
	tmpl := template.New(filepath.Base(o.templatePath)).Option("missingkey=zero")
	for _, f := range funcs(o.dialect) {
		tmpl = tmpl.Funcs(f)
	}
	tmpl, err = tmpl.Parse(string(text))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	parseElapsed := time.Since(parseStart)

	var out bytes.Buffer
	execStart := time.Now()
	for i := 0; i < o.repeat; i++ {
		out.Reset()
		if o.define != "" {
			err = tmpl.ExecuteTemplate(&out, o.define, data)
		} else {
			err = tmpl.Execute(&out, data)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	execTime := time.Since(execStart)
	if o.stats {
		fmt.Fprintf(os.Stderr, "oracle: parse %d µs; %d renders in %.3f ms, %.1f µs per render, %d bytes\n",
			parseElapsed.Microseconds(), o.repeat, float64(execTime.Nanoseconds())/1e6,
			float64(execTime.Nanoseconds())/1e3/float64(o.repeat), out.Len())
	}
	os.Stdout.Write(out.Bytes())
}
