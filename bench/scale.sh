#!/usr/bin/env bash
# Does a result open as fast among 1,000,000 stored results as among 1,000? Starts the jar with
# the flags in bench/jvm-flags on a new PostgreSQL database, stores real results through the
# API, fills the table with bench/fill-results.sql to 1,000 rows and measures, fills it to
# ROWS (1,000,000) and measures again, then prints the slowdown of each target and the query
# plans of the lookups and of the retention purge. Traffic goes to 127.0.0.1 only.
#
#   bench/scale.sh                 build, then measure (about 12 minutes; 9 GB in PostgreSQL)
#   bench/scale.sh --no-build      measure the jar already in target/
#
# Settings (environment): ROWS (1000000), DURATION (s, 10), WARMUP (s before each run, 3),
# FIRST_WARMUP (s per target after the app starts, so the JIT has settled: 20), CONNECTIONS (32),
# THREADS (2), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), SCALE_DB
# (knee_triage_bench_scale: dropped and created anew, dropped again at the end unless KEEP_DB=1).
set -euo pipefail
shopt -s inherit_errexit # a failed fill inside $(...) stops the script
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
FIRST_WARMUP=${FIRST_WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${SCALE_DB:-knee_triage_bench_scale}
FLAGS=$(cat bench/jvm-flags)
BASE="http://127.0.0.1:$PORT"

for tool in wrk psql curl python3; do
    command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
if [[ "${1:-}" != "--no-build" ]]; then
    ./mvnw -B -q -DskipTests package
fi
jar=$(ls "$PWD"/target/knee-triage-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
cleanup() {
    [[ -f "$work/pid" ]] && kill "$(cat "$work/pid")" 2>/dev/null && sleep 2
    [[ "${KEEP_DB:-0}" == "1" ]] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=bench/lib.sh
source bench/lib.sh

# Each size is measured by a newly started app with the same warm-up, so neither gains from
# the other's compiled code.
start_app() {
    start_and_time "$work/app.log" "$BASE/" env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" KNEE_TRIAGE_ENCRYPTION_SECRET=bench-only-secret-never-used-for-real-data \
        KNEE_TRIAGE_PUBLIC_URL="$BASE" java $FLAGS -jar "$jar" --server.port=$PORT \
        --knee-triage.admin.password=orchard-lantern-quietly-41 --knee-triage.rate-limit.enabled=false >/dev/null
}

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start_app

# 50 real results, each with a return to running; every read goes round them, so the lookups
# touch different index pages, as a coach's and a runner's would.
answers='{"location":"FRONT","side":"LEFT","character":"DULL_ACHE","onset":"GRADUAL","timing":["DOWNSTAIRS"],"painScore":3,"durationDays":10,"redFlags":[]}'
echo "ids = {" >"$work/ids.lua"
for _ in $(seq 1 50); do
    read -r t k < <(curl -s -X POST -H 'Content-Type: application/json' -d "$answers" "$BASE/api/v1/triage" |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["token"], d["manageKey"])')
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-Manage-Key: $k" \
        -d '{"baselinePain":1,"days":["MONDAY","WEDNESDAY","FRIDAY"]}' "$BASE/api/v1/results/$t/programme"
    echo "  { \"$t\", \"$k\" }," >>"$work/ids.lua"
done
echo "}" >>"$work/ids.lua"
# One script per target: $1 the path before the id, $2 which id (1 token, 2 manage key), $3 headers.
round() {
    cat "$work/ids.lua"
    cat <<LUA
local i = 0
request = function()
    i = i % #ids + 1
    return wrk.format("GET", "$1" .. ids[i][$2], { $3 })
end
LUA
}
round /r/ 1 "" >"$work/page.lua"
round /api/v1/results/ 1 "" >"$work/json.lua"
round /m/ 2 "" >"$work/manage.lua"
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$answers'
LUA
targets=(
    "result page /r/{token}|-s $work/page.lua $BASE/"
    "result JSON|-s $work/json.lua $BASE/"
    "manage page /m/{key}|-s $work/manage.lua $BASE/"
    "POST /api/v1/triage|-s $work/post.lua $BASE/api/v1/triage"
)

# Fills the table to $1 rows and prints the count and size; then fresh statistics, and a
# checkpoint so that writing the new rows out does not fall into a measurement.
fill() {
    psql -q -d "$DB" -v target="$1" -f bench/fill-results.sql | sed -n 3p
    psql -q -d "$DB" -c "VACUUM ANALYZE triage_result" -c "CHECKPOINT"
}

declare -A first
# Warms up on every target, then takes out the results the warm-up stored, so the reads are
# measured at the size the label says (POST, measured last, adds its own as it runs).
measure_all() {
    local label=$1 name newest
    newest=$(psql -d "$DB" -Atc "SELECT max(id) FROM triage_result")
    for target in "${targets[@]}"; do
        wrk_run "${target#*|}" "$FIRST_WARMUP" >/dev/null
    done
    psql -q -d "$DB" -c "DELETE FROM triage_result WHERE id > $newest" -c "VACUUM ANALYZE triage_result"
    for target in "${targets[@]}"; do
        name=${target%%|*}
        measure_target "${target#*|}"
        if [[ -z "${first[$name]:-}" ]]; then
            first[$name]=$rps
            printf '| %-26s | %-9s | %9.0f | %8s | %8s | %7s | %9s |\n' "$name" "$label" "$rps" "$p50" "$p99" \
                "$errors" ""
        else
            printf '| %-26s | %-9s | %9.0f | %8s | %8s | %7s | %8.2f× |\n' "$name" "$label" "$rps" "$p50" "$p99" \
                "$errors" "$(awk -v a="${first[$name]}" -v b="$rps" 'BEGIN { print a / b }')"
        fi
    done
}

echo
echo "Knee Triage at scale, $(date -u +%F), commit $(git rev-parse --short HEAD), $(nproc) cores, PostgreSQL"
echo "$(psql -Atc 'SHOW server_version' -d postgres); wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after ${WARMUP}s; JVM flags: $FLAGS"
echo
echo "stored results, table size: $(fill 1000)"
echo
printf '| %-26s | %-9s | %9s | %8s | %8s | %7s | %9s |\n' "what" "results" "req/s" "p50 ms" "p99 ms" "errors" "slower by"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "----------------------------" "-----------" "-----------" "----------" "----------" \
    "---------" "-----------"
measure_all 1000
stop_started
filled=$(fill "$ROWS")
start_app
measure_all "$ROWS"
echo
echo "stored results, table size after filling: $filled"
echo "Reads go round 50 real results, each page rendered for its request"

echo
echo "Query plans with $ROWS results (EXPLAIN ANALYZE):"
read -r hash key chain id < <(psql -d "$DB" -Atc \
    "SELECT token_hash, manage_key_hash, chain_id, id FROM triage_result ORDER BY id LIMIT 1" | tr '|' ' ')
plan() {
    echo "-- $1"
    psql -d "$DB" -Atc "EXPLAIN (ANALYZE, COSTS OFF) $2" | grep -E 'Scan|Execution Time' | sed 's/^/   /'
}
plan "a result by its share token" "SELECT * FROM triage_result WHERE token_hash = '$hash'"
plan "a result by its manage key" "SELECT * FROM triage_result WHERE manage_key_hash = '$key'"
plan "the results of one runner's chain" "SELECT * FROM triage_result WHERE chain_id = '$chain'"
plan "a deleted result's marker" "SELECT * FROM deleted_result WHERE token_hash = '$hash'"
plan "a result's return to running" "SELECT * FROM return_programme WHERE result_id = $id"
plan "the hourly retention purge: what is due" "SELECT count(*) FROM triage_result WHERE revoked_at < now() - interval '30 days' OR expires_at < now() - interval '30 days' OR created_at < now() - interval '730 days'"
