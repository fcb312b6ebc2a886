#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# CTest packaging_deb: `cpack -G DEB` on the build directory, into a scratch directory, then what apt will see:
# the control fields (name, version, the runtime Depends dpkg-shlibdeps cannot find), the file list (binaries,
# desktop entry, metainfo, icons, docs; nothing outside /usr, no test programs), the unpacked tree's AppStream data
# and desktop entry, and alertdeskctl --version run from the unpacked package. Exit 77 (skipped) only without dpkg-deb.
#   check-deb.sh CPACK BUILD_DIR OUT_DIR VERSION APP_ID
set -eu
cpack=$1 build=$2 out=$3 version=$4 appid=$5

if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "check-deb: dpkg-deb not found (not a Debian system): skipped"
    exit 77
fi

failures=0
fail() {
    echo "check-deb: FAIL: $*" >&2
    failures=$((failures + 1))
}

rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "check-deb: cpack -G DEB failed" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$out/alertdesk_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    ls -l "$out" >&2
    echo "check-deb: cpack made no $deb" >&2
    exit 1
fi
dpkg-deb --info "$deb"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = alertdesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project() says $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)'"
field Maintainer | grep -Eq '^[^<]+ <[^>]+@[^>]+>$' || fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
[ -n "$(field Description)" ] || fail "no Description"

# Depends: what dpkg-shlibdeps found (the linked libraries) and what only run time needs (plugins, dlopen()).
depends=$(field Depends | tr ',' '\n' | sed 's/^ *//')
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
    libyaml-cpp0.7 libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
    printf '%s\n' "$depends" | sed 's/ .*//' | grep -Fxq "$package" || fail "Depends lacks $package"
done
recommends=$(field Recommends)
for package in gnome-keyring qt6-translations-l10n ca-certificates; do
    printf '%s\n' "$recommends" | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | grep -Fxq "$package" ||
        fail "Recommends lacks $package"
done

# Files
files=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's,^\./,/,')
for path in /usr/bin/alertdesk /usr/bin/alertdeskctl \
    "/usr/share/applications/$appid.desktop" "/usr/share/metainfo/$appid.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$appid.svg" \
    "/usr/share/icons/hicolor/16x16/apps/$appid.png" "/usr/share/icons/hicolor/48x48/apps/$appid.png" \
    "/usr/share/icons/hicolor/256x256/apps/$appid.png" \
    /usr/share/doc/alertdesk/README.md /usr/share/doc/alertdesk/copyright /usr/share/doc/alertdesk/docs/development.md; do
    printf '%s\n' "$files" | grep -Fxq "$path" || fail "the package lacks $path"
done
stray=$(printf '%s\n' "$files" | grep -Ev '^/usr(/|$)|^/$' || true)
[ -z "$stray" ] || fail "files outside /usr: $stray"
tests=$(printf '%s\n' "$files" | grep -E '/tst_|/include/|\.a$|svgtopng' || true)
[ -z "$tests" ] || fail "build-only files in the package: $tests"

# The unpacked tree: metainfo + desktop entry + icon as a software centre sees them, and the CLI running from it.
root="$out/root"
dpkg-deb --extract "$deb" "$root"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net --no-color "$root" || fail "appstreamcli validate-tree on the unpacked package"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$root/usr/share/applications/$appid.desktop" || fail "desktop-file-validate"
fi
ctl_version=$(env -u LD_LIBRARY_PATH LC_ALL=C.UTF-8 "$root/usr/bin/alertdeskctl" --version 2>&1) ||
    fail "alertdeskctl --version from the package: $ctl_version"
printf '%s\n' "$ctl_version" | grep -Fq "$version" || fail "alertdeskctl --version says '$ctl_version'"

echo "check-deb: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, $failures failure(s)"
[ "$failures" -eq 0 ]
