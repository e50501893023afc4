#!/usr/bin/env bash
# A coach's board with 200 runners (issue 25): builds the jar, starts it with the flags in
# bench/jvm-flags on the embedded default (H2 file) in a fresh folder, rate limiting off, on
# 127.0.0.1 only; makes about 2,000 results as users do (many with a return to running, logged
# sessions and PSFS ratings) and 5 boards of 200 runners joined through their manage pages
# (bench/board-data.py); then measures GET /b/{boardKey} round the boards with wrk, one coach
# alone (one connection) and a few at once. Prints median, p90, p99 and max latency and the
# page's size.
#
#   bench/board.sh                    build, then measure
#   bench/board.sh --no-build         measure the jar already in target/
#
# Settings (environment): RESULTS (2000), BOARDS (5), RUNNERS_PER_BOARD (200), PROGRAMME_SHARE
# (0.6), SETUP_THREADS (8), WARMUP (s, 20), DURATION (s, 30), CONNECTIONS (the concurrent run, 4),
# JFR=1 (record the measured runs; the file's path is printed), JVM_FLAGS (instead of bench/jvm-flags,
# to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
CONCURRENT=${CONNECTIONS:-4}
PORT=${PORT:-18090}
FLAGS=${JVM_FLAGS:-$(cat bench/jvm-flags)}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [[ "${1:-}" != "--no-build" ]]; then
    ./mvnw -B -q -DskipTests package
fi
jar=$(ls "$PWD"/target/knee-triage-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
app=
cleanup() {
    local status=$?
    if [[ $status -ne 0 && -f "$work/app.log" ]]; then
        echo "failed ($status); the app's log ends:" >&2
        tail -n 20 "$work/app.log" >&2
    fi
    if [[ -n "$app" ]]; then
        kill "$app" 2>/dev/null || true
        while kill -0 "$app" 2>/dev/null; do sleep 0.1; done
    fi
    [[ "${JFR:-0}" == "1" ]] || rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh

jfr=()
if [[ "${JFR:-0}" == "1" ]]; then
    jfr=(-XX:StartFlightRecording=settings=profile,filename="$work/board.jfr",dumponexit=true)
fi
# --server.address: nothing but this machine reaches it.
start_ms=$(start_and_time "$work/app.log" "$BASE/" java $FLAGS "${jfr[@]}" -jar "$jar" --server.port=$PORT \
    --server.address=127.0.0.1 --knee-triage.admin.password=orchard-lantern-quietly-41 \
    --knee-triage.rate-limit.enabled=false)
pid=$(cat "$work/pid")
app=$pid

echo "Setting up (started in ${start_ms} ms):"
RESULTS=${RESULTS:-2000} BOARDS=${BOARDS:-5} RUNNERS_PER_BOARD=${RUNNERS_PER_BOARD:-200} \
    python3 bench/board-data.py "$BASE" "$work/boards.txt"
mapfile -t keys <"$work/boards.txt"

# Each of wrk's threads goes round the boards from its own starting board.
{
    echo "keys = {"
    for key in "${keys[@]}"; do echo "  \"$key\","; done
    echo "}"
    cat <<'LUA'
local i = 0
setup = function(thread)
    thread:set("start", math.random(#keys))
end
init = function()
    i = tonumber(start) or 0
end
request = function()
    i = i % #keys + 1
    return wrk.format("GET", "/b/" .. keys[i])
end
LUA
} >"$work/board.lua"

for key in "${keys[@]}"; do
    rows=$(curl -s "$BASE/b/$key" | grep -c '<tr class="urgency-' || true)
    [[ "$rows" == "${RUNNERS_PER_BOARD:-200}" ]] || { echo "board shows $rows rows, not ${RUNNERS_PER_BOARD:-200}" >&2; exit 1; }
done
bytes=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/b/${keys[0]}")
gzipped=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE/b/${keys[0]}")

# Prints median, p90, p99 and max (ms), req/s and errors of one wrk run.
board_run() {
    local threads=$1 connections=$2 out p50 p90 p99 max rps count errors gc_before
    wrk -t"$threads" -c"$connections" -d"${WARMUP}s" --timeout 30s -s "$work/board.lua" "$BASE" >/dev/null
    gc_before=$(full_gcs)
    out=$(wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 30s --latency -s "$work/board.lua" "$BASE")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p90=$(ms "$(awk '$1 == "90%" { print $2 }' <<<"$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    max=$(ms "$(awk '$1 == "Latency" { print $4; exit }' <<<"$out")")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    count=$(awk '/requests in/ { print $1 }' <<<"$out")
    errors=$(awk '/Non-2xx/ { print $5 } /Socket errors/ { print "socket" }' <<<"$out" | head -n 1)
    printf '| %-28s | %7s | %7s | %7s | %7s | %6.1f | %8s | %6s | %8s |\n' "$3" "$p50" "$p90" "$p99" "$max" \
        "$rps" "$count" "${errors:-0}" "$(($(full_gcs) - gc_before))"
}

# The app's full (old generation) collections so far, from jstat.
full_gcs() {
    jstat -gcutil "$pid" | awk 'NR == 2 { print $9 }'
}

echo
echo "Board benchmark, $(date -u +%F), commit $(git rev-parse --short HEAD), $(nproc) cores,"
echo "${#keys[@]} boards of ${RUNNERS_PER_BOARD:-200} runners, GET /b/{boardKey} round them;"
echo "wrk ${DURATION}s each after ${WARMUP}s of warm-up; JVM flags: $FLAGS"
echo "page: $bytes bytes ($gzipped gzipped, for a browser that asks)"
echo "load average before the runs (the machine is shared): $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
printf '| %-28s | %7s | %7s | %7s | %7s | %6s | %8s | %6s | %8s |\n' "GET /b/{boardKey}" "p50 ms" "p90 ms" "p99 ms" \
    "max ms" "req/s" "requests" "errors" "full GCs"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "------------------------------" "---------" "---------" "---------" \
    "---------" "--------" "----------" "--------" "----------"
board_run 1 1 "one coach (c1)"
board_run 2 "$CONCURRENT" "$CONCURRENT coaches at once (c$CONCURRENT)"

rss_kib=$(ps -o rss= -p "$pid" | tr -d ' ')
echo
echo "RSS after the load: $((rss_kib / 1024)) MiB"
if [[ "${JFR:-0}" == "1" ]]; then
    echo "flight recording (written when the app stops): $work/board.jfr"
fi
