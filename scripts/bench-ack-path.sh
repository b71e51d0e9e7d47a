#!/usr/bin/env bash
# Measures the webhook ack path (HTTP, signature check, group-committed insert) against pgbench doing
# one insert per transaction on the same embedded PostgreSQL. Loopback only; bounded in time.
# Usage: scripts/bench-ack-path.sh [concurrency] [seconds]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
conc=${1:-32}
secs=${2:-15}
port=18090
data=$(mktemp -d)/pg
log=$(mktemp)
TRIAGE_EMBEDDED_DB=true TRIAGE_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1)) TRIAGE_META_APP_SECRET=bench \
  TRIAGE_INBOX_POLL_INTERVAL=1h java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$(dirname "$data")" "$log"' EXIT
until curl -sf "localhost:$((port + 1))/q/health/ready" >/dev/null; do sleep 0.2; done
pgport=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$')
echo "== pgbench, one insert per transaction, $conc clients, ${secs}s"
pgbench -n -h localhost -p "$pgport" -U postgres -c "$conc" -j 2 -T "$secs" \
  -f scripts/bench/insert-one-per-transaction.sql postgres 2>&1 | grep -E 'tps|latency average'
echo "== webhook ack path (POST /webhooks/meta), $conc senders, ${secs}s"
java scripts/bench/AckPathLoad.java "http://localhost:$port/webhooks/meta" bench "$conc" "$secs"
psql -h localhost -p "$pgport" -U postgres -Atc \
  "SELECT 'ack-path rows: ' || count(*) || ', transactions: ' || count(DISTINCT xmin::text) FROM inbound_event WHERE delivery_id LIKE 'sha256:%'" postgres
