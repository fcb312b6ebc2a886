// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Command oracle-gen writes random but valid (template, payload, dialect) cases for the differential tests:
//
//	oracle-gen --seed 20240318 --count 2000 --out DIR
//
// DIR gets payload-NNNN.json, case-NNNNN.tmpl and MANIFEST (one case a line: "TEMPLATE PAYLOAD DIALECT [DEFINE]").
// The same seed and count always write the same files (math/rand with a fixed seed, no map iteration, no clock).
// Each template is generated for its payload (it knows how many alerts there are and which labels exist), typed
// bottom-up so that Go executes it without error; tst_template_oracle checks that the oracle renders every case.
// Only the standard library: it builds with the oracle, offline.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ---------------------------------------------------------------- payloads

var (
	alertnames  = []string{"HighCPUUsage", "KubePodCrashLooping", "DiskSpaceLow", "接口响应超时", "Watchdog", "TargetDown", "内存使用率过高", "HTTP_5xx_Rate"}
	severities  = []string{"critical", "warning", "info", "严重", "page"}
	namespaces  = []string{"payments", "kube-system", "订单中心", "monitoring", "default"}
	jobs        = []string{"node-exporter", "kube-state-metrics", "api-gateway", "blackbox", "mysqld"}
	extraLabels = []string{"cluster", "region", "team", "container", "service", "mountpoint", "env"}
	labelValues = []string{"prod-sh", "cn-hangzhou", "infra", "checkout", "订单服务", "/var/lib/mysql", "staging", "a_b*c`d", "<b>&\"'", "100%", "x y  z", "", "tab\there", "line1\nline2"}
	summaries   = []string{"CPU usage is above 90%", "Pod is crash looping", "磁盘剩余空间不足 10%", "接口 P99 延迟超过 2 秒", "Target {{ $labels.instance }} is down", "<script>alert(1)</script>", "50% of **requests** fail_fast", "Ünïcödé ✓ 🚨", ""}
	descs       = []string{"It has been like this for 5 minutes.", "过去 10 分钟内持续告警，请及时处理。", "See https://wiki.example.internal/runbook?a=1&b=2", "quote \" backslash \\ done", "multi\nline\ndescription"}
	offsets     = []string{"Z", "+08:00", "+00:00", "-05:00", "+05:30", "+05:45", "-09:30", "+14:00"}
	fractions   = []string{"", ".5", ".123", ".000123456", ".999999999", ".1", ".25"}
	receivers   = []string{"dingtalk-ops", "钉钉-订单中心", "null", "team-a/robot", "web.hook"}
	mobiles     = []string{"13800138000", "13900139000", "18612345678"}
)

type alert struct {
	Status       string            `json:"status"`
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     string            `json:"startsAt"`
	EndsAt       string            `json:"endsAt"`
	GeneratorURL string            `json:"generatorURL"`
	Fingerprint  string            `json:"fingerprint"`
}

type payload struct {
	Receiver          string            `json:"receiver"`
	Status            string            `json:"status"`
	Alerts            []alert           `json:"alerts"`
	GroupLabels       map[string]string `json:"groupLabels"`
	CommonLabels      map[string]string `json:"commonLabels"`
	CommonAnnotations map[string]string `json:"commonAnnotations"`
	ExternalURL       string            `json:"externalURL"`
	Version           string            `json:"version"`
	GroupKey          string            `json:"groupKey"`
	TruncatedAlerts   int               `json:"truncatedAlerts"`
	AtMobiles         []string          `json:"atMobiles,omitempty"`
}

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

// timestamp draws a time. The tests render every case in UTC, Asia/Shanghai and America/New_York (the servers' zone):
// "-05:00" on an odd day from April to October becomes "-04:00", so New York's EDT offset appears in summer (Local,
// named EDT) besides EST's in winter (EST) and in summer (a fixed zone without a name). No extra draw: a seed writes
// the same cases as before except that offset.
func timestamp(r *rand.Rand) string {
	year, month, day, hour, min, sec := 20+r.Intn(6), 1+r.Intn(12), 1+r.Intn(28), r.Intn(24), r.Intn(60), r.Intn(60)
	fraction, offset := pick(r, fractions), pick(r, offsets)
	if offset == "-05:00" && month >= 4 && month <= 10 && day%2 == 1 {
		offset = "-04:00"
	}
	return fmt.Sprintf("20%02d-%02d-%02dT%02d:%02d:%02d%s%s", year, month, day, hour, min, sec, fraction, offset)
}

func common(maps []map[string]string) map[string]string {
	res := map[string]string{}
	if len(maps) == 0 {
		return res
	}
	for k, v := range maps[0] {
		res[k] = v
	}
	for _, m := range maps[1:] {
		for k, v := range res {
			if m[k] != v {
				delete(res, k)
			}
		}
	}
	return res
}

