#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: AlertDesk contributors
#
# CTest packaging_metainfo: the AppStream metainfo validates offline with no issue at all (errors, warnings, infos;
# the one pedantic note allowed is the upper-case letters of the reverse-DNS id), and its newest <release> is the
# project's version, so a version bump cannot ship without its release entry.
#   check-metainfo.sh APPSTREAMCLI METAINFO.xml VERSION
set -eu
appstreamcli=$1 metainfo=$2 version=$3

status=0
out=$("$appstreamcli" validate --no-net --pedantic --no-color "$metainfo" 2>&1) || status=$?
printf '%s\n' "$out"
if [ "$status" -ne 0 ]; then
    echo "check-metainfo: appstreamcli validate failed ($status)" >&2
    exit 1
fi
issues=$(printf '%s\n' "$out" | grep -E '^[EWIP]: ' | grep -v 'cid-contains-uppercase-letter' || true)
if [ -n "$issues" ]; then
    echo "check-metainfo: appstreamcli reports issues:" >&2
    printf '%s\n' "$issues" >&2
    exit 1
fi

newest=$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "check-metainfo: the newest <release> is \"$newest\" but project() says $version: add a <release> for it" >&2
    exit 1
fi
echo "check-metainfo: newest release $newest matches the project version"
