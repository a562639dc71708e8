#!/usr/bin/env bash
# Runs every check and test. Tests start their own throwaway PostgreSQL
# (from /usr/lib/postgresql/*/bin or PATH) unless TEST_DATABASE_URL points
# at a server they may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."
unformatted="$(gofmt -l .)"
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
# What the tests need from the machine: PostgreSQL's server binaries (each
# test binary starts its own throwaway server) and Chromium (the dashboard's
# browser tests in cmd/dondoc). Install the Debian packages when they are
# missing, or stop here saying how. No test skips for want of them.
apt_updated=
install() { # install PACKAGE WHAT
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing $1 for $2…" >&2
		[ -n "$apt_updated" ] || { apt-get update -qq && apt_updated=1; }
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
	else
		echo "$1 is missing: $2 need it." >&2
		echo "Install it as root (apt-get install $1), then run scripts/test.sh again." >&2
		exit 1
	fi
}
if [ -z "${TEST_DATABASE_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
	install postgresql-15 "the tests (a throwaway PostgreSQL each)"
fi
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
	install chromium "the dashboard's browser tests"
fi
go test -race -count=1 "$@" ./...
