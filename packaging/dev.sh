#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# The README's two set-up commands, for a fresh Debian 12 machine:
#   ./packaging/dev.sh run    install what is missing, build, open AlertDesk (headless: screenshot under Xvfb)
#   ./packaging/dev.sh test   install what is missing, build, run the whole suite with a real keychain
#   ./packaging/dev.sh package  (for packagers) build the release preset and make the Debian package
#   ./packaging/dev.sh check    (longer) fuzz every target with libFuzzer, run the unit+integration tests under ASan
# Both are idempotent: nothing is installed or rebuilt when nothing changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build"
PACKAGES_FILE="$ROOT/packaging/debian-packages.txt"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() { # extra package names may follow (check's compiler)
    local wanted missing=()
    wanted="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PACKAGES_FILE" | grep -v '^$') $*"
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f "$BUILD/build.ninja" ]; then
        say "Configuring (cmake --preset dev)"
        cmake --preset dev -S "$ROOT"
    fi
    say "Building"
    cmake --build --preset dev
}

# Runs "$@" in a private D-Bus session with a throwaway, unlocked GNOME Keyring, so the real QtKeychain code path
# stores and reads real secrets without touching the operator's own keyring. Returns the command's exit status.
# - HOME, XDG_RUNTIME_DIR and the XDG base directories point at fresh directories, so neither the keyring files nor any
#   QSettings can land in (or be read from) the operator's own; the desktop variables go too, so QtKeychain picks the
#   same backend (libsecret -> Secret Service) on every machine.
# - The daemon claims org.freedesktop.secrets a moment after it starts (even with --daemonize, which also does not
#   tell its PID when XDG_RUNTIME_DIR is set). Until it has, a client would make D-Bus activate a second, locked
#   keyring daemon, so wait for the name; and stop the daemon on exit, which it does not do by itself when the session
#   ends early.
with_private_keyring() {
    dbus-run-session -- bash -c '
        set -euo pipefail
        unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME \
            XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
        HOME="$(mktemp -d)"
        XDG_RUNTIME_DIR="$(mktemp -d)"
        export HOME XDG_RUNTIME_DIR
        keyring_pid=""
        cleanup() {
            if [ -n "$keyring_pid" ]; then
                kill "$keyring_pid" 2>/dev/null || true
            fi
            rm -rf "$HOME" "$XDG_RUNTIME_DIR"
        }
        trap cleanup EXIT
        printf test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
        keyring_pid=$!
        secret_service_up() {
            dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true
        }
        for _ in $(seq 100); do
            if secret_service_up || ! kill -0 "$keyring_pid" 2>/dev/null; then
                break
            fi
            sleep 0.1
        done
        if ! secret_service_up; then
            echo "dev.sh: the throwaway GNOME Keyring did not come up on the private D-Bus session" >&2
            exit 1
        fi
        "$@"' bash "$@"
}

run_tests() {
    say "Running the test suite (private D-Bus session, throwaway GNOME Keyring)"
    mkdir -p "$BUILD/screenshots"
    with_private_keyring ctest --test-dir "$BUILD" --output-on-failure -j2 --no-tests=error
}

run_app() {
    local app="$BUILD/app/alertdesk"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "Opening AlertDesk"
        exec "$app" "$@"
    fi
    local shot="$BUILD/screenshots/alertdesk-main-window.png"
    mkdir -p "$BUILD/screenshots"
    say "No display: running AlertDesk under Xvfb to take a screenshot of the main window"
    # The throwaway keyring session has its own HOME; the workspace stays the operator's default one.
    local db="${ALERTDESK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/AlertDesk/alertdesk.sqlite}"
    with_private_keyring xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --db "$db" --screenshot "$shot" "$@"
    say "Screenshot of the main window (workspace $db) saved to $shot"
}

# --- package: not one of the README's two commands; for packagers --------------------------------------------------
# Builds the `release` preset (build-release/, no tests) and runs `cpack -G DEB` there: alertdesk_<version>_<arch>.deb
# with its Depends worked out by dpkg-shlibdeps (packaging/CMakeLists.txt). Install it with `apt install ./<file>`.
build_package() {
    local release="$ROOT/build-release"
    if [ ! -f "$release/build.ninja" ]; then
        say "Configuring (cmake --preset release)"
        cmake --preset release -S "$ROOT"
    fi
    say "Building (release preset)"
    cmake --build --preset release
    say "Packaging (cpack -G DEB)"
    (cd "$release" && cpack -G DEB)
    say "Debian package: $(ls "$release"/alertdesk_*.deb)"
}

