// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The Go template engine, row by row: lexer and parser (with Go's error messages), executor semantics, fmt's printf,
// time formatting and arithmetic, KV and Alerts methods, and both dialects' functions. Every expected output and
// error message below was produced by real Go (Go 1.19.8 text/template, Alertmanager 0.25, sprig 3.2.3) through
// tests/oracle on the payload in this file, not written by hand.
#include "templating/gotemplate.h"

#include <QTest>

using namespace alertdesk;

namespace {

const char* const kPayload =
    "{\"version\":\"4\",\"groupKey\":\"{}:{alertname=\\\"Disk\\\"}\",\"receiver\":\"ops\",\"status\":\"firing\",\n "
    "\"alerts\":[\n  "
    "{\"status\":\"firing\",\"labels\":{\"alertname\":\"Disk\",\"severity\":\"critical\",\"instance\":\"db1:9100\"},"
    "\"annotations\":{\"summary\":\"磁盘快满了\",\"description\":\"80% "
    "used\"},\"startsAt\":\"2024-03-18T14:30:05.123456789+08:00\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":"
    "\"http://prom/graph?g0.expr=up\",\"fingerprint\":\"abc123\"},\n  "
    "{\"status\":\"resolved\",\"labels\":{\"alertname\":\"Disk\",\"severity\":\"warning\",\"instance\":\"db2:9100\"},"
    "\"annotations\":{\"summary\":\"ok\"},\"startsAt\":\"2024-03-18T06:00:00Z\",\"endsAt\":\"2024-03-18T07:30:15.5Z\","
    "\"generatorURL\":\"\",\"fingerprint\":\"def456\"}],\n "
    "\"groupLabels\":{\"alertname\":\"Disk\"},\"commonLabels\":{\"alertname\":\"Disk\"},\"commonAnnotations\":{},\n "
    "\"externalURL\":\"http://am:9093\",\"atMobiles\":[\"138\"]}\n";

} // namespace

class TstTemplateEngine : public QObject {
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void errorPosition();
    void cacheReusesCompiledTemplates();
    void defineAndMissingDefine();
    void invalidPayload();
};