func makePayload(r *rand.Rand) payload {
	n := r.Intn(6)
	if r.Intn(10) == 0 {
		n = 0
	}
	name := pick(r, alertnames)
	p := payload{Receiver: pick(r, receivers), ExternalURL: "http://alertmanager.example.internal:9093", Version: "4"}
	firing := false
	for i := 0; i < n; i++ {
		a := alert{Labels: map[string]string{}, Annotations: map[string]string{}}
		if r.Intn(8) != 0 {
			a.Labels["alertname"] = name
		}
		if r.Intn(4) != 0 {
			a.Labels["severity"] = pick(r, severities)
		}
		if r.Intn(3) != 0 {
			a.Labels["instance"] = fmt.Sprintf("10.0.%d.%d:9100", r.Intn(4), r.Intn(250))
		}
		if r.Intn(2) == 0 {
			a.Labels["namespace"] = pick(r, namespaces)
			a.Labels["pod"] = fmt.Sprintf("app-%x", r.Intn(1<<20))
		}
		a.Labels["job"] = pick(r, jobs)
		for j := r.Intn(3); j > 0; j-- {
			a.Labels[pick(r, extraLabels)] = pick(r, labelValues)
		}
		if r.Intn(5) != 0 {
			a.Annotations["summary"] = pick(r, summaries)
		}
		if r.Intn(3) != 0 {
			a.Annotations["description"] = pick(r, descs)
		}
		a.StartsAt = timestamp(r)
		if r.Intn(3) == 0 {
			a.Status = "resolved"
			a.EndsAt = timestamp(r)
		} else {
			a.Status = "firing"
			a.EndsAt = "0001-01-01T00:00:00Z"
			firing = true
		}
		a.GeneratorURL = fmt.Sprintf("http://prometheus.example.internal:9090/graph?g0.expr=up%%3D%%3D0&g0.tab=%d", i)
		a.Fingerprint = fmt.Sprintf("%016x", r.Int63())
		p.Alerts = append(p.Alerts, a)
	}
	if firing {
		p.Status = "firing"
	} else {
		p.Status = "resolved"
	}
	labels := make([]map[string]string, 0, n)
	annotations := make([]map[string]string, 0, n)
	for _, a := range p.Alerts {
		labels = append(labels, a.Labels)
		annotations = append(annotations, a.Annotations)
	}
	p.CommonLabels = common(labels)
	p.CommonAnnotations = common(annotations)
	p.GroupLabels = map[string]string{}
	if v, ok := p.CommonLabels["alertname"]; ok {
		p.GroupLabels["alertname"] = v
	}
	if r.Intn(2) == 0 {
		if v, ok := p.CommonLabels["namespace"]; ok {
			p.GroupLabels["namespace"] = v
		}
	}
	keys := make([]string, 0)
	for k := range p.GroupLabels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%q", k, p.GroupLabels[k]))
	}
	p.GroupKey = "{}:{" + strings.Join(parts, ", ") + "}"
	if r.Intn(3) == 0 {
		p.AtMobiles = []string{pick(r, mobiles)}
		if r.Intn(2) == 0 {
			p.AtMobiles = append(p.AtMobiles, pick(r, mobiles))
		}
	}
	return p
}

// ---------------------------------------------------------------- templates

// Types of generated expressions.
type typ int

const (
	tStr typ = iota
	tInt
	tBool
	tTime
	tStrList
	tKV
	tAlerts // .Alerts (has .Firing/.Resolved)
	tAlertList
	tAlert
	tPair
	tPairs
	tFloat
	tDur
	numTypes
)

// scope describes what "." and the variables are at a point of the template.
type scope struct {
	dot     typ
	rootDot bool // "." is the root value
	vars    map[typ][]string
}

func (s scope) with(dot typ, root bool) scope {
	vars := map[typ][]string{}
	for k, v := range s.vars {
		vars[k] = append([]string(nil), v...)
	}
	return scope{dot: dot, rootDot: root, vars: vars}
}

type gen struct {
	r        *rand.Rand
	bridge   bool
	p        *payload
	nvar     int
	defines  []string // names of defined templates taking an alert
	inRange  int
	maxDepth int
}

func (g *gen) chance(n int) bool { return g.r.Intn(n) == 0 }

var stringLiterals = []string{`"firing"`, `"告警"`, `"恢复"`, `"a,b,c"`, `"<b>bold</b> & 'q'"`, `"x_y*z` + "`" + `"`, `"  padded  "`,
	`"tab\tnew\nline"`, `"中文 text ✓"`, `"\u00e9\x41"`, "`raw \\n string`", `""`, `"HighCPUUsage"`, `"k=v&a=b c"`,
	`"hello world"`, `"critical"`, `"O'Reilly \"quoted\""`, `"café"`}

var layouts = []string{`"2006-01-02 15:04:05"`, `"2006-01-02T15:04:05Z07:00"`, `"Mon, 02 Jan 2006 15:04:05 MST"`,
	`"Jan _2 15:04:05.000"`, `"3:04PM"`, `"2006年01月02日 15时04分05秒"`, `"15:04:05.999999999 -0700"`,
	`"06/1/2 3:4:5 pm"`, `"Monday January 2"`, `"2006-01-02T15:04:05.000000Z0700"`, `"-07:00:00 MST"`,
	`"Mon Jan 2 15:04:05 -0700 MST 2006"`, `"2006-01-02 15:04:05,000"`, `"01/02 03:04:05PM"`}

func (g *gen) strLit() string { return stringLiterals[g.r.Intn(len(stringLiterals))] }

func labelName(r *rand.Rand) string {
	return []string{"alertname", "severity", "instance", "job", "namespace", "pod", "cluster", "team", "missing_label"}[r.Intn(9)]
}

func annotationName(r *rand.Rand) string {
	return []string{"summary", "description", "runbook_url"}[r.Intn(3)]
}

