#!/usr/bin/env bash
# Measures invoicing on generated data: a network with ORGANISATIONS workplaces holding SEATS seats
# each. Reports the time of one issueInvoices call (every invoice of the term in one transaction,
# numbers drawn one by one from the issuer's counter), memory after it, and with wrk the
# throughput of the UBL download (rendered from the frozen document on every request) and of
# listInvoices for the whole term.
#
#   bench/invoices.sh [ORGANISATIONS] [SEATS]      (defaults: 300 workplaces, 3 seats each)
#
# Uses the release binary (built here if missing; benchmarks are never run in CI). Set
# DATABASE_URL to measure PostgreSQL instead of SQLite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ORGS="${1:-300}"
SEATS="${2:-3}"
NET=innovationsnetvaerket-fjordland
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_setup "${SPIRA_BENCH_PORT:-18091}"
TOKEN="$("$BIN" --data "$DATA" token create --email tovholder@region-fjordland.example)"
bench_serve

echo "generating $ORGS workplaces with $SEATS seats each in $NET through the API…"
python3 - "$URL" "$TOKEN" "$ORGS" "$SEATS" "$NET" <<'PY'
import json, sys, urllib.request
url, token, orgs, seats, net = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def call(method, path, body):
    req = urllib.request.Request(url + "/api/v1" + path, data=json.dumps(body).encode(), method=method,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req).read() or b"null")
def gln(i):
    body = "57980009" + f"{i:04d}"
    s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return body + str((10 - s % 10) % 10)
numbers = []
x, w = 30000000, [2, 7, 6, 5, 4, 3, 2, 1]
while len(numbers) < orgs:
    if sum(int(c) * k for c, k in zip(str(x), w)) % 11 == 0:
        numbers.append(str(x))
    x += 1
for i in range(orgs):
    o = call("POST", "/organisations", {"name": f"Enhed {i:05d}", "kind": "other", "country": "DK",
        "registrationNumber": numbers[i], "gln": gln(i), "street": f"Vej {i}", "postcode": "7100", "city": "Fjordby"})
    for s in range(seats):
        call("POST", f"/networks/{net}/members", {"email": f"p{i}-{s}@bench.example", "name": f"Person {i}-{s}", "organisationId": o["id"]})
    call("PUT", f"/networks/{net}/buyer-references/{o['id']}", {"buyerReference": f"REF-{i}"})
listing = urllib.request.Request(url + "/api/v1/organisations", headers={"Authorization": "Bearer " + token})
region = next(o for o in json.loads(urllib.request.urlopen(listing).read()) if o["name"] == "Region Fjordland")
call("PUT", f"/networks/{net}/price-schedule", {"kind": "first_and_further", "firstSeatMinor": 400000, "furtherSeatMinor": 250000, "currency": "DKK"})
call("PUT", f"/networks/{net}/invoice-issuer", {"organisationId": region["id"], "paymentKind": "dk_account", "reg": "1551", "account": "3456789"})
PY

START=$(date +%s%N)
curl -fsS -o "$DATA/issued.json" -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' "$URL/api/v1/networks/$NET/invoices"
END=$(date +%s%N)
ISSUED=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['issued']))" "$DATA/issued.json")
echo "issueInvoices: $ISSUED invoices in $(( (END - START) / 1000000 )) ms"
echo "memory after issuing (RSS): $(bench_rss)"
ID=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['issued'][0]['id'])" "$DATA/issued.json")

echo
echo "== UBL of one invoice (GET /api/v1/invoices/{id}/ubl)"
wrk -t2 -c16 -d10s -H "Authorization: Bearer $TOKEN" "$URL/api/v1/invoices/$ID/ubl" | grep -E "Requests/sec|Latency"
echo
echo "== the term's $ISSUED invoices (GET /api/v1/networks/$NET/invoices)"
wrk -t2 -c16 -d10s -H "Authorization: Bearer $TOKEN" "$URL/api/v1/networks/$NET/invoices" | grep -E "Requests/sec|Latency"
echo "memory after load (RSS): $(bench_rss)"
