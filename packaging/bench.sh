#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# The benchmark command (`./packaging/dev.sh bench` runs this inside a private keyring session, after building the
# `bench` preset). Every figure is printed next to a baseline measured in the same run, on the same machine:
#   start-up to first paint          alertdesk --startup-check   vs  baseline_window (a bare Qt Widgets program)
#   peak memory with 100,000 contacts  on the Contacts page       vs  baseline_window + 60 MB
#   template render, 20-alert payload  our engine                vs  the Go oracle on the same parsed template
#   filter as you type                 10,000 / 100,000 contacts  vs  the 16 ms frame budget
#   preview re-render per keystroke                               vs  the 16 ms frame budget
#   export 1,000 robots + 2,000 policies                          vs  1 s, next to amtool check-config on the result
#   test send, in-process overhead     DingTalkClient::send, everything but the network (against the fake) vs 1 ms
#   (for the record) the same for all of Send test alert (keychain, rate budget, history); the whole round trip vs
#   curl posting the same body (each timing itself); Send test alert in the window, and alertdeskctl send-test, vs a
#   whole curl process
# Usage: packaging/bench.sh BUILD_DIR
set -euo pipefail

BUILD="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
CTL="$BUILD/app/cli/alertdeskctl"
APP="$BUILD/app/alertdesk"
BENCHES="$BUILD/tests/bench"
RUNS="${ALERTDESK_BENCH_RUNS:-5}"
RESULTS="$WORK/results.txt"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Milliseconds one run of "$@" takes (wall clock, output discarded); fails when the command does.
time_ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# The median of RUNS runs of "$@", in milliseconds.
median_ms() {
    local i times=()
    for ((i = 0; i < RUNS; i++)); do
        times+=("$(time_ms "$@")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# Peak resident memory of "$@" in KiB (GNU time).
peak_kib() {
    /usr/bin/time -f '%M' -o "$WORK/peak" "$@" >/dev/null 2>&1
    cat "$WORK/peak"
}

# record NAME MEASURED BASELINE UNIT GOAL_KIND GOAL   (GOAL_KIND: ratio-max, ratio-min, max, plus-max; info: no goal)
record() { echo "$*" >>"$RESULTS"; }

# "FIGURE <key> <value> <unit>" lines a bench program printed; the value of KEY.
figure() { awk -v key="$2" '$1 == "FIGURE" && $2 == key { print $3; exit }' "$1"; }

say "Demo workspaces (alertdeskctl demo)"
"$CTL" --db "$WORK/big.sqlite" demo --contacts 10000 --robots 1000 --policies 2000 >/dev/null
"$CTL" --db "$WORK/huge.sqlite" demo --contacts 100000 --robots 1000 --policies 2000 >/dev/null

say "Start-up to first paint (10,000 contacts, 1,000 robots, 2,000 policies), median of $RUNS"
ours=$(median_ms "$APP" --db "$WORK/big.sqlite" --startup-check)
bare=$(median_ms "$BENCHES/baseline_window")
record "start-up-to-first-paint $ours $bare ms ratio-max 1.5"

say "Peak memory with 100,000 contacts (on the Contacts page, its rows read)"
# --screenshot waits for the keychain's answer, by which time the page has read its rows (the PNG shows them).
ours=$(peak_kib "$APP" --db "$WORK/huge.sqlite" --page contacts --screenshot "$WORK/contacts-100k.png")
bare=$(peak_kib "$BENCHES/baseline_window")
record "peak-memory-100k-contacts $((ours / 1024)) $((bare / 1024)) MB plus-max 60"

say "Template render over the 20-alert payload, ours vs the Go oracle"
"$BENCHES/bench_template" >"$WORK/template.txt" 2>&1
for case in markdown-default chinese-card printf-table; do
    record "template-$case $(figure "$WORK/template.txt" "template.ours.$case") $(figure "$WORK/template.txt" "template.go.$case") ms ratio-min 3"
done

say "Filter as you type"
"$BENCHES/bench_filter" >"$WORK/filter.txt" 2>&1
record "filter-keystroke-10k-contacts $(figure "$WORK/filter.txt" filter.10k.worst) 16 ms max 16"
record "filter-keystroke-100k-contacts $(figure "$WORK/filter.txt" filter.100k.worst) 16 ms max 16"

say "Preview re-render per keystroke"
"$BENCHES/bench_preview" >"$WORK/preview.txt" 2>&1
record "preview-keystroke $(figure "$WORK/preview.txt" preview.worst) 16 ms max 16"

say "Export of 1,000 robots + 2,000 policies, and amtool check-config on it"
"$BENCHES/bench_export" >"$WORK/export.txt" 2>&1
record "export-1000-robots-2000-policies $(figure "$WORK/export.txt" export.ms) $(figure "$WORK/export.txt" export.amtool) ms max 1000"

say "Test send: in-process overhead (against a fake in bench_send's own second thread), and the round trip to the fake DingTalk server vs curl posting the same body, median of 19 each"
token_a=$(printf 'a%.0s' {1..64})
token_b=$(printf 'b%.0s' {1..64})
token_c=$(printf 'c%.0s' {1..64})
token_d=$(printf 'd%.0s' {1..64})
coproc FAKE { exec "$BENCHES/fake_dingtalk_server" "$token_a:Alarm" "$token_b:Alarm" "$token_c:Alarm" "$token_d:Alarm"; }
fake_pid=$FAKE_PID # bash unsets FAKE_PID once the server has exited
read -r endpoint <&"${FAKE[0]}"
# Ours: bench_send times DingTalkClient::send and TestSender::send (all of "Send test alert": keychain, rate budget,
# round trip, history) in one running process: their in-process overhead against a FakeDingTalkServer in a thread of
# its own (everything but the time the request and its answer spend outside the process), and their whole round trips
# to this server; it writes the body it posts for curl.
"$BENCHES/bench_send" "$endpoint" "$token_a" "$token_b" "$WORK/body.json" >"$WORK/send.txt" 2>&1
# curl: the same body, 19 posts on one connection (as ours), each timed by curl itself (time_total).
curl_args=()
for ((i = 0; i < 19; i++)); do curl_args+=(-o /dev/null "$endpoint?access_token=$token_c"); done
curl_ms=$(curl -sS -H 'Content-Type: application/json;charset=utf-8' --data-binary "@$WORK/body.json" \
    -w '%{time_total}\n' "${curl_args[@]}" | sort -n | awk '{ a[NR] = $1 * 1000 } END { print a[int((NR + 1) / 2)] }')
# Whole processes, for the record: alertdeskctl send-test against one curl invocation.
"$CTL" --db "$WORK/send.sqlite" robot add --name bench --keywords-preset arms --accept-terms --webhook-stdin \
    <<<"$endpoint?access_token=$token_d" >/dev/null 2>&1
ctl_ms=$(median_ms "$CTL" --db "$WORK/send.sqlite" send-test --robot bench)
curl_process_ms=$(median_ms curl -sS -o /dev/null -H 'Content-Type: application/json;charset=utf-8' \
    --data-binary "@$WORK/body.json" "$endpoint?access_token=$token_c")
exec {FAKE[1]}>&-
wait "$fake_pid" 2>/dev/null || true
record "test-send-in-process-overhead $(figure "$WORK/send.txt" send.overhead) 1 ms max 1"
record "send-test-alert-overhead $(figure "$WORK/send.txt" send.overhead.full) 1 ms info -"
record "test-send-round-trip $(figure "$WORK/send.txt" send.client) $curl_ms ms info -"
record "send-test-alert-in-window $(figure "$WORK/send.txt" send.full) $curl_process_ms ms info -"
record "alertdeskctl-send-test-process $ctl_ms $curl_process_ms ms info -"

echo
printf '%s\n' "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), build $(basename "$BUILD")"
awk '
function verdict(ok) { return ok ? "ok" : "MISSED" }
BEGIN { printf "%-34s %12s %12s %8s  %-22s %s\n", "figure", "measured", "baseline", "ratio", "goal", "verdict" }
{
    name = $1; m = $2; b = $3; unit = $4; kind = $5; goal = $6
    if (m == "" || b == "") { printf "%-34s %12s\n", name, "not measured"; missed++; next }
    ratio = (b > 0) ? m / b : 0
    if (kind == "ratio-max") { text = sprintf("<= %sx baseline", goal); ok = ratio <= goal }
    else if (kind == "ratio-min") { ratio = (m > 0) ? b / m : 0; text = sprintf(">= %sx faster", goal); ok = ratio >= goal }
    else if (kind == "info") { printf "%-34s %9.3f %-2s %9.3f %-2s %7.2fx  %-22s %s\n", name, m, unit, b, unit, ratio, "(for the record)", "-"; next }
    else if (kind == "plus-max") { text = sprintf("<= baseline + %s %s", goal, unit); ok = m <= b + goal }
    else { text = sprintf("< %s %s", goal, unit); ok = m < goal }
    if (!ok) missed++
    printf "%-34s %9.3f %-2s %9.3f %-2s %7.2fx  %-22s %s\n", name, m, unit, b, unit, ratio, text, verdict(ok)
}
END { exit missed > 0 }
' "$RESULTS"