// rootRef is how to reach the root from here: "." or "$".
func (g *gen) root(s scope) string {
	if s.rootDot && !g.chance(4) {
		return "."
	}
	return "$"
}

func join(parts ...string) string { return strings.Join(parts, "") }

// field accesses the root: "$.X" or ".X"
func (g *gen) rootField(s scope, f string) string {
	if r := g.root(s); r == "." {
		return "." + f
	}
	return "$." + f
}

// operand returns an expression usable as an argument (parenthesised when it is a call).
func (g *gen) operand(t typ, s scope, depth int) string {
	e, call := g.expr(t, s, depth)
	if call {
		return "(" + e + ")"
	}
	return e
}

// expr returns an expression of type t and whether it is a call (needs parentheses as an argument).
func (g *gen) expr(t typ, s scope, depth int) (string, bool) {
	if depth > g.maxDepth {
		return g.leaf(t, s), false
	}
	if vs := s.vars[t]; len(vs) > 0 && g.chance(5) {
		return vs[g.r.Intn(len(vs))], false
	}
	d := depth + 1
	noTime := !g.has(tTime, s)
	switch t {
	case tStr:
		k := g.r.Intn(24)
		if noTime && (k == 11 || k == 12 || k == 17 || k == 18) || k == 16 && s.dot != tPair {
			return g.leaf(t, s), false
		}
		switch k {
		case 0, 1, 2:
			return g.leaf(t, s), false
		case 3:
			return "printf " + g.printfArgs(s, d), true
		case 4:
			return "print " + g.operand(tStr, s, d) + " " + g.operand(g.anyType(s), s, d), true
		case 5:
			return []string{"html", "js", "urlquery"}[g.r.Intn(3)] + " " + g.operand(tStr, s, d), true
		case 6:
			return "index " + g.operand(tKV, s, d) + " " + g.operand(tStr, s, d), true
		case 7:
			if g.bridge {
				return g.sprigStr(s, d), true
			}
			return "title " + g.operand(tStr, s, d), true
		case 8:
			if g.bridge {
				return g.sprigStr(s, d), true
			}
			return []string{"toUpper", "toLower"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d), true
		case 9:
			if g.bridge {
				return "join " + g.strLit() + " " + g.operand(tStrList, s, d), true
			}
			return "join " + g.strLit() + " " + g.operand(tStrList, s, d), true
		case 10:
			if g.bridge {
				return "regexReplaceAll " + []string{`"[0-9]+"`, `"(\\w+)-(\\w+)"`, `"^"`, `"\\s+"`}[g.r.Intn(4)] + " " + g.operand(tStr, s, d) + " " + []string{`"#"`, `"${2}_$1"`, `">"`, `" "`}[g.r.Intn(4)], true
			}
			return "reReplaceAll " + []string{`"[0-9]+"`, `"(\\w+)-(\\w+)"`, `"^"`, `"\\s+"`}[g.r.Intn(4)] + " " + []string{`"#"`, `"${2}_$1"`, `">"`, `" "`}[g.r.Intn(4)] + " " + g.operand(tStr, s, d), true
		case 11:
			return g.operand(tTime, s, d) + ".Format " + layouts[g.r.Intn(len(layouts))], true
		case 12:
			return "(" + g.operand(tTime, s, d) + ".Add " + []string{"28800e9", "-3600e9", "1.5e9", "90000000000", "0"}[g.r.Intn(5)] + ").Format " + layouts[g.r.Intn(len(layouts))], true
		case 13:
			if g.bridge { // sprig's slice (lists only) replaces the builtin
				return "substr " + []string{"0 0", "1 3", "0 1", "2 4", "3 -1"}[g.r.Intn(5)] + " " + []string{`"abcdef"`, `"告警恢复"`, `"HighCPUUsage"`}[g.r.Intn(3)], true
			}
			return "slice " + []string{`"abcdef"`, `"告警恢复"`, `"HighCPUUsage"`}[g.r.Intn(3)] + " " + []string{"0 0", "1", "0 1", "2 4", "3"}[g.r.Intn(5)], true
		case 14:
			return "println " + g.operand(g.anyType(s), s, d) + " " + g.operand(g.anyType(s), s, d), true
		case 15:
			if g.bridge {
				return g.sprigStr(s, d), true
			}
			return "printf \"%s\" " + g.operand(tStr, s, d), true
		case 16:
			return "." + []string{"Name", "Value"}[g.r.Intn(2)], false
		case 17:
			return "printf \"%v\" " + g.operand(tDur, s, d), true
		case 18:
			return g.operand(tTime, s, d) + "." + []string{"Month", "Weekday"}[g.r.Intn(2)] + ".String", false
		default:
			if g.bridge {
				return g.sprigStr(s, d), true
			}
			return g.leaf(t, s), false
		}
	case tInt:
		k := g.r.Intn(9)
		if noTime && k == 2 {
			return g.leaf(t, s), false
		}
		switch k {
		case 0:
			return g.leaf(t, s), false
		case 1:
			return "len " + g.operand([]typ{tStr, tStrList, tKV, tAlerts, tAlertList, tPairs}[g.r.Intn(6)], s, d), true
		case 2:
			return g.operand(tTime, s, d) + "." + []string{"Year", "Day", "Hour", "Minute", "Second", "Unix", "UnixMilli"}[g.r.Intn(7)], false
		case 3:
			if g.bridge {
				return []string{"add", "sub", "mul", "max", "min"}[g.r.Intn(5)] + " " + g.operand(tInt, s, d) + " " + g.operand(tInt, s, d), true
			}
			return "len " + g.operand(tAlerts, s, d) + ".Firing", true
		case 4:
			if g.bridge {
				return []string{"add1", "int", "int64"}[g.r.Intn(3)] + " " + g.operand(tInt, s, d), true
			}
			return "len " + g.operand(tStr, s, d), true
		case 5:
			if g.bridge {
				return "atoi " + []string{`"42"`, `"-7"`, `"x"`, `"007"`}[g.r.Intn(4)], true
			}
			return g.leaf(t, s), false
		default:
			return g.leaf(t, s), false
		}
	case tBool:
		k := g.r.Intn(12)
		if noTime && (k == 7 || k == 8) {
			return g.leaf(t, s), false
		}
		switch k {
		case 0:
			return g.leaf(t, s), false
		case 1:
			return []string{"eq", "ne"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d) + " " + g.operand(tStr, s, d), true
		case 2:
			return []string{"eq", "ne", "lt", "le", "gt", "ge"}[g.r.Intn(6)] + " " + g.operand(tInt, s, d) + " " + g.operand(tInt, s, d), true
		case 3:
			return []string{"lt", "ge"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d) + " " + g.operand(tStr, s, d), true
		case 4:
			return "eq " + g.operand(tStr, s, d) + " " + g.strLit() + " " + g.strLit() + " " + g.operand(tStr, s, d), true
		case 5:
			return []string{"and", "or"}[g.r.Intn(2)] + " " + g.operand(tBool, s, d) + " " + g.operand(tBool, s, d) + " " + g.operand(tBool, s, d), true
		case 6:
			return "not " + g.operand(g.anyType(s), s, d), true
		case 7:
			return g.operand(tTime, s, d) + "." + []string{"Before", "After", "Equal"}[g.r.Intn(3)] + " " + g.operand(tTime, s, d), true
		case 8:
			return g.operand(tTime, s, d) + ".IsZero", false
		case 9:
			if g.bridge {
				return []string{"contains", "hasPrefix", "hasSuffix"}[g.r.Intn(3)] + " " + g.strLit() + " " + g.operand(tStr, s, d), true
			}
			return "match " + []string{`"^[A-Z]"`, `"(?i)cpu"`, `"[0-9]+"`, `"^$"`}[g.r.Intn(4)] + " " + g.operand(tStr, s, d), true
		case 10:
			if g.bridge {
				return []string{"empty", "not"}[g.r.Intn(2)] + " " + g.operand(g.anyType(s), s, d), true
			}
			return "eq " + g.operand(tBool, s, d) + " " + g.operand(tBool, s, d), true
		default:
			if g.bridge {
				return "regexMatch " + []string{`"^[a-z]+$"`, `"\\d"`}[g.r.Intn(2)] + " " + g.operand(tStr, s, d), true
			}
			return g.leaf(t, s), false
		}
	case tTime:
		switch g.r.Intn(5) {
		case 0:
			return g.operand(tTime, s, d) + "." + []string{"UTC", "Local"}[g.r.Intn(2)], false
		case 1:
			return g.operand(tTime, s, d) + ".Add " + []string{"28800e9", "-3600e9", "1", "999999999", "86400000000000"}[g.r.Intn(5)], true
		default:
			return g.leaf(t, s), false
		}
	case tDur:
		return g.operand(tTime, s, d) + ".Sub " + g.operand(tTime, s, d), true
	case tStrList:
		switch g.r.Intn(6) {
		case 0:
			return g.operand(tKV, s, d) + "." + []string{"Names", "Values"}[g.r.Intn(2)], false
		case 1:
			return g.operand(tPairs, s, d) + "." + []string{"Names", "Values"}[g.r.Intn(2)], false
		case 2:
			if g.bridge {
				return "splitList \",\" " + g.operand(tStr, s, d), true
			}
			return "stringSlice " + g.operand(tStr, s, d) + " " + g.strLit(), true
		case 3:
			if g.bridge {
				return []string{"sortAlpha", "uniq"}[g.r.Intn(2)] + " " + g.operand(tStrList, s, d), true
			}
			return "stringSlice", true
		default:
			return g.leaf(t, s), false
		}
	case tKV:
		if g.chance(4) {
			list := g.operand(tStrList, s, d)
			if g.bridge && strings.Contains(list, "uniq") { // uniq returns []interface{}, which Remove does not take
				list = g.rootField(s, "CommonLabels.Names")
				if s.dot == tAlert {
					list = ".Labels.Names"
				}
			}
			return g.operand(tKV, s, d) + ".Remove " + list, true
		}
		return g.leaf(t, s), false
	case tAlerts:
		return g.leaf(t, s), false
	case tAlertList:
		if g.chance(3) && len(g.p.Alerts) > 0 {
			return "slice " + g.rootField(s, "Alerts") + " " + []string{"0", "0 1", "1"}[g.r.Intn(3)], true
		}
		return g.rootField(s, "Alerts") + "." + []string{"Firing", "Resolved"}[g.r.Intn(2)], false
	case tPairs:
		return g.operand(tKV, s, d) + ".SortedPairs", false
	}
	return g.leaf(t, s), false
}