void TstTemplateEngine::render_data()
{
    QTest::addColumn<bool>("bridge");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QByteArray>("expected"); // output, or the first line of Go's error

    QTest::addRow("lex_trim") << false << QByteArray("a  {{- 1 -}}  b{{/* c */}}c {{- /* d */ -}} d") << true
                              << QByteArray("a1bcd");
    QTest::addRow("lex_chars")
        << false
        << QByteArray(
               "{{ 'a' }} {{ '\\n' }} {{ 0x1F }} {{ 1_000 }} {{ 0o17 }} {{ 0b101 }} {{ 1e3 }} {{ -2.5 }} {{ 28800e9 }}")
        << true << QByteArray("97 10 31 1000 15 5 1000 -2.5 2.88e+13");
    QTest::addRow("lex_strings") << false << QByteArray("{{ \"a\\tb\\u00e9\\x41\" }} {{ `raw\\n` }}") << true
                                 << QByteArray("a\tbéA raw\\n");
    QTest::addRow("parse_unclosed_action")
        << false << QByteArray("{{ .Status") << false << QByteArray("template: t.tmpl:1: unclosed action");
    QTest::addRow("parse_unexpected_brace") << false << QByteArray("{{ .Status } }}") << false
                                            << QByteArray("template: t.tmpl:1: unexpected \"}\" in operand");
    QTest::addRow("parse_unknown_function") << false << QByteArray("{{ default \"x\" .Status }}") << false
                                            << QByteArray("template: t.tmpl:1: function \"default\" not defined");
    QTest::addRow("parse_unexpected_end")
        << false << QByteArray("{{ end }}") << false << QByteArray("template: t.tmpl:1: unexpected {{end}}");
    QTest::addRow("parse_missing_end") << false << QByteArray("{{ if .Status }}x") << false
                                       << QByteArray("template: t.tmpl:1: unexpected EOF");
    QTest::addRow("parse_undefined_variable")
        << false << QByteArray("{{ $x }}") << false << QByteArray("template: t.tmpl:1: undefined variable \"$x\"");
    QTest::addRow("parse_bad_number") << false << QByteArray("{{ 3k }}") << false
                                      << QByteArray("template: t.tmpl:1: bad number syntax: \"3k\"");
    QTest::addRow("parse_unterminated_string")
        << false << QByteArray("{{ \"abc }}") << false << QByteArray("template: t.tmpl:1: unterminated quoted string");
    QTest::addRow("parse_else_after") << false << QByteArray("{{ range .Alerts }}{{ else }}{{ else }}{{ end }}")
                                      << false << QByteArray("template: t.tmpl:1: expected end; found {{else}}");
    QTest::addRow("parse_break_outside") << false << QByteArray("{{ break }}") << false
                                         << QByteArray("template: t.tmpl:1: {{break}} outside {{range}}");
    QTest::addRow("parse_empty_pipe") << false << QByteArray("{{ }}") << false
                                      << QByteArray("template: t.tmpl:1: missing value for command");
    QTest::addRow("parse_nonexec_stage") << false << QByteArray("{{ .Status | \"x\" }}") << false
                                         << QByteArray(
                                                "template: t.tmpl:1: non executable command in pipeline stage 2");
    QTest::addRow("parse_bad_char") << false << QByteArray("{{ .Status # }}") << false
                                    << QByteArray("template: t.tmpl:1: unexpected \"#\" in operand");
    QTest::addRow("parse_multiline_action")
        << false << QByteArray("{{ .Status\n| printf \"%s\" }}") << true << QByteArray("firing");
    QTest::addRow("parse_unclosed_comment")
        << false << QByteArray("{{/* x }}") << false << QByteArray("template: t.tmpl:1: unclosed comment");
    QTest::addRow("exec_missing_field")
        << false << QByteArray("{{ .Foo }}") << false
        << QByteArray(
               "template: t.tmpl:1:3: executing \"t.tmpl\" at <.Foo>: can't evaluate field Foo in type *template.Data");
    QTest::addRow("exec_field_on_string")
        << false << QByteArray("{{ .Status.Foo }}") << false
        << QByteArray(
               "template: t.tmpl:1:10: executing \"t.tmpl\" at <.Status.Foo>: can't evaluate field Foo in type string");
    QTest::addRow("exec_wrong_args") << false << QByteArray("{{ printf }}") << false
                                     << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <printf>: wrong "
                                                   "number of args for printf: want at least 1 got 0");
    QTest::addRow("exec_wrong_type")
        << false << QByteArray("{{ toUpper 3 }}") << false
        << QByteArray("template: t.tmpl:1:11: executing \"t.tmpl\" at <3>: expected string; found 3");
    QTest::addRow("exec_index_range") << false << QByteArray("{{ index .Alerts 5 }}") << false
                                      << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <index .Alerts 5>: "
                                                    "error calling index: index out of range: 5");
    QTest::addRow("exec_template_undefined") << false << QByteArray("{{ template \"nope\" . }}") << false
                                             << QByteArray("template: t.tmpl:1:12: executing \"t.tmpl\" at <{{template "
                                                           "\"nope\" .}}>: template \"nope\" not defined");
    QTest::addRow("exec_nil_command")
        << false << QByteArray("{{ nil }}") << false
        << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <nil>: nil is not a command");
    QTest::addRow("exec_eq_incompatible") << false << QByteArray("{{ eq 1 \"a\" }}") << false
                                          << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <eq 1 \"a\">: "
                                                        "error calling eq: incompatible types for comparison");
    QTest::addRow("exec_lt_bool") << false << QByteArray("{{ lt true false }}") << false
                                  << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <lt true false>: error "
                                                "calling lt: invalid type for comparison");
    QTest::addRow("exec_range_int")
        << false << QByteArray("{{ range 3 }}x{{ end }}") << false
        << QByteArray("template: t.tmpl:1:9: executing \"t.tmpl\" at <3>: range can't iterate over 3");
    QTest::addRow("exec_method_args") << false << QByteArray("{{ .Alerts.Firing 1 }}") << false
                                      << QByteArray("template: t.tmpl:1:10: executing \"t.tmpl\" at <.Alerts.Firing>: "
                                                    "wrong number of args for Firing: want 0 got 1");
    QTest::addRow("exec_field_args") << false << QByteArray("{{ .Status 1 }}") << false
                                     << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <.Status>: Status "
                                                   "has arguments but cannot be invoked as function");
    QTest::addRow("missing_key_zero")
        << false
        << QByteArray("[{{ .CommonLabels.nope }}][{{ index .CommonLabels \"nope\" }}][{{ len .CommonAnnotations }}]")
        << true << QByteArray("[][][0]");
    QTest::addRow("truthiness")
        << false
        << QByteArray("{{ if 0 }}a{{ else if \"\" }}b{{ else if .CommonAnnotations }}c{{ else if .Alerts }}d{{ end }}")
        << true << QByteArray("d");
    QTest::addRow("and_or")
        << false << QByteArray("{{ and 1 \"\" 2 }}|{{ or 0 \"\" }}|{{ or 0 \"x\" }}|{{ and 1 2 }}|{{ not .Alerts }}")
        << true << QByteArray("||x|2|false");
    QTest::addRow("eq_multi") << false
                              << QByteArray("{{ eq .Status \"resolved\" \"firing\" }} {{ ne 1 2 }} {{ le 2 2 }} {{ gt "
                                            "3 2 }} {{ ge 1 2 }} {{ lt \"a\" \"b\" }}")
                              << true << QByteArray("true true true true false true");
    QTest::addRow("range_map_vars") << false << QByteArray("{{ range $k, $v := .Alerts 0 }}{{ end }}") << false
                                    << QByteArray("template: t.tmpl:1:19: executing \"t.tmpl\" at <.Alerts>: Alerts "
                                                  "has arguments but cannot be invoked as function");
    QTest::addRow("range_map") << false
                               << QByteArray(
                                      "{{ range $k, $v := (index .Alerts 0).Labels }}{{ $k }}={{ $v }};{{ end }}")
                               << true << QByteArray("alertname=Disk;instance=db1:9100;severity=critical;");
    QTest::addRow("range_slice_break")
        << false
        << QByteArray(
               "{{ range $i, $a := .Alerts }}{{ if $i }}{{ break }}{{ end }}{{ $i }}:{{ $a.Fingerprint }}{{ end }}")
        << true << QByteArray("0:abc123");
    QTest::addRow("range_continue_else") << false
                                         << QByteArray("{{ range .Alerts.Resolved }}{{ continue }}{{ end }}{{ range "
                                                       ".CommonAnnotations }}x{{ else }}empty{{ end }}")
                                         << true << QByteArray("empty");
    QTest::addRow("with_else")
        << false
        << QByteArray("{{ with .ExternalURL }}<{{ . }}>{{ end }}{{ with .CommonAnnotations }}x{{ else }}none{{ end }}")
        << true << QByteArray("<http://am:9093>none");
    QTest::addRow("vars_assign")
        << false
        << QByteArray("{{ $x := 1 }}{{ range .Alerts }}{{ $x = .Status }}{{ end }}{{ $x }} {{ $ | printf \"%T\" }}")
        << true << QByteArray("resolved *template.Data");
    QTest::addRow("define_block") << false
                                  << QByteArray("{{ define \"t\" }}[{{ . }}]{{ end }}{{ template \"t\" .Status }}{{ "
                                                "block \"b\" .Receiver }}({{ . }}){{ end }}")
                                  << true << QByteArray("[firing](ops)");
    QTest::addRow("chain_paren") << false
                                 << QByteArray("{{ ((index .Alerts 0).StartsAt.Add 28800e9).Format \"2006-01-02 "
                                               "15:04:05\" }} {{ (index .Alerts 0).Labels.SortedPairs.Names }}")
                                 << true << QByteArray("2024-03-18 22:30:05 [alertname instance severity]");
    QTest::addRow("print_funcs")
        << false << QByteArray("{{ print 1 2 \"a\" \"b\" 3.5 nil }}|{{ println \"x\" 1 }}|{{ print .Alerts.Firing }}")
        << true
        << QByteArray("1 2ab3.5 <nil>|x 1\n|[{firing map[alertname:Disk instance:db1:9100 severity:critical] "
                      "map[description:80% used summary:磁盘快满了] 2024-03-18 14:30:05.123456789 +0800 +0800 "
                      "0001-01-01 00:00:00 +0000 UTC http://prom/graph?g0.expr=up abc123}]");
    QTest::addRow("printf_verbs")
        << false
        << QByteArray(
               "{{ printf \"%v|%+v|%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U|%#U|%q|%e|%.2f|%8.3f|%g|%G|%t|%T|%%\" 42 42 42 "
               "42 42 42 255 255 8 5 20013 20013 20013 \"a\\\"b\" 1234.5678 3.14159 3.14159 1e21 1e-7 true 1.5 }}")
        << true
        << QByteArray("42|42|42|   42|42   |00042|ff|FF|10|101|中|U+4E2D|U+4E2D '中'|\"a\\\"b\"|1.234568e+03|3.14|   "
                      "3.142|1e+21|1E-07|true|float64|%");
    QTest::addRow("printf_strings") << false
                                    << QByteArray("{{ printf \"%s|%10s|%-10s|%.2s|%q|%x|% x|%#x|%X\" \"héllo\" \"ab\" "
                                                  "\"ab\" \"héllo\" \"中\" \"hi\" \"hi\" \"hi\" \"hi\" }}")
                                    << true
                                    << QByteArray("héllo|        ab|ab        |hé|\"中\"|6869|68 69|0x6869|6869");
    QTest::addRow("printf_errors")
        << false
        << QByteArray("{{ printf \"%d %s\" \"x\" }}|{{ printf \"%d\" 1 2 }}|{{ printf \"%!\" }}|{{ printf \"%z\" 1 "
                      "}}|{{ printf \"%[2]d %[1]d\" 1 2 }}|{{ printf \"%*d\" 5 1 }}")
        << true << QByteArray("%!d(string=x) %!s(MISSING)|1%!(EXTRA int=2)|%!!(MISSING)|%!z(int=1)|2 1|    1");
    QTest::addRow("printf_composite")
        << false
        << QByteArray("{{ printf \"%v\" (index .Alerts 0).Labels }}|{{ printf \"%+v\" (index .Alerts "
                      "0).Labels.SortedPairs }}|{{ printf \"%v\" (stringSlice \"a\" \"b\") }}|{{ printf \"%q\" "
                      "(stringSlice \"a\" \"b\") }}|{{ printf \"%v %d\" nil nil }}")
        << true
        << QByteArray(
               "map[alertname:Disk instance:db1:9100 severity:critical]|[{Name:alertname Value:Disk} {Name:instance "
               "Value:db1:9100} {Name:severity Value:critical}]|[a b]|[\"a\" \"b\"]|<nil> %!d(<nil>)");
    QTest::addRow("printf_floats") << false
                                   << QByteArray("{{ 1e6 }} {{ 100000.0 }} {{ 1234567.0 }} {{ 0.0001 }} {{ 0.00001 }} "
                                                 "{{ printf \"%v %v %.3g %#v %+.1e\" 2.5 1e100 1234.5 1.0 12345.678 }}")
                                   << true
                                   << QByteArray(
                                          "1e+06 100000 1.234567e+06 0.0001 1e-05 2.5 1e+100 1.23e+03 1 +1.2e+04");
    QTest::addRow("time_format")
        << false
        << QByteArray("{{ with index .Alerts 0 }}{{ .StartsAt.Format \"Mon Monday Jan January 1 01 2 02 _2 __2 002 15 "
                      "3 03 4 04 5 05 06 2006 PM pm MST -0700 -07:00 -07 Z07:00 .000 .999999999 ,000\" }}{{ end }}")
        << true
        << QByteArray("Mon Monday Mar March 3 03 18 18 18  78 078 14 2 02 30 30 5 05 24 2024 PM pm +0800 +0800 +08:00 "
                      "+08 +08:00 .123 .123456789 ,123");
    QTest::addRow("time_default")
        << false
        << QByteArray(
               "{{ range .Alerts }}{{ .StartsAt }}|{{ .EndsAt }}|{{ .StartsAt.UTC }}|{{ .StartsAt.Local }}|{{ end }}")
        << true
        << QByteArray(
               "2024-03-18 14:30:05.123456789 +0800 +0800|0001-01-01 00:00:00 +0000 UTC|2024-03-18 06:30:05.123456789 "
               "+0000 UTC|2024-03-18 06:30:05.123456789 +0000 UTC|2024-03-18 06:00:00 +0000 UTC|2024-03-18 07:30:15.5 "
               "+0000 UTC|2024-03-18 06:00:00 +0000 UTC|2024-03-18 06:00:00 +0000 UTC|");
    QTest::addRow("time_methods")
        << false
        << QByteArray("{{ with index .Alerts 1 }}{{ .StartsAt.Unix }} {{ .StartsAt.UnixMilli }} {{ .EndsAt.IsZero }} "
                      "{{ .StartsAt.Before .EndsAt }} {{ .StartsAt.After .EndsAt }} {{ .StartsAt.Equal .StartsAt }} {{ "
                      ".StartsAt.Year }} {{ .StartsAt.Month }} {{ .StartsAt.Day }} {{ .StartsAt.Hour }} {{ "
                      ".StartsAt.Minute }} {{ .StartsAt.Second }} {{ .StartsAt.Weekday }} {{ printf \"%d %d\" "
                      ".StartsAt.Month .StartsAt.Weekday }}{{ end }}")
        << true << QByteArray("1710741600 1710741600000 false true false true 2024 March 18 6 0 0 Monday 3 1");
    QTest::addRow("durations")
        << false
        << QByteArray("{{ with index .Alerts 1 }}{{ .EndsAt.Sub .StartsAt }} {{ .StartsAt.Sub .EndsAt }} {{ "
                      "(.EndsAt.Sub .StartsAt).Hours }} {{ (.EndsAt.Sub .StartsAt).Minutes }} {{ printf \"%d %v %T\" "
                      "(.EndsAt.Sub .StartsAt) (.StartsAt.Add 1500) (.EndsAt.Sub .StartsAt) }}{{ end }} {{ ((index "
                      ".Alerts 0).EndsAt.Sub (index .Alerts 0).StartsAt) }}")
        << true
        << QByteArray("1h30m15.5s -1h30m15.5s 1.5043055555555556 90.25833333333334 5415500000000 2024-03-18 "
                      "06:00:00.0000015 +0000 UTC time.Duration -2562047h47m16.854775808s");
    QTest::addRow("time_add_float") << false
                                    << QByteArray("{{ ((index .Alerts 0).StartsAt.Add 1.5e9).Format \"15:04:05.000\" "
                                                  "}} {{ ((index .Alerts 0).StartsAt.Add -3600e9).Format \"15:04\" }}")
                                    << true << QByteArray("14:30:06.623 13:30");
    QTest::addRow("time_add_bad")
        << false << QByteArray("{{ (index .Alerts 0).StartsAt.Add 1.5 }}") << false
        << QByteArray("template: t.tmpl:1:34: executing \"t.tmpl\" at <1.5>: expected integer; found 1.5");
    QTest::addRow("kv_methods")
        << false
        << QByteArray("{{ with index .Alerts 0 }}{{ .Labels.SortedPairs }}|{{ .Labels.Names }}|{{ .Labels.Values }}|{{ "
                      ".Labels.Remove (stringSlice \"severity\" \"x\") }}|{{ .Labels.SortedPairs.Values }}|{{ range "
                      ".Labels.SortedPairs }}{{ .Name }}={{ .Value }},{{ end }}{{ end }}")
        << true
        << QByteArray("[{alertname Disk} {instance db1:9100} {severity critical}]|[alertname instance severity]|[Disk "
                      "db1:9100 critical]|map[alertname:Disk instance:db1:9100]|[Disk db1:9100 "
                      "critical]|alertname=Disk,instance=db1:9100,severity=critical,");
    QTest::addRow("alerts_methods") << false
                                    << QByteArray("{{ len .Alerts.Firing }} {{ len .Alerts.Resolved }} {{ printf \"%T "
                                                  "%T\" .Alerts .Alerts.Firing }} {{ .Alerts.Firing.Firing }}")
                                    << false
                                    << QByteArray(
                                           "template: t.tmpl:1:106: executing \"t.tmpl\" at <.Alerts.Firing.Firing>: "
                                           "can't evaluate field Firing in type []template.Alert");
    QTest::addRow("escapes") << false
                             << QByteArray("{{ html \"<a href=\\\"x\\\">&'\" }}|{{ js \"a'b\\\"c<d>e&f=\\\\\\n中\" "
                                           "}}|{{ urlquery \"a b&c=d/é?\" }}|{{ html 1 \"<\" }}")
                             << true
                             << QByteArray(
                                    "&lt;a "
                                    "href=&#34;x&#34;&gt;&amp;&#39;|a\\'"
                                    "b\\\"c\\u003Cd\\u003Ee\\u0026f\\u003D\\\\\\u000A中|a+b%26c%3Dd%2F%C3%A9%3F|1&lt;");
    QTest::addRow("slice_index") << false
                                 << QByteArray("{{ slice \"abcdef\" 1 3 }} {{ slice \"abc\" 1 }} {{ index \"abc\" 1 }} "
                                               "{{ len (slice .Alerts 1) }} {{ slice \"abc\" 2 1 }}")
                                 << false
                                 << QByteArray("template: t.tmpl:1:96: executing \"t.tmpl\" at <slice \"abc\" 2 1>: "
                                               "error calling slice: invalid slice index: 2 > 1");
    QTest::addRow("am_funcs")
        << false
        << QByteArray("{{ toUpper \"héllo\" }} {{ toLower \"ÀB\" }} {{ title \"hello wORLD foo-bar it's 7d9f a.b\" }} "
                      "{{ join \",\" (stringSlice \"a\" \"b\") }} {{ match \"^d.*1$\" \"db1\" }} {{ reReplaceAll "
                      "\"(\\\\w+):(\\\\d+)\" \"$2-${1}\" \"db1:9100 x:1\" }} {{ safeHtml \"<b>\" | printf \"%T\" }}")
        << true << QByteArray("HÉLLO àb Hello World Foo-Bar It's 7D9f A.b a,b true 9100-db1 1-x template.HTML");
    QTest::addRow("am_bad_regexp")
        << false << QByteArray("{{ reReplaceAll \"(\" \"\" \"x\" }}") << false
        << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <reReplaceAll \"(\" \"\" \"x\">: error calling "
                      "reReplaceAll: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`");
    QTest::addRow("bridge_data") << true
                                 << QByteArray(
                                        "{{ .AtMobiles }} {{ printf \"%T %T\" . .Alerts }} {{ markdown \"a_b*c`d\" }}")
                                 << true << QByteArray("[138] *models.WebhookMessage models.Alerts a\\_b\\*c\\`d");
    QTest::addRow("bridge_strings")
        << true
        << QByteArray(
               "{{ upper \"ab\" }} {{ lower \"AB\" }} {{ title \"hELLO world\" }} {{ trim \"  x  \" }} {{ trimAll "
               "\"-\" \"--x--\" }} {{ trimPrefix \"a\" \"abc\" }} {{ trimSuffix \"c\" \"abc\" }} {{ replace \"a\" "
               "\"b\" \"aaa\" }} {{ contains \"b\" \"abc\" }} {{ hasPrefix \"a\" \"abc\" }} {{ hasSuffix \"c\" \"abc\" "
               "}} {{ quote \"a\" 1 }} {{ squote \"a\" }} {{ trunc 2 \"abc\" }} {{ trunc -2 \"abc\" }} {{ abbrev 5 "
               "\"hello world\" }} {{ repeat 2 \"ab\" }} {{ substr 1 3 \"abcd\" }} {{ nospace \"a b c\" }} {{ indent 2 "
               "\"a\\nb\" }}{{ nindent 1 \"c\" }} {{ cat \"a\" 1 nil \"b\" }}")
        << true
        << QByteArray("AB ab HELLO World x x bc ab bbb true true true \"a\" \"1\" 'a' ab bc he... abab bc abc   a\n  "
                      "b\n c a 1 b");
    QTest::addRow("bridge_lists")
        << true
        << QByteArray("{{ default \"d\" \"\" }} {{ default \"d\" \"x\" }} {{ empty 0 }} {{ coalesce \"\" 0 \"z\" }} {{ "
                      "ternary \"y\" \"n\" true }} {{ list 1 \"a\" }} {{ first (list 1 2) }} {{ last (list 1 2) }} {{ "
                      "uniq (list 1 1 2) }} {{ sortAlpha (list \"b\" \"a\") }} {{ has 2 (list 1 2) }} {{ join \"-\" "
                      "(list 1 \"a\") }} {{ splitList \",\" \"a,b\" }} {{ split \",\" \"a,b\" }}")
        << true << QByteArray("d x true z y [1 a] 1 2 [1 2] [a b] true 1-a [a b] map[_0:a _1:b]");
    QTest::addRow("bridge_regex_json")
        << true
        << QByteArray("{{ regexMatch \"^a\" \"abc\" }} {{ regexFind \"[0-9]+\" \"ab12cd34\" }} {{ regexReplaceAll "
                      "\"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }} {{ regexReplaceAllLiteral \"a\" \"aa\" \"$1\" }} {{ "
                      "toJson (dict \"b\" 1 \"a\" (list \"x\" \"<\")) }} {{ toPrettyJson (dict \"k\" \"v\") }} {{ "
                      "toJson (index .Alerts 1).Labels }}")
        << true
        << QByteArray("true 12 -W-xxW- $1$1 {\"a\":[\"x\",\"\\u003c\"],\"b\":1} {\n  \"k\": \"v\"\n} "
                      "{\"alertname\":\"Disk\",\"instance\":\"db2:9100\",\"severity\":\"warning\"}");
    QTest::addRow("bridge_math")
        << true
        << QByteArray("{{ add 1 2 3 }} {{ add1 1 }} {{ sub 5 2 }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 2 }} {{ max 1 "
                      "5 3 }} {{ min 4 2 }} {{ int \"42\" }} {{ int64 3.9 }} {{ float64 \"1.5\" }} {{ atoi \"12\" }} "
                      "{{ toString 12 }} {{ b64enc \"hi\" }} {{ b64dec \"aGk=\" }}")
        << true << QByteArray("6 2 3 24 3 1 5 2 42 3 1.5 12 12 aGk= hi");
    QTest::addRow("bridge_dict")
        << true
        << QByteArray("{{ $d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ get $d \"b\" }} {{ hasKey $d \"a\" }} {{ "
                      "keys $d | sortAlpha }} {{ pluck \"a\" $d (dict \"a\" 3) }} {{ get $d \"zz\" }}")
        << true << QByteArray("2 true [a b] [1 3] ");
    QTest::addRow("bridge_keys_kv") << true << QByteArray("{{ keys .CommonLabels }}") << false
                                    << QByteArray(
                                           "template: t.tmpl:1:8: executing \"t.tmpl\" at <.CommonLabels>: wrong type "
                                           "for value; expected map[string]interface {}; got models.KV");
    QTest::addRow("bridge_slice_string")
        << true << QByteArray("{{ slice \"abc\" 1 }}") << false
        << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <slice \"abc\" 1>: error calling slice: list "
                      "should be type of slice or array but string");
    QTest::addRow("bridge_div_zero") << true << QByteArray("{{ div 1 0 }}") << false
                                     << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <div 1 0>: error "
                                                   "calling div: runtime error: integer divide by zero");
    // The executor reads fields where they are in the data; a with's dot is its own, whatever the body changes.
    QTest::addRow("bridge_with_dot_survives_set")
        << true
        << QByteArray("{{ $d := dict \"a\" \"one\" }}{{ with $d.a }}{{ $_ := set $d \"a\" \"two\" }}{{ . }}/{{ $d.a }}"
                      "{{ end }}")
        << true << QByteArray("one/two");
    QTest::addRow("bridge_with_dot_survives_unset")
        << true
        << QByteArray("{{ $d := dict \"b\" (dict \"c\" \"deep\") }}{{ with $d.b }}{{ $_ := unset $d \"b\" }}{{ .c }}"
                      "{{ end }}/{{ $d.b }}")
        << true << QByteArray("deep/<no value>");
    QTest::addRow("exec_chains_over_computed_values")
        << false
        << QByteArray("{{ $k := .CommonLabels }}{{ (index .Alerts 0).Labels.severity }} {{ ($k.Remove "
                      ".GroupLabels.Names).alertname }}|{{ $k.alertname }} {{ with index .Alerts 1 }}{{ "
                      ".EndsAt.UTC.Second }} {{ .Labels.SortedPairs.Values }}{{ end }}")
        << true << QByteArray("critical |Disk 15 [Disk db2:9100 warning]");
    QTest::addRow("printf_padding_and_precision")
        << false << QByteArray("{{ printf \"%-6d|%06d|%#x|%+.3d|%5.2s|%q\" 42 -42 255 7 \"héllo\" .Status }}") << true
        << QByteArray("42    |-00042|0xff|+007|   hé|\"firing\"");
    QTest::addRow("bridge_first_bad") << true << QByteArray("{{ first \"abc\" }}") << false
                                      << QByteArray("template: t.tmpl:1:3: executing \"t.tmpl\" at <first \"abc\">: "
                                                    "error calling first: Cannot find first on type string");
}

