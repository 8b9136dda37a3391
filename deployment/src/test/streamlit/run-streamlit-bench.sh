#!/usr/bin/env bash
# Streamlit's side of CpuFairnessBenchmark: three CPU-bound sections of about SECTION_MS each (when
# alone), as parallel fragments in one full run and as plain sequential calls; prints script start
# -> last section done, on the server's clock, for RUNS fresh sessions each (headless Chromium).
# Needs: python3 -m venv /tmp/st && /tmp/st/bin/pip install streamlit==1.64.0; /usr/bin/chromium.
# Usage: VENV=/tmp/st SECTION_MS=1000 RUNS=3 deployment/src/test/streamlit/run-streamlit-bench.sh
set -euo pipefail
VENV=${VENV:-/tmp/st}
SECTION_MS=${SECTION_MS:-1000}
RUNS=${RUNS:-3}
PORT=${PORT:-8599}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Calibrate: steps of the loop that take SECTION_MS alone.
N=$("$VENV/bin/python" - "$SECTION_MS" <<'PY'
import sys, time
def work(n):
    x = n
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
    return x
work(200_000)
t = time.perf_counter(); work(2_000_000); took = time.perf_counter() - t
print(int(2_000_000 * float(sys.argv[1]) / 1000 / took))
PY
)
echo "cores $(nproc), load $(cut -d' ' -f1 /proc/loadavg), $N steps per section (about ${SECTION_MS} ms alone)"

for MODE in parallel sequential; do
    LOG="$WORK/$MODE.log"
    BENCH_LOG=$LOG BENCH_MODE=$MODE BENCH_N=$N "$VENV/bin/streamlit" run "$HERE/cpu_sections.py" \
        --server.headless true --server.port "$PORT" --browser.gatherUsageStats false \
        --server.fileWatcherType none >"$WORK/server.log" 2>&1 &
    SERVER=$!
    until curl -sf "http://127.0.0.1:$PORT/_stcore/health" >/dev/null; do sleep 0.5; done
    for RUN in $(seq 0 "$RUNS"); do # run 0 warms up and is not counted
        : >"$LOG"
        timeout 60 chromium --headless=new --no-sandbox --disable-gpu --user-data-dir="$WORK/profile-$RUN-$MODE" \
            --remote-debugging-port=0 "http://127.0.0.1:$PORT/" >/dev/null 2>&1 &
        BROWSER=$!
        until [ "$(grep -c '^done-' "$LOG")" -ge 3 ]; do sleep 0.2; done
        kill "$BROWSER" 2>/dev/null || true
        wait "$BROWSER" 2>/dev/null || true
        if [ "$RUN" -gt 0 ]; then
            awk -v mode="$MODE" '$1 == "start" && !s { s = $2 } $1 ~ /^done-/ { e = $2 }
                END { printf "streamlit %-10s script start -> last done %5.0f ms\n", mode, (e - s) * 1000 }' "$LOG"
        fi
    done
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
done