func (g *gen) anyType(s scope) typ {
	for {
		t := []typ{tStr, tInt, tBool, tTime, tStrList, tKV, tFloat, tAlertList, tPairs, tDur}[g.r.Intn(10)]
		if g.has(t, s) {
			return t
		}
	}
}

// leaf returns a simple expression of type t (never a call that needs the context of a deeper generator).
func (g *gen) leaf(t typ, s scope) string {
	switch t {
	case tStr:
		if s.dot == tAlert && g.chance(2) {
			switch g.r.Intn(5) {
			case 0:
				return ".Labels." + labelName(g.r)
			case 1:
				return ".Annotations." + annotationName(g.r)
			case 2:
				return ".Status"
			case 3:
				return ".Fingerprint"
			default:
				return ".GeneratorURL"
			}
		}
		if s.dot == tPair && g.chance(2) {
			return []string{".Name", ".Value"}[g.r.Intn(2)]
		}
		if s.dot == tStr && g.chance(2) {
			return "."
		}
		switch g.r.Intn(8) {
		case 0, 1:
			return g.strLit()
		case 2:
			return g.rootField(s, []string{"Status", "Receiver", "ExternalURL", "Status"}[g.r.Intn(4)])
		case 3:
			return g.rootField(s, "CommonLabels."+labelName(g.r))
		case 4:
			return g.rootField(s, "CommonAnnotations."+annotationName(g.r))
		case 5:
			return g.rootField(s, "GroupLabels.alertname")
		default:
			return g.strLit()
		}
	case tInt:
		return []string{"0", "1", "3", "-2", "42", "1000000", "0x1F", "'A'", "7"}[g.r.Intn(9)]
	case tFloat:
		return []string{"3.14159", "28800e9", "0.5", "-2.75", "1e21", "1e-7", "100.0"}[g.r.Intn(7)]
	case tBool:
		return []string{"true", "false"}[g.r.Intn(2)]
	case tTime:
		if s.dot == tAlert {
			return []string{".StartsAt", ".EndsAt"}[g.r.Intn(2)]
		}
		if len(g.p.Alerts) > 0 {
			return fmt.Sprintf("(index %s %d).%s", g.rootField(s, "Alerts"), g.r.Intn(len(g.p.Alerts)), []string{"StartsAt", "EndsAt"}[g.r.Intn(2)])
		}
		panic("no time here") // callers check has(tTime)
	case tStrList:
		if g.bridge && g.chance(3) {
			return g.rootField(s, "AtMobiles")
		}
		if s.dot == tAlert {
			return ".Labels." + []string{"Names", "Values"}[g.r.Intn(2)]
		}
		return g.rootField(s, []string{"CommonLabels", "GroupLabels", "CommonAnnotations"}[g.r.Intn(3)]+"."+[]string{"Names", "Values"}[g.r.Intn(2)])
	case tKV:
		if s.dot == tAlert && g.chance(2) {
			return []string{".Labels", ".Annotations"}[g.r.Intn(2)]
		}
		return g.rootField(s, []string{"CommonLabels", "GroupLabels", "CommonAnnotations"}[g.r.Intn(3)])
	case tAlerts:
		return g.rootField(s, "Alerts")
	case tAlertList:
		return g.rootField(s, "Alerts.Firing")
	case tAlert:
		if s.dot == tAlert {
			return "."
		}
		return fmt.Sprintf("(index %s %d)", g.rootField(s, "Alerts"), g.r.Intn(len(g.p.Alerts)))
	case tPair:
		if s.dot == tPair {
			return "."
		}
		return "(index " + g.operand(tPairs, s, g.maxDepth) + " 0)"
	case tPairs:
		return g.operand(tKV, s, g.maxDepth) + ".SortedPairs"
	case tDur:
		return "(" + g.leaf(tTime, s) + ".Sub " + g.leaf(tTime, s) + ")"
	}
	return `""`
}

