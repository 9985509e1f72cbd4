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
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_setup "${SPIRA_BENCH_PORT:-18090}"
TOKEN="$("$BIN" --data "$DATA" token create --email admin@spira.example)"
bench_serve

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
bench_serve
END=$(date +%s%N)
echo "start-up to /readyz: $(( (END - START) / 1000000 )) ms"
sleep 3
echo "memory at rest (RSS): $(bench_rss)"

for path in /networks/innovationsnetvaerket-fjordland /api/v1/networks/innovationsnetvaerket-fjordland / ; do
  echo "== GET $path"
  wrk -t2 -c16 -d10s "$URL$path" | grep -E 'Requests/sec|Latency|Transfer'
done
echo "memory after load (RSS): $(bench_rss)"