void TstTemplateEngine::render()
{
    QFETCH(bool, bridge);
    QFETCH(QByteArray, text);
    QFETCH(bool, succeeds);
    QFETCH(QByteArray, expected);
    const TemplateDialect dialect = bridge ? TemplateDialect::DingTalkBridge : TemplateDialect::Alertmanager;
    const auto data = TemplateData::fromWebhookJson(QByteArray(kPayload), dialect);
    QVERIFY(data.ok());
    const auto compiled = CompiledTemplate::compileUtf8("t.tmpl", text.toStdString(), dialect);
    if (!compiled) {
        QVERIFY2(!succeeds, qPrintable(compiled.error().message));
        QCOMPARE(compiled.error().field, QStringLiteral("template"));
        QCOMPARE(compiled.error().message.toUtf8(), expected);
        return;
    }
    const auto rendered = compiled.value()->renderUtf8(data.value());
    if (!rendered) {
        QVERIFY2(!succeeds, qPrintable(rendered.error().message));
        QCOMPARE(rendered.error().message.toUtf8(), expected);
        return;
    }
    QVERIFY2(succeeds, rendered.value().c_str());
    QCOMPARE(QByteArray::fromStdString(rendered.value()), expected);
}

void TstTemplateEngine::errorPosition()
{
    int line = 0;
    int column = 0;
    QVERIFY(templateErrorPosition(
        QStringLiteral("template: t.tmpl:3:14: executing \"t.tmpl\" at <.Foo>: can't evaluate field Foo"), &line,
        &column));
    QCOMPARE(line, 3);
    QCOMPARE(column, 15);
    QVERIFY(templateErrorPosition(QStringLiteral("template: t.tmpl:2: unexpected EOF"), &line, &column));
    QCOMPARE(line, 2);
    QCOMPARE(column, 0);
    QVERIFY(!templateErrorPosition(QStringLiteral("template: no template \"x\" associated with template \"t\""), &line,
                                   &column));
}