// Only a time can come from an alert; with no alerts, the generator avoids times.
func (g *gen) has(t typ, s scope) bool {
	switch t {
	case tTime, tDur:
		return s.dot == tAlert || len(g.p.Alerts) > 0
	case tAlert:
		return s.dot == tAlert || len(g.p.Alerts) > 0
	case tPair:
		return s.dot == tPair
	}
	return true
}

func (g *gen) sprigStr(s scope, d int) string {
	switch g.r.Intn(26) {
	case 0:
		return "upper " + g.operand(tStr, s, d)
	case 1:
		return "lower " + g.operand(tStr, s, d)
	case 2:
		return "title " + g.operand(tStr, s, d)
	case 3:
		return "trim " + g.operand(tStr, s, d)
	case 4:
		return "trunc " + []string{"3", "0", "-4", "100"}[g.r.Intn(4)] + " " + g.operand(tStr, s, d)
	case 5:
		return "replace " + g.strLit() + " " + g.strLit() + " " + g.operand(tStr, s, d)
	case 6:
		return "default " + g.strLit() + " " + g.operand(tStr, s, d)
	case 7:
		return []string{"quote", "squote"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d)
	case 8:
		return "nospace " + g.operand(tStr, s, d)
	case 9:
		return "abbrev " + []string{"5", "10", "20"}[g.r.Intn(3)] + " " + g.operand(tStr, s, d)
	case 10:
		return "repeat " + []string{"0", "2", "3"}[g.r.Intn(3)] + " " + g.operand(tStr, s, d)
	case 11:
		return "substr 1 4 " + []string{`"abcdefgh"`, `"HighCPUUsage"`, `"critical"`}[g.r.Intn(3)]
	case 12:
		return []string{"trimPrefix", "trimSuffix", "trimAll"}[g.r.Intn(3)] + " " + []string{`"a"`, `"-"`, `" "`, `"告"`}[g.r.Intn(4)] + " " + g.operand(tStr, s, d)
	case 13:
		return "cat " + g.operand(tStr, s, d) + " " + g.operand(g.anyType(s), s, d)
	case 14:
		return []string{"indent", "nindent"}[g.r.Intn(2)] + " " + []string{"2", "4"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d)
	case 15:
		return []string{"toJson", "toPrettyJson"}[g.r.Intn(2)] + " " + g.operand([]typ{tStr, tKV, tStrList, tInt, tPairs}[g.r.Intn(5)], s, d)
	case 16:
		return "markdown " + g.operand(tStr, s, d)
	case 17:
		return []string{"toUpper", "toLower"}[g.r.Intn(2)] + " " + g.operand(tStr, s, d)
	case 18:
		return "b64enc " + g.operand(tStr, s, d)
	case 19:
		return "toString " + g.operand(g.anyType(s), s, d)
	case 20:
		return "ternary " + g.strLit() + " " + g.strLit() + " " + g.operand(tBool, s, d)
	case 21:
		return "coalesce " + g.operand(tStr, s, d) + " " + g.operand(tStr, s, d) + " " + g.strLit()
	case 22:
		return "join \"|\" (list " + g.operand(tStr, s, d) + " " + g.operand(tInt, s, d) + " " + g.operand(tBool, s, d) + ")"
	case 23:
		return "get (dict \"a\" " + g.operand(tStr, s, d) + " \"b\" 2) " + []string{`"a"`, `"c"`}[g.r.Intn(2)]
	case 24:
		return "toJson (dict \"name\" " + g.operand(tStr, s, d) + " \"n\" " + g.operand(tInt, s, d) + " \"ok\" " + g.operand(tBool, s, d) + ")"
	default:
		return "regexFind " + []string{`"[0-9]+"`, `"[a-z]+"`}[g.r.Intn(2)] + " " + g.operand(tStr, s, d)
	}
}

