#!/usr/bin/env bash
# Times the packaged jar on the embedded database from launch to /q/health/ready = 200, then stops it
# with SIGTERM and checks that no postgres process of it is left. Run after ./mvnw package -DskipTests.
# Usage: scripts/measure-startup.sh [runs]   (the first run creates the database: initdb + migrations)
set -euo pipefail
runs=${1:-5}
port=${PORT:-18080}
data=$(mktemp -d)/pg
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  TRIAGE_EMBEDDED_DB=true TRIAGE_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1)) java -jar "$jar" >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$((port + 1))/q/health/ready")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the jar exited" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" || true
  left=$(pgrep -f -- "-D $data" | wc -l || true)
  echo "run $i: ready in ${ready} ms; postgres processes left after SIGTERM: $left"
done
rm -rf "$(dirname "$data")"
