# Shared by bench/run.sh and bench/scale.sh: starting a jar and timing it, and measuring one
# target with wrk. Expects $work (a scratch folder) and THREADS, CONNECTIONS, WARMUP, DURATION.

# Milliseconds from launching a command until $2 answers 200; the command's pid in $work/pid.
start_and_time() {
    local log=$1 url=$2
    shift 2
    local t0 t1
    t0=$(date +%s%N)
    (cd "$work" && exec "$@" >"$log" 2>&1) &
    echo $! >"$work/pid"
    for _ in $(seq 1 1200); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" == "200" ]]; then
            t1=$(date +%s%N)
            echo $(((t1 - t0) / 1000000))
            return
        fi
        sleep 0.05
    done
    echo "did not start; see $log" >&2
    kill "$(cat "$work/pid")" 2>/dev/null || true
    exit 1
}

# Spring's own "Started ... in N seconds" from a log.
started_in() {
    grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$1" | grep -o '[0-9.]* seconds' | head -n 1
}

# Stops the process whose pid is in $work/pid and waits until it is gone.
stop_started() {
    kill "$(cat "$work/pid")"
    while kill -0 "$(cat "$work/pid")" 2>/dev/null; do sleep 0.1; done
}

wrk_run() {
    local args=$1 seconds=$2
    # shellcheck disable=SC2086
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency $args
}

# wrk prints 512.00us, 1.20ms or 1.05s; this prints milliseconds.
ms() {
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}

# Warms up, then measures wrk's arguments $1; sets rps, p50, p99 (ms) and errors.
measure_target() {
    local args=$1 out
    wrk_run "$args" "$WARMUP" >/dev/null
    out=$(wrk_run "$args" "$DURATION")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors=$(awk '/Non-2xx/ { print $5 } /Socket errors/ { print "socket" }' <<<"$out" | head -n 1)
    errors=${errors:-0}
}
