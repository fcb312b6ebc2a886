#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# The README's two set-up commands, for a fresh Debian 12 machine:
#   ./packaging/dev.sh run    install what is missing, build, open AlertDesk (headless: screenshot under Xvfb)
#   ./packaging/dev.sh test   install what is missing, build, run the whole suite with a real keychain
# Both are idempotent: nothing is installed or rebuilt when nothing changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build"
PACKAGES_FILE="$ROOT/packaging/debian-packages.txt"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PACKAGES_FILE" | grep -v '^$')
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
*)
    echo "usage: $0 run|test" >&2
    echo "  run   install missing packages, build, open AlertDesk (without a display: save a screenshot)" >&2
    echo "  test  install missing packages, build, run every test with a real keychain" >&2
    exit 1
    ;;
esac
