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
go test -race -count=1 "$@" ./...
