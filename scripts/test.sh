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
# The dashboard's browser tests (cmd/dondoc) drive headless Chromium: install
# the Debian package when it is missing, or stop here saying how. They never
# skip.
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing Chromium for the dashboard's browser tests…" >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "Chromium is missing: the dashboard's browser tests need it." >&2
		echo "Install it as root (apt-get install chromium) or set CHROMIUM to a Chromium binary, then run scripts/test.sh again." >&2
		exit 1
	fi
fi
go test -race -count=1 "$@" ./...
