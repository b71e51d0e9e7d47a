#!/usr/bin/env bash
# The queue with 1,000,000 items: latency of the first page of the open queue and of a claim.
# Starts the packaged jar on a throw-away embedded PostgreSQL, seeds the items with SQL, then measures
# one request at a time over loopback. Usage: scripts/bench-queue.sh [requests]
# (after ./mvnw package -DskipTests; needs psql)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
port=18091
data=$(mktemp -d)/pg
log=$(mktemp)
# the access log gives the server-side time of each request (%D, whole milliseconds)
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=true QUARKUS_HTTP_ACCESS_LOG_PATTERN='%m %U %s %D' \
  QUARKUS_HTTP_RECORD_REQUEST_START_TIME=true
TRIAGE_EMBEDDED_DB=true TRIAGE_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1)) \
  TRIAGE_ADMIN_USER=bench TRIAGE_ADMIN_PASSWORD=bench-password-1 \
  TRIAGE_INBOX_POLL_INTERVAL=1h java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$(dirname "$data")" "$log"' EXIT
until curl -sf "localhost:$((port + 1))/q/health/ready" >/dev/null; do sleep 0.2; done
pgport=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$')
echo "== seeding 1,000,000 items"
time psql -q -h localhost -p "$pgport" -U postgres -f scripts/bench/seed-million-items.sql postgres
psql -h localhost -p "$pgport" -U postgres -Atc \
  "SELECT 'items: ' || count(*) || ', open: ' || count(*) FILTER (WHERE status = 'NEW') FROM triage_item" postgres
echo "== latency, one request at a time (client side)"
java scripts/bench/QueueLatency.java "http://localhost:$port" bench bench-password-1 "$requests"
echo "== server side (access log, whole ms)"
for what in 'GET /api/v1/items?limit=50 200' 'claim 200'; do
  grep -o "\"message\":\"[^\"]*$what [0-9]*" "$log" | tail -n "$requests" | awk '{print $NF}' | sort -n |
    awk -v w="$what" '{a[NR]=$1} END {printf "%-32s p50 %s ms  p95 %s ms  p99 %s ms  (n=%d)\n", w, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)], NR}'
done
echo "== server-side: the queries' plans"
psql -h localhost -p "$pgport" -U postgres -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT i.* FROM triage_item i
  WHERE TRUE AND i.status in ('NEW','CLAIMED','ESCALATED') ORDER BY i.priority, i.due_at NULLS LAST, i.id LIMIT 51" postgres