// printfArgs returns a format string and matching arguments.
func (g *gen) printfArgs(s scope, d int) string {
	type verb struct {
		verbs []string
		t     typ
	}
	table := []verb{
		{[]string{"%s", "%q", "%v", "%10s", "%-8s|", "%.3s", "%x", "% X", "%+q", "%#q", "%T"}, tStr},
		{[]string{"%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%X", "%#x", "%o", "%#o", "%b", "%c", "%U", "%#U", "%q", "%v", "% d", "%T"}, tInt},
		{[]string{"%f", "%.2f", "%8.3f", "%-9.1f|", "%e", "%E", "%g", "%G", "%v", "%+.1e", "%010.4f", "%.0f", "%T"}, tFloat},
		{[]string{"%t", "%v", "%5t", "%T"}, tBool},
		{[]string{"%v", "%s", "%T"}, tTime},
		{[]string{"%v", "%q", "%s", "%d", "%T"}, tStrList},
		{[]string{"%v", "%s", "%T"}, tKV},
		{[]string{"%v", "%+v", "%T"}, tPairs},
		{[]string{"%v", "%s", "%d", "%T"}, tDur},
		{[]string{"%v", "%+v", "%T", "%s"}, tAlertList},
	}
	n := 1 + g.r.Intn(3)
	var format strings.Builder
	var args []string
	format.WriteString(`"`)
	for i := 0; i < n; i++ {
		v := table[g.r.Intn(len(table))]
		if !g.has(v.t, s) {
			v = table[0]
		}
		if i > 0 {
			format.WriteString([]string{" ", " | ", ", ", "\\t", "：", "%%"}[g.r.Intn(6)])
		}
		format.WriteString(v.verbs[g.r.Intn(len(v.verbs))])
		args = append(args, g.operand(v.t, s, d))
	}
	if g.chance(15) { // a wrong verb or a missing / extra argument is no error in Go: fmt says so in the output
		switch g.r.Intn(3) {
		case 0:
			format.WriteString(" %d")
			args = append(args, g.strLit())
		case 1:
			format.WriteString(" %s")
		default:
			args = append(args, "7")
		}
	}
	format.WriteString(`"`)
	return format.String() + " " + strings.Join(args, " ")
}

func (g *gen) action(body string) string {
	left, right := "{{ ", " }}"
	if g.chance(5) {
		left = "{{- "
	}
	if g.chance(5) {
		right = " -}}"
	}
	if g.chance(6) {
		left, right = "{{", "}}"
	}
	return left + body + right
}

var texts = []string{"\n", "\n\n", " ", "- ", "**", "### ", "> ", "告警：", "恢复 ", "| ", " |\n", "[link](", ")", "\t", "  \n", "状态: ", "## ", "\\_", "，"}

func (g *gen) text() string {
	var b strings.Builder
	for i := g.r.Intn(3); i >= 0; i-- {
		b.WriteString(texts[g.r.Intn(len(texts))])
	}
	return b.String()
}

