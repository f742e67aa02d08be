#!/usr/bin/env bash
# HTTP load test (issue #15): starts the release server on a temporary SQLite file with the dev bypass, uploads a
# fixture, then measures each request of the table below with wrk (installed from Debian if missing) after a warm-up,
# and prints one row per request: req/s, p50, p99, requests per server CPU-second, and the server's RSS.
#
#   bash Scripts/loadtest.sh            # builds `swift build -c release` first when the binary is missing
#   LOADTEST_SECONDS=10 LOADTEST_CONNECTIONS=8 LOADTEST_THREADS=2 bash Scripts/loadtest.sh
#
# Numbers live in this script's output and README's Performance section, never in timed unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${CATACLYSM_BIN:-.build/release/cataclysm}
seconds=${LOADTEST_SECONDS:-10}
connections=${LOADTEST_CONNECTIONS:-8}
threads=${LOADTEST_THREADS:-2}
port=${LOADTEST_PORT:-18765}
fixture=Fixtures/sessions/barber_motorsports_park/barber_2026-02-15_intermediate.csv

command -v wrk > /dev/null || { echo "== loadtest: installing wrk"; apt-get install -y -qq wrk > /dev/null; }
[[ -x "$bin" ]] || { echo "== loadtest: building release"; swift build -c release --product cataclysm; }

work=$(mktemp -d)
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
DEV_AUTH_BYPASS=true RATE_LIMIT_UPLOADS_PER_IP_PER_HOUR=100000 MAX_UPLOAD_SIZE_MB=60 PORT=$port DATABASE_URL="sqlite://$work/load.sqlite" LOG_LEVEL=warning "$bin" serve > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fsS -m 1 "$base/health" > /dev/null 2>&1 && break; sleep 0.1; done

# CPU seconds (user + system) the server has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$server_pid/stat"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

# Median wall time (ms) of `runs` uploads of FILE, each as a new user (no duplicate short-cut); EXTRA curl options.
upload_ms() {
    local file=$1 runs=$2 extra=${3:-}
    local times=()
    for i in $(seq 1 "$runs"); do
        times+=("$(curl -sS -o /dev/null -w '%{time_total}' $extra -H "X-Test-User-Id: load-$RANDOM-$i" \
            -F "files=@$file" "$base/api/sessions/upload")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'
}

printf '%-44s %10s %9s %9s %12s %8s\n' "request" "req/s" "p50" "p99" "req/CPU-s" "RSS MB"
row() { printf '%-44s %10s %9s %9s %12s %8s\n' "$@"; }

session=$(curl -sS -H "X-Test-User-Id: dev-user" -F "files=@$fixture" "$base/api/sessions/upload" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["session_ids"][0])')
best=$(curl -sS "$base/api/sessions/$session/laps" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["lap_number"])')
one_session_peak=$(peak_mb)

row "upload 5.8 MB, curl defaults (median of 5)" "-" "$(upload_ms "$fixture" 5)ms" "-" "-" "$(rss_mb)"
row "upload 5.8 MB, without Expect (median of 5)" "-" "$(upload_ms "$fixture" 5 '-H Expect:')ms" "-" "-" "$(rss_mb)"

# measure NAME PATH [HEADER]: wrk on one request (with the header, e.g. the Accept-Encoding every browser sends).
measure() {
    local name=$1 path=$2 header=${3:-X-Load-Test: 1}
    curl -fsS -o /dev/null -H "$header" "$base$path"
    wrk -t"$threads" -c"$connections" -d2s -H "$header" "$base$path" > /dev/null    # warm-up
    local before after out
    before=$(cpu_seconds)
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" -H "$header" --latency "$base$path")
    after=$(cpu_seconds)
    local rps p50 p99 total
    rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    total=$(awk '/requests in/ { print $1 }' <<< "$out")
    row "$name" "$rps" "$p50" "$p99" "$(awk -v n="$total" -v a="$after" -v b="$before" 'BEGIN { c = a - b; printf "%.0f", (c > 0 ? n / c : 0) }')" "$(rss_mb)"
}

measure "GET /health" "/health"
measure "GET /api/sessions/{id}" "/api/sessions/$session"
measure "GET …/corners" "/api/sessions/$session/corners"
measure "GET …/consistency" "/api/sessions/$session/consistency"
measure "GET …/laps/{best}/data" "/api/sessions/$session/laps/$best/data"
measure "GET …/consistency, gzip" "/api/sessions/$session/consistency" "Accept-Encoding: gzip, deflate, br"
measure "GET …/laps/{best}/data, gzip" "/api/sessions/$session/laps/$best/data" "Accept-Encoding: gzip, deflate, br"
single=$(curl -sS -o /dev/null -w '%{time_total}' "$base/api/sessions/$session/laps/$best/data")
row "warm single GET …/laps/{best}/data" "-" "$(awk -v t="$single" 'BEGIN { printf "%.1fms", t * 1000 }')" "-" "-" "$(rss_mb)"
# A 100 Hz export of about 46 MB (the fixture at four times its rate, laps repeated), as the issue measured.
"$bin" bench synthesize "$fixture" "$work/100hz.csv" --factor 4 --bytes 46000000 > /dev/null
row "upload $(awk -v b="$(stat -c %s "$work/100hz.csv")" 'BEGIN { printf "%.1f", b / 1e6 }') MB, 100 Hz (median of 3)" "-" \
    "$(upload_ms "$work/100hz.csv" 3 '-H Expect:')ms" "-" "-" "$(rss_mb)"
echo "peak RSS with one session loaded: $one_session_peak MB; at the end: $(peak_mb) MB; $(nproc) cores; $(uname -m); $(swift --version 2>/dev/null | head -1)"
