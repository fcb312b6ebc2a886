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
# stores and reads real secrets without touching the operator's own keyring.
with_private_keyring() {
    dbus-run-session -- bash -c '
        set -euo pipefail
        export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
        chmod 700 "$XDG_RUNTIME_DIR"
        eval "$(printf test | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
        export GNOME_KEYRING_CONTROL
        trap "kill \$GNOME_KEYRING_PID 2>/dev/null || true; rm -rf \"\$HOME\" \"\$XDG_RUNTIME_DIR\"" EXIT
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
    with_private_keyring xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$shot" "$@"
    say "Screenshot of the main window saved to $shot"
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
