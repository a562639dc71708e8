#!/usr/bin/env bash
# Runs every check and test. Tests start their own throwaway PostgreSQL
# (from /usr/lib/postgresql/*/bin or PATH) unless TEST_DATABASE_URL points
# at a server they may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests need from the machine, checked first: PostgreSQL's server
# binaries (each test binary starts its own throwaway server), Chromium
# (the dashboard's browser tests in cmd/dondoc) and a C compiler (go test
# -race needs cgo). Install the Debian packages when they are missing, as
# root with apt, or stop here saying how. No test skips for want of them.
apt_updated=
install() { # install PACKAGE WHAT
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		echo "$1 is missing: $2 need it." >&2
		echo "Install it as root (apt-get install $1), then run scripts/test.sh again." >&2
		exit 1
	fi
	echo "Installing $1 for $2…" >&2
	if { [ -n "$apt_updated" ] || { apt-get update -qq && apt_updated=1; }; } &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; then
		return
	fi
	echo "apt-get could not install $1 (see above): $2 need it." >&2
	echo "Install it by hand (apt-get install $1), then run scripts/test.sh again." >&2
	exit 1
}
have_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }
have_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1
have_cc() { command -v "$(go env CC)" >/dev/null 2>&1; }
if [ -z "${TEST_DATABASE_URL:-}" ] && ! have_postgres; then
	install postgresql-15 "the tests (a throwaway PostgreSQL each)"
	have_postgres || { echo "postgresql-15 is installed but initdb is still not found in /usr/lib/postgresql/*/bin or PATH." >&2; exit 1; }
fi
if [ -n "${CHROMIUM:-}" ]; then
	[ -x "$CHROMIUM" ] || command -v "$CHROMIUM" >/dev/null 2>&1 || { echo "CHROMIUM=$CHROMIUM is not a program; unset it or point it at the browser." >&2; exit 1; }
elif ! have_chromium; then
	install chromium "the dashboard's browser tests"
	have_chromium || { echo "chromium is installed but not found on PATH; set CHROMIUM to the browser's path." >&2; exit 1; }
fi
if ! have_cc; then
	install gcc "the race-checked tests (go test -race uses cgo)"
	have_cc || { echo "gcc is installed but $(go env CC) is still not found; set CC to a C compiler." >&2; exit 1; }
fi

unformatted="$(gofmt -l .)"
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go test -race -count=1 "$@" ./...
