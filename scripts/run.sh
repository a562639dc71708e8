#!/usr/bin/env bash
# Runs the bot: scripts/run.sh (needs TELEGRAM_TOKEN, a real token from
# @BotFather, or TELEGRAM_TOKENS, several, unless TELEGRAM_API_ENDPOINT points at a local Bot API
# emulator such as go run ./cmd/tgfake). Extra arguments go to dondoc, e.g.
# scripts/run.sh org create "UBND huyện Đầm Hà".
#
# Without DATABASE_URL it starts a private PostgreSQL in .data/postgres
# (DONDOC_PG_DIR), says where it listens, and stops it when it exits unless
# another run.sh (the bot, an operator command) still uses it; the data
# stays for the next start. dondoc and devdb are built once into .data/bin
# (DONDOC_BIN_DIR) and rebuilt only when the sources change. Ctrl-C stops
# the bot cleanly (exit status 0).
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
	printf 'run.sh: %s\n' "$1" >&2
	exit 2
}

# The bot itself ("run" or no command) needs a token; operator commands do
# not. Check it before anything is started.
if [ $# -eq 0 ] || [ "$1" = run ]; then
	tokens="${TELEGRAM_TOKENS:-${TELEGRAM_TOKEN:-}}"
	if [ -z "${tokens//[ ,]/}" ]; then
		die "chưa đặt TELEGRAM_TOKEN. Lấy mã bot từ @BotFather trên Telegram (lệnh /newbot), rồi chạy:
  TELEGRAM_TOKEN=<mã từ @BotFather> scripts/run.sh
(nhiều bot, mỗi tỉnh một bot: TELEGRAM_TOKENS=<mã 1>,<mã 2> scripts/run.sh)
hoặc, với máy giả lập Bot API cục bộ (chạy ở cửa sổ khác: go run ./cmd/tgfake):
  TELEGRAM_API_ENDPOINT=http://127.0.0.1:8081 TELEGRAM_TOKEN=123:abc scripts/run.sh"
	fi
	IFS=',' read -ra token_list <<<"$tokens"
	for token in "${token_list[@]}"; do
		token="${token// /}"
		[ -z "$token" ] && continue
		if [ -z "${TELEGRAM_API_ENDPOINT:-}" ] && ! [[ $token =~ ^[0-9]{5,}:[A-Za-z0-9_-]{30,}$ ]]; then
			die "mã bot “$token” không phải mã bot thật (mã thật có dạng 1234567890:AAH… dài hơn 30 ký tự sau dấu hai chấm), nên Telegram sẽ từ chối.
Lấy mã từ @BotFather, hoặc trỏ TELEGRAM_API_ENDPOINT tới máy giả lập Bot API cục bộ (chạy ở cửa sổ khác: go run ./cmd/tgfake), ví dụ:
  TELEGRAM_API_ENDPOINT=http://127.0.0.1:8081 TELEGRAM_TOKEN=$token scripts/run.sh"
		fi
	done
fi

# build OUT PKG builds PKG into OUT unless OUT is newer than every source
# file (Go, SQL, embedded data; not tests, docs or .data).
build() {
	local out=$1 pkg=$2
	if [ -x "$out" ] && [ -z "$(find . \( -path ./.data -o -path ./.git -o -path ./.scratch \) -prune -o \
		-type f ! -name '*_test.go' ! -name '*.md' -newer "$out" -print -quit)" ]; then
		return
	fi
	printf 'run.sh: đang biên dịch %s → %s\n' "$pkg" "$out" >&2
	mkdir -p "$(dirname "$out")"
	go build -o "$out.tmp" "$pkg"
	mv "$out.tmp" "$out"
}

bin="${DONDOC_BIN_DIR:-.data/bin}"
build "$bin/dondoc" ./cmd/dondoc
pgdir=
if [ -z "${DATABASE_URL:-}" ]; then
	pgdir="${DONDOC_PG_DIR:-.data/postgres}"
	build "$bin/devdb" ./cmd/devdb
	# Every run.sh using the private server holds a shared lock on it; the
	# last one to exit, the only one that can then take it exclusively,
	# stops the server.
	command -v flock >/dev/null || die "thiếu lệnh flock (gói util-linux: apt-get install util-linux), hoặc đặt DATABASE_URL"
	mkdir -p "$(dirname "$pgdir")"
	exec 9>"$pgdir.lock"
	flock -s 9
	DATABASE_URL="$("$bin/devdb" start "$pgdir" dondoc 9>&-)"
	export DATABASE_URL
	printf 'run.sh: PostgreSQL riêng đang chạy tại %s (dữ liệu trong %s; dừng khi bot và các lệnh run.sh khác đã thoát)\n' "$DATABASE_URL" "$pgdir" >&2
fi

# stop_db stops the private server when no other run.sh uses it.
stop_db() {
	if [ -n "$pgdir" ] && flock -xn 9; then
		if "$bin/devdb" stop "$pgdir" 9>&-; then
			printf 'run.sh: đã dừng PostgreSQL riêng (dữ liệu vẫn trong %s)\n' "$pgdir" >&2
		fi
	fi
}

# Ctrl-C reaches dondoc, which stops cleanly; that is not a failure.
set +e
"$bin/dondoc" "$@" 9>&- &
pid=$!
trap 'kill -INT "$pid" 2>/dev/null' INT TERM
status=0
while :; do
	wait "$pid"
	status=$?
	# wait returns early (status > 128) when a trapped signal arrives.
	if ! kill -0 "$pid" 2>/dev/null; then
		break
	fi
done
if [ "$status" -eq 130 ] || [ "$status" -eq 143 ]; then
	status=0
fi
trap '' INT TERM
stop_db
exit "$status"