# --- check: the long checks CI's time does not allow on every run -----------------------------------------------
# 1. The `fuzz` preset (clang-14 + libFuzzer, ASan + UBSan; build-fuzz/): every tests/fuzz/fuzz_<name> target runs
#    FUZZ_RUNS inputs (default 200000) or FUZZ_SECONDS seconds (default 300), whichever ends first (a 2-core machine runs
#    the slowest target, the YAML importer under ASan, at about 100 inputs a second), starting from its checked-in
#    seeds (tests/fuzz/corpus/<name>/); the runs made are printed (stat::number_of_executed_units); what it finds
#    new goes to build-fuzz/corpus/<name>/, crashes to build-fuzz/findings/. 2. The `asan` preset (build-asan/): the
#    unit, integration and fuzz-corpus tests under AddressSanitizer + UBSan, in a throwaway keyring like `test`.
CHECK_PACKAGES=(clang-14 libclang-rt-14-dev)
FUZZ_RUNS="${FUZZ_RUNS:-200000}"
FUZZ_SECONDS="${FUZZ_SECONDS:-300}"

run_checks() {
    local fuzz="$ROOT/build-fuzz" target name status=0 failed=()
    if [ ! -f "$fuzz/build.ninja" ]; then
        say "Configuring (cmake --preset fuzz)"
        cmake --preset fuzz -S "$ROOT"
    fi
    local targets=()
    for source in "$ROOT"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
    say "Building the fuzz targets: ${targets[*]}"
    (cd "$ROOT" && cmake --build --preset fuzz --target "${targets[@]}")
    mkdir -p "$fuzz/findings"
    for target in "${targets[@]}"; do
        name="${target#fuzz_}"
        local seeds=()
        [ -d "$ROOT/tests/fuzz/corpus/$name" ] && seeds+=("$ROOT/tests/fuzz/corpus/$name")
        [ "$name" = template ] && seeds+=("$ROOT/tests/data/templates")
        mkdir -p "$fuzz/corpus/$name"
        say "Fuzzing $target for $FUZZ_RUNS runs or $FUZZ_SECONDS s"
        if ! (cd "$fuzz/findings" && "$fuzz/tests/fuzz/$target" -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_SECONDS" \
            -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 "$fuzz/corpus/$name" "${seeds[@]}"); then
            failed+=("$target")
        fi
    done
    say "Building the asan preset and running the unit, integration and fuzz-corpus tests under ASan + UBSan"
    if [ ! -f "$ROOT/build-asan/build.ninja" ]; then
        cmake --preset asan -S "$ROOT"
    fi
    (cd "$ROOT" && cmake --build --preset asan)
    mkdir -p "$ROOT/build-asan/screenshots"
    (cd "$ROOT" && with_private_keyring ctest --preset asan -j2 --no-tests=error) || status=$?
    if [ ${#failed[@]} -gt 0 ]; then
        say "Fuzzing found problems in: ${failed[*]} (reproducers in $fuzz/findings)"
        status=1
    fi
    return "$status"
}

# --- bench: not one of the README's two commands; the benchmark table of issue 9 ----------------------------------
# Builds the `bench` preset (build-bench/: Release with tests) and runs packaging/bench.sh in a throwaway keyring:
# every figure next to a baseline measured in the same run (a bare Qt window, the Go oracle, curl, amtool).
run_bench() {
    local dir="$ROOT/build-bench"
    if [ ! -f "$dir/build.ninja" ]; then
        say "Configuring (cmake --preset bench)"
        cmake --preset bench -S "$ROOT"
    fi
    say "Building (bench preset)"
    cmake --build --preset bench --target alertdesk alertdeskctl baseline_window fake_dingtalk_server \
        bench_template template_oracle bench_filter bench_preview bench_export bench_send
    with_private_keyring "$ROOT/packaging/bench.sh" "$dir"
}

case "${1:-}" in
run)
    shift
    install_packages
    build
    run_app "$@"
    ;;
test)
    install_packages
    build
    run_tests
    ;;
package)
    install_packages
    build_package
    ;;
check)
    install_packages "${CHECK_PACKAGES[@]}"
    run_checks
    ;;
bench)
    install_packages
    run_bench
    ;;
*)
    echo "usage: $0 run|test|package|check|bench" >&2
    echo "  run   install missing packages, build, open AlertDesk (without a display: save a screenshot)" >&2
    echo "  test  install missing packages, build, run every test with a real keychain" >&2
    echo "  package  install missing packages, build the release preset, make the Debian package (cpack -G DEB)" >&2
    echo "  check    fuzz each target (FUZZ_RUNS=$FUZZ_RUNS runs or FUZZ_SECONDS=$FUZZ_SECONDS s), run the unit+integration tests under ASan+UBSan" >&2
    echo "  bench    build the bench preset (Release), print every benchmark figure against its baseline" >&2
    exit 1
    ;;
esac
