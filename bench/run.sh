#!/usr/bin/env bash
# The Knee Triage benchmark: builds the jar, starts it with the flags in bench/jvm-flags on the
# embedded default (H2 file, each commit written to it before the answer), warms up, and
# measures each page and call with wrk on 127.0.0.1 only. Prints req/s, p50, p99 and the ratio to a static file, the start
# time (first HTTP 200 and Spring's "Started in") and the process's RSS after the load.
#
#   bench/run.sh                      build, then measure
#   bench/run.sh --no-build           measure the jar already in target/
#   PETCLINIC_JAR=/path/x.jar bench/run.sh   also time spring-petclinic's start on this machine
#
# Settings (environment): DURATION (s, default 15), WARMUP (s, 5), CONNECTIONS (32), THREADS (2),
# CDS (1: also time a start with a Class Data Sharing archive; 0: skip).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
FLAGS=$(cat bench/jvm-flags)
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [[ "${1:-}" != "--no-build" ]]; then
    ./mvnw -B -q -DskipTests package
fi
jar=$(ls "$PWD"/target/knee-triage-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
app=
cleanup() {
    if [[ -n "$app" ]]; then
        kill "$app" 2>/dev/null || true
        while kill -0 "$app" 2>/dev/null; do sleep 0.1; done
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh

if [[ -n "${PETCLINIC_JAR:-}" ]]; then
    pc_ms=$(start_and_time "$work/petclinic.log" "http://127.0.0.1:$((PORT + 1))/" \
        java $FLAGS -jar "$PETCLINIC_JAR" --server.port=$((PORT + 1)))
    pc_started=$(started_in "$work/petclinic.log")
    stop_started
fi

# Class Data Sharing (Spring Boot's recipe, the README's and the Dockerfile's): the jar
# extracted, one training run that stops after the context refresh and writes the archive,
# then a start that maps it, on a fresh database as the plain start.
cds_start() {
    local name=$1
    shift
    (cd "$work" && java $FLAGS "$@" -XX:ArchiveClassesAtExit="$work/cds/$name.jsa" -Dspring.context.exit=onRefresh \
        -jar "$cds_jar" --server.port=$PORT --spring.datasource.url="jdbc:h2:mem:training" \
        --knee-triage.encryption.secret=cds-training-only-never-a-real-secret >"$work/$name-training.log" 2>&1) || true
    start_and_time "$work/$name.log" "$BASE/" java $FLAGS "$@" -XX:SharedArchiveFile="$work/cds/$name.jsa" \
        -jar "$cds_jar" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$work/$name-run/kt" \
        --knee-triage.admin.password=orchard-lantern-quietly-41
}
if [[ "${CDS:-1}" == "1" ]]; then
    java -Djarmode=tools -jar "$jar" extract --destination "$work/cds" >/dev/null
    cds_jar=$(ls "$work"/cds/*.jar | head -n 1)
    cds_ms=$(cds_start cds)
    cds_started=$(started_in "$work/cds.log")
    stop_started
fi

kt_ms=$(start_and_time "$work/app.log" "$BASE/" java $FLAGS -jar "$jar" --server.port=$PORT \
    --knee-triage.admin.password=orchard-lantern-quietly-41 --knee-triage.rate-limit.enabled=false)
kt_started=$(started_in "$work/app.log")
pid=$(cat "$work/pid")
app=$pid

# One stored result for the pages that show one, and 50 with a return-to-run programme each, so
# logging runs spreads over runners as it would (one programme's replay grows with its runs).
answers='{"location":"FRONT","side":"LEFT","character":"DULL_ACHE","onset":"GRADUAL","timing":["DOWNSTAIRS"],"painScore":3,"durationDays":10,"redFlags":[]}'
create() {
    curl -s -X POST -H 'Content-Type: application/json' -d "$answers" "$BASE/api/v1/triage" |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["token"], d["manageKey"])'
}
read -r token key < <(create)
today=$(date -u +%F)
echo "ids = {" >"$work/session.lua"
for _ in $(seq 1 50); do
    read -r t k < <(create)
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-Manage-Key: $k" \
        -d '{"baselinePain":1,"days":["MONDAY","WEDNESDAY","FRIDAY"]}' "$BASE/api/v1/results/$t/programme"
    echo "  { \"$t\", \"$k\" }," >>"$work/session.lua"
done
cat >>"$work/session.lua" <<LUA
}
local i = 0
local body = '{"date":"$today","walkMinutes":10,"runMinutes":5,"painDuring":1}'
request = function()
    i = i % #ids + 1
    return wrk.format("POST", "/api/v1/results/" .. ids[i][1] .. "/sessions",
        { ["Content-Type"] = "application/json", ["X-Manage-Key"] = ids[i][2] }, body)
end
LUA
cat >"$work/triage.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$answers'
LUA

# name, then wrk's arguments
targets=(
    "static asset|$BASE/css/knee-triage.css"
    "start page /|$BASE/"
    "symptom form /triage|$BASE/triage"
    "result page /r/{token}|$BASE/r/$token"
    "result JSON|$BASE/api/v1/results/$token"
    "POST /api/v1/triage|-s $work/triage.lua $BASE/api/v1/triage"
    "manage page /m/{key}|$BASE/m/$key"
    "log a session (API)|-s $work/session.lua $BASE/api/v1/results/$token/sessions"
)

echo
echo "Knee Triage benchmark, $(date -u +%F), commit $(git rev-parse --short HEAD), $(nproc) cores,"
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after ${WARMUP}s of warm-up; JVM flags: $FLAGS"
echo
printf '| %-26s | %9s | %8s | %8s | %9s | %7s |\n' "what" "req/s" "p50 ms" "p99 ms" "× static" "errors"
printf '|%s|%s|%s|%s|%s|%s|\n' "----------------------------" "-----------" "----------" "----------" "-----------" "---------"
static_rps=
for target in "${targets[@]}"; do
    name=${target%%|*}
    args=${target#*|}
    measure_target "$args"
    [[ -z "$static_rps" ]] && static_rps=$rps
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')
    printf '| %-26s | %9.0f | %8s | %8s | %9s | %7s |\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$errors"
done

rss_kib=$(ps -o rss= -p "$pid" | tr -d ' ')
echo
echo "start to first HTTP 200: ${kt_ms} ms (Spring: Started in ${kt_started:-?})"
if [[ -n "${PETCLINIC_JAR:-}" ]]; then
    echo "spring-petclinic, same flags: ${pc_ms} ms (Started in ${pc_started:-?}); ratio $(awk -v a="$kt_ms" -v b="$pc_ms" 'BEGIN { printf "%.2f", a / b }')"
fi
ratio_to_petclinic() {
    [[ -n "${pc_ms:-}" ]] && awk -v a="$1" -v b="$pc_ms" 'BEGIN { printf "; ratio to petclinic %.2f", a / b }'
}
if [[ -n "${cds_ms:-}" ]]; then
    echo "with Class Data Sharing (the README's recipe): ${cds_ms} ms (Started in ${cds_started:-?})$(ratio_to_petclinic "$cds_ms")"
fi
echo "RSS after the load: $((rss_kib / 1024)) MiB"