func (g *gen) newVar(t typ, s *scope) string {
	g.nvar++
	name := fmt.Sprintf("$v%d", g.nvar)
	s.vars[t] = append(s.vars[t], name)
	return name
}

func (g *gen) printable(s scope) typ {
	for {
		t := []typ{tStr, tStr, tStr, tInt, tBool, tTime, tStrList, tKV, tFloat, tDur, tPairs}[g.r.Intn(11)]
		if g.has(t, s) {
			return t
		}
	}
}

// block generates a list of statements in scope s.
func (g *gen) block(s scope, depth, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(g.statement(&s, depth))
	}
	return b.String()
}

func (g *gen) statement(s *scope, depth int) string {
	k := g.r.Intn(14)
	if depth > 3 && k > 4 {
		k = g.r.Intn(5)
	}
	switch k {
	case 0, 1:
		return g.text()
	case 2, 3:
		t := g.printable(*s)
		e, _ := g.expr(t, *s, 0)
		if g.chance(4) {
			pipe := []string{" | printf \"%v\"", " | print", " | html", " | urlquery", " | printf \"[%s]\""}
			if t == tStr || t == tStrList || t == tKV || t == tPairs {
				pipe = append(pipe, " | len")
			}
			if t == tStr && !g.bridge {
				pipe = append(pipe, " | safeHtml")
			}
			e += pipe[g.r.Intn(len(pipe))]
		}
		return g.action(e)
	case 4:
		if g.chance(3) {
			comment := []string{"注释", "comment\nover two lines"}[g.r.Intn(2)]
			if g.chance(2) {
				return "{{- /* " + comment + " */ -}}"
			}
			return "{{/* " + comment + " */}}"
		}
		return g.text()
	case 5:
		t := g.printable(*s)
		e, _ := g.expr(t, *s, 1)
		name := fmt.Sprintf("$tmp%d", g.nvar)
		if !(t == tStrList && strings.Contains(e, "uniq")) {
			name = g.newVar(t, s)
		} else {
			g.nvar++
		}
		out := g.action(name + " := " + e)
		if e2, _ := g.expr(t, *s, 1); g.chance(3) && !strings.Contains(e2, "uniq") {
			out += g.text() + g.action(name+" = "+e2)
		}
		return out
	case 6, 7:
		cond, _ := g.expr(tBool, *s, 0)
		if g.chance(4) {
			cond, _ = g.expr(g.printable(*s), *s, 1) // truthiness of any value
		}
		out := g.action("if "+cond) + g.block(s.with(s.dot, s.rootDot), depth+1, 1+g.r.Intn(3))
		if g.chance(3) {
			c2, _ := g.expr(tBool, *s, 1)
			out += g.action("else if "+c2) + g.block(s.with(s.dot, s.rootDot), depth+1, 1+g.r.Intn(2))
		}
		if g.chance(2) {
			out += g.action("else") + g.block(s.with(s.dot, s.rootDot), depth+1, 1+g.r.Intn(2))
		}
		return out + g.action("end")
	case 8, 9:
		return g.rangeStmt(s, depth)
	case 10:
		e, _ := g.expr(tStr, *s, 1)
		inner := s.with(tStr, false)
		out := g.action("with "+e) + g.block(inner, depth+1, 1+g.r.Intn(2))
		if g.chance(2) {
			out += g.action("else") + g.block(s.with(s.dot, s.rootDot), depth+1, 1)
		}
		return out + g.action("end")
	case 11:
		if len(g.defines) > 0 && g.has(tAlert, *s) {
			arg := g.leaf(tAlert, *s)
			return g.action(fmt.Sprintf("template %q %s", g.defines[g.r.Intn(len(g.defines))], arg))
		}
		return g.text()
	case 12:
		if s.rootDot && g.chance(2) {
			g.nvar++
			name := fmt.Sprintf("blk%d", g.nvar)
			inner := scope{dot: s.dot, rootDot: true, vars: map[typ][]string{}}
			return g.action(fmt.Sprintf("block %q .", name)) + g.block(inner, depth+1, 1+g.r.Intn(2)) + g.action("end")
		}
		return g.text()
	default:
		e, _ := g.expr(tStr, *s, 0)
		return g.action(e)
	}
}

