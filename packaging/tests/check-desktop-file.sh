#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# CTest packaging_desktop_file: desktop-file-validate reports nothing at all (no error, warning or hint), and the
# entry is named after the app id and uses it as its icon.
#   check-desktop-file.sh DESKTOP_FILE_VALIDATE FILE.desktop APP_ID
set -eu
validate=$1 file=$2 appid=$3

status=0
out=$("$validate" "$file" 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$out" ]; then
    printf '%s\n' "$out" >&2
    echo "check-desktop-file: desktop-file-validate is not clean (exit $status)" >&2
    exit 1
fi
[ "$(basename "$file")" = "$appid.desktop" ] || { echo "check-desktop-file: $file is not $appid.desktop" >&2; exit 1; }
grep -qx "Icon=$appid" "$file" || { echo "check-desktop-file: Icon= is not $appid" >&2; exit 1; }
echo "check-desktop-file: $(basename "$file") is clean"
