#!/usr/bin/env bash
# Measures `spira serve` on generated data: start-up time to /readyz, memory at rest, and
# request throughput and latency of the busiest pages with wrk (loopback only, bounded in time).
#
#   bench/serve.sh [NETWORKS] [ORGANISATIONS]      (defaults: 500 networks, 2000 organisations)
#
# Uses the release binary (built here if missing; benchmarks are never run in CI). Set
# DATABASE_URL to measure PostgreSQL instead of SQLite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NETWORKS="${1:-500}"
ORGS="${2:-2000}"
PORT="${SPIRA_BENCH_PORT:-18090}"
URL="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -x target/release/spira ] || cargo build --release -p spira
BIN=target/release/spira
DATA="$(mktemp -d -t spira-bench.XXXXXX)"
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

"$BIN" --data "$DATA" demo >/dev/null
TOKEN="$("$BIN" --data "$DATA" token create --email admin@spira.example)"
"$BIN" --data "$DATA" serve --bind "127.0.0.1:$PORT" >"$DATA/log" 2>&1 & PID=$!
until curl -fsS -o /dev/null "$URL/readyz" 2>/dev/null; do sleep 0.1; done

echo "generating $ORGS organisations and $NETWORKS networks through the API…"
python3 - "$URL" "$TOKEN" "$ORGS" "$NETWORKS" <<'PY'
import json, sys, urllib.request
url, token, orgs, nets = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def post(path, body):
    req = urllib.request.Request(url + "/api/v1" + path, data=json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
for i in range(orgs):
    post("/organisations", {"name": f"Kommune {i:05d}", "kind": "municipality", "country": "DK" if i % 2 else "SE"})
for i in range(nets):
    post("/networks", {"name": f"Innovationsnetværk {i:05d}", "purpose": "Videndeling og spredning. " * 20,
        "admissionCriteria": ["Ansat i en offentlig organisation", "Arbejder med innovation"],
        "meetingsPerYear": 4, "meetingMinutes": 180, "language": "da", "country": "DK", "status": "running"})
PY
kill "$PID"; wait "$PID" 2>/dev/null || true

# Start-up on the generated data (migrations already applied).
START=$(date +%s%N)
"$BIN" --data "$DATA" serve --bind "127.0.0.1:$PORT" >"$DATA/log" 2>&1 & PID=$!
until curl -fsS -o /dev/null "$URL/readyz" 2>/dev/null; do sleep 0.01; done
END=$(date +%s%N)
echo "start-up to /readyz: $(( (END - START) / 1000000 )) ms"
sleep 3
echo "memory at rest (RSS): $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"

for path in /networks/innovationsnetvaerket-fjordland /api/v1/networks/innovationsnetvaerket-fjordland / ; do
  echo "== GET $path"
  wrk -t2 -c16 -d10s "$URL$path" | grep -E 'Requests/sec|Latency|Transfer'
done
echo "memory after load (RSS): $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"