func (g *gen) rangeStmt(s *scope, depth int) string {
	var head string
	var inner scope
	g.inRange++
	defer func() { g.inRange-- }()
	switch g.r.Intn(6) {
	case 0, 1:
		src, _ := g.expr([]typ{tAlerts, tAlertList}[g.r.Intn(2)], *s, 1)
		inner = s.with(tAlert, false)
		if g.chance(2) {
			g.nvar++
			i, a := fmt.Sprintf("$i%d", g.nvar), fmt.Sprintf("$a%d", g.nvar)
			head = fmt.Sprintf("range %s, %s := %s", i, a, src)
			inner.vars[tInt] = append(inner.vars[tInt], i)
		} else {
			head = "range " + src
		}
	case 2:
		src, _ := g.expr(tPairs, *s, 1)
		inner = s.with(tPair, false)
		head = "range " + src
	case 3:
		src, _ := g.expr(tKV, *s, 1)
		g.nvar++
		k, v := fmt.Sprintf("$k%d", g.nvar), fmt.Sprintf("$val%d", g.nvar)
		inner = s.with(tStr, false)
		head = fmt.Sprintf("range %s, %s := %s", k, v, src)
		inner.vars[tStr] = append(inner.vars[tStr], k, v)
	default:
		src, _ := g.expr(tStrList, *s, 1)
		inner = s.with(tStr, false)
		if g.bridge && strings.Contains(src, "uniq") {
			inner = s.with(tStrList, false) // elements are interface{}; only print them
			inner.dot = tBool + 100
		}
		if g.chance(2) {
			g.nvar++
			i := fmt.Sprintf("$i%d", g.nvar)
			head = fmt.Sprintf("range %s, $e%d := %s", i, g.nvar, src)
			inner.vars[tInt] = append(inner.vars[tInt], i)
		} else {
			head = "range " + src
		}
	}
	body := ""
	if inner.dot > numTypes {
		body = g.action(".") + g.text()
		inner.dot = tStr
	} else {
		body = g.block(inner, depth+1, 1+g.r.Intn(3))
	}
	if g.chance(5) {
		cond, _ := g.expr(tBool, inner, 1)
		body += g.action("if "+cond) + g.action([]string{"break", "continue"}[g.r.Intn(2)]) + g.action("end") + g.block(inner, depth+1, 1)
	}
	out := g.action(head) + body
	if g.chance(3) {
		out += g.action("else") + g.text() + "(none)"
	}
	return out + g.action("end")
}

func (g *gen) template() (text, define string) {
	var b strings.Builder
	root := scope{dot: -1, rootDot: true, vars: map[typ][]string{}}
	g.defines = nil
	for i := g.r.Intn(3); i > 0; i-- {
		name := fmt.Sprintf("alert.line.%d", i)
		if g.chance(2) {
			name = fmt.Sprintf("告警行%d", i)
		}
		alertScope := scope{dot: tAlert, rootDot: false, vars: map[typ][]string{}}
		saved := g.p
		g.p = &payload{} // inside a define, "$" is the alert, not the root: use nothing of the root
		body := g.alertOnly(alertScope)
		g.p = saved
		b.WriteString(g.action(fmt.Sprintf("define %q", name)) + body + g.action("end"))
		if g.chance(2) {
			b.WriteString("\n")
		}
		g.defines = append(g.defines, name)
	}
	if len(g.defines) > 0 && g.chance(4) {
		// execute a named template with --define: it takes the root
		name := "main.content"
		b.WriteString(g.action(fmt.Sprintf("define %q", name)) + g.block(root, 0, 3+g.r.Intn(6)) + g.action("end"))
		b.WriteString("ignored top level text\n")
		return b.String(), name
	}
	b.WriteString(g.block(root, 0, 3+g.r.Intn(8)))
	return b.String(), ""
}

// alertOnly generates a body whose dot is an alert and which never reaches the root (for define bodies).
func (g *gen) alertOnly(s scope) string {
	var b strings.Builder
	for i := 1 + g.r.Intn(3); i > 0; i-- {
		switch g.r.Intn(5) {
		case 0:
			b.WriteString(g.action(".Labels." + labelName(g.r)))
		case 1:
			b.WriteString(g.action("(.StartsAt.Add 28800e9).Format " + layouts[g.r.Intn(len(layouts))]))
		case 2:
			b.WriteString(g.action("range .Labels.SortedPairs") + g.action(".Name") + "=" + g.action(".Value") + ";" + g.action("end"))
		case 3:
			b.WriteString(g.action("if eq .Status \"firing\"") + "🔥" + g.action("else") + "✅" + g.action("end"))
		default:
			b.WriteString(g.action(`printf "%-12s %q" .Status .Annotations.summary`))
		}
		b.WriteString(g.text())
	}
	return b.String()
}

func main() {
	seed := flag.Int64("seed", 20240318, "random seed")
	count := flag.Int("count", 2000, "number of cases")
	payloads := flag.Int("payloads", 100, "number of payloads")
	out := flag.String("out", "", "output directory")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "oracle-gen: --out is required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	r := rand.New(rand.NewSource(*seed))
	ps := make([]payload, *payloads)
	for i := range ps {
		ps[i] = makePayload(r)
		raw, _ := json.MarshalIndent(ps[i], "", "  ")
		write(filepath.Join(*out, fmt.Sprintf("payload-%04d.json", i)), append(raw, '\n'))
	}
	var manifest strings.Builder
	manifest.WriteString("# generated by oracle-gen: TEMPLATE PAYLOAD DIALECT [DEFINE]\n")
	for i := 0; i < *count; i++ {
		pi := r.Intn(len(ps))
		g := &gen{r: r, bridge: i%2 == 1, p: &ps[pi], maxDepth: 1 + r.Intn(3)}
		text, define := g.template()
		name := fmt.Sprintf("case-%05d.tmpl", i)
		write(filepath.Join(*out, name), []byte(text))
		dialect := "alertmanager"
		if g.bridge {
			dialect = "dingtalk-bridge"
		}
		fmt.Fprintf(&manifest, "%s payload-%04d.json %s", name, pi, dialect)
		if define != "" {
			fmt.Fprintf(&manifest, " %s", define)
		}
		manifest.WriteString("\n")
	}
	write(filepath.Join(*out, "MANIFEST"), []byte(manifest.String()))
}

func write(path string, data []byte) {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
