#!/usr/bin/env bash
# Runs the bot. Without DATABASE_URL it starts a private PostgreSQL in
# .data/postgres (stop it with: go run ./cmd/devdb stop .data/postgres).
# Extra arguments go to dondoc, e.g. scripts/run.sh org create "UBND huyện Đầm Hà".
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then
	DATABASE_URL="$(go run ./cmd/devdb start .data/postgres dondoc)"
	export DATABASE_URL
fi
exec go run ./cmd/dondoc "$@"