void TstTemplateEngine::cacheReusesCompiledTemplates()
{
    TemplateCache cache(2);
    const auto a = cache.compile(QStringLiteral("a"), QStringLiteral("{{ .Status }}"), TemplateDialect::Alertmanager);
    QVERIFY(a.ok());
    const auto again =
        cache.compile(QStringLiteral("a"), QStringLiteral("{{ .Status }}"), TemplateDialect::Alertmanager);
    QCOMPARE(again.value().get(), a.value().get());
    const auto bridge =
        cache.compile(QStringLiteral("a"), QStringLiteral("{{ .Status }}"), TemplateDialect::DingTalkBridge);
    QVERIFY(bridge.value().get() != a.value().get());
    const auto broken = cache.compile(QStringLiteral("b"), QStringLiteral("{{ .Status"), TemplateDialect::Alertmanager);
    QVERIFY(!broken.ok());
    QCOMPARE(cache.size(), 2); // capacity 2: the oldest entry went
    const auto data = TemplateData::fromWebhookJson(QByteArray(kPayload), TemplateDialect::Alertmanager);
    QCOMPARE(a.value()->render(data.value()).value(), QStringLiteral("firing"));
}

void TstTemplateEngine::defineAndMissingDefine()
{
    const auto data = TemplateData::fromWebhookJson(QByteArray(kPayload), TemplateDialect::Alertmanager);
    const auto compiled = CompiledTemplate::compile(QStringLiteral("f.tmpl"),
                                                    QStringLiteral("top{{ define \"x\" }}[{{ .Receiver }}]{{ end }}"),
                                                    TemplateDialect::Alertmanager);
    QCOMPARE(compiled.value()->render(data.value()).value(), QStringLiteral("top"));
    QCOMPARE(compiled.value()->render(data.value(), QStringLiteral("x")).value(), QStringLiteral("[ops]"));
    // Go: t.ExecuteTemplate(w, "y", data)
    QCOMPARE(compiled.value()->render(data.value(), QStringLiteral("y")).error().message,
             QStringLiteral("template: no template \"y\" associated with template \"f.tmpl\""));
}

void TstTemplateEngine::invalidPayload()
{
    const auto data = TemplateData::fromWebhookJson(QByteArray("[1, 2"), TemplateDialect::Alertmanager);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().field, QStringLiteral("alerts"));
    const auto badTime = TemplateData::fromWebhookJson(QByteArray("{\"alerts\":[{\"startsAt\":\"yesterday\"}]}"),
                                                       TemplateDialect::Alertmanager);
    QVERIFY(!badTime.ok());
}

QTEST_GUILESS_MAIN(TstTemplateEngine)
#include "tst_templateengine.moc"
