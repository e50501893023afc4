#!/usr/bin/env bash
# What writing every commit to the H2 file before answering costs: POST /api/v1/triage throughput
# with the default URL (WRITE_DELAY=0) against H2's own default (a write delay of 500 ms).
# Needs the packaged jar (./mvnw -DskipTests package) and wrk. Traffic goes only to 127.0.0.1,
# 15 s per run at 8 connections.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/knee-triage-*.jar | head -n 1)
port=18090
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

body='{"location":"FRONT","side":"LEFT","character":"DULL_ACHE","onset":"GRADUAL","timing":[],"painScore":3,"durationDays":5,"redFlags":[]}'
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
LUA

run() {
    local name=$1 url=$2
    rm -rf "$work/data"
    (cd "$work" && exec java -Xmx512m -jar "$OLDPWD/$jar" --server.port=$port --spring.datasource.url="$url" \
        --knee-triage.admin.password=orchard-lantern-quietly-41 --knee-triage.rate-limit.enabled=false \
        >"$work/$name.log" 2>&1) &
    local app=$!
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break
        sleep 0.5
    done
    wrk -t2 -c8 -d5s -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/triage" >/dev/null # warm-up
    printf '%-32s ' "$name"
    wrk -t2 -c8 -d15s -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/triage" | grep -E 'Requests/sec'
    kill $app; wait $app 2>/dev/null || true
}

run "WRITE_DELAY=0 (the default URL)" "jdbc:h2:file:./data/kt;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
run "WRITE_DELAY=500 (H2's default)" "jdbc:h2:file:./data/kt;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
