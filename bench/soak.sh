#!/usr/bin/env bash
# Soak test (issue 15): SOAK_MINUTES (10) of a mixed workload through the gateway against all seven services, the
# production profile, the local MariaDB (fresh throw-away schemas bantu_soak_*) and a Redis of its own (a
# redis-server on a free port, never the machine's shared one). About SOAK_USERS (50) concurrent users, each with a
# think time of 0.2-1 s between requests: logins 2 %, lists 60 %, reads by id 20 %, writes 18 % across foundation,
# service-management, business, workflow, finance and analytics. Every minute: requests, errors by status, p50/p99
# per route group, each process's RSS and the load average. Writes bench/results/soak.md with the targets checked:
#   - no error other than 429 on logins;
#   - no RSS growth after minute 3 beyond 10 % (minute 3 → last minute, per process);
#   - p99 of each route group in the last minute within 1.5 x its p99 in minute 2.
# Bounded: the load stops after SOAK_MINUTES; every process is stopped at the end (also on Ctrl-C). Not run in CI.
#
#   ./mvnw -q -DskipTests package        # once (the seven jars)
#   bash bench/soak.sh                   # 10 minutes
#   SOAK_MINUTES=3 bash bench/soak.sh    # a short run (the result file says how long it ran)
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES=${SOAK_MINUTES:-10}
USERS=${SOAK_USERS:-50}
BASE_PORT=${SOAK_BASE_PORT:-19180}
DB_HOST=${SOAK_DB_HOST:-127.0.0.1}
DB_PORT=${SOAK_DB_PORT:-3306}
OUT=${SOAK_OUT:-bench/results/soak.md}
JVM_FLAGS=${JVM_FLAGS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx256m"}
SERVICES=(foundation-service service-management-service analytics-monitoring-service business-service
          workflow-service finance-service gateway-service)

command -v redis-server >/dev/null || { echo "redis-server is missing" >&2; exit 1; }
command -v mariadb >/dev/null || { echo "the mariadb client is missing" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }
for s in "${SERVICES[@]}"; do
  [ -f "$s/target/$s.jar" ] || { echo "$s/target/$s.jar is missing: ./mvnw -q -DskipTests package" >&2; exit 1; }
done
port_open() { (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
for i in $(seq 0 7); do port_open $((BASE_PORT + i)) && { echo "port $((BASE_PORT + i)) is in use" >&2; exit 1; }; done

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

REDIS_PORT=$((BASE_PORT + 7))
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)

port_of() { local i; for i in "${!SERVICES[@]}"; do [ "${SERVICES[$i]}" = "$1" ] && echo $((BASE_PORT + i)); done; return 0; }
ADMIN_PASSWORD="Soak-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export BANTU_JWT_SECRET
BANTU_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
export SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=$REDIS_PORT BANTU_LOG_FORMAT=
for s in "${SERVICES[@]}"; do
  name=$(echo "${s%-service}" | tr 'a-z-' 'A-Z_')
  export "BANTU_SERVICES_${name}_URL=http://127.0.0.1:$(port_of "$s")"
done

PROCS=""
for s in "${SERVICES[@]}"; do
  port=$(port_of "$s")
  env_db=()
  if [ "$s" != gateway-service ]; then
    schema="bantu_soak_$(echo "${s%-service}" | tr '-' '_')"
    mariadb -uroot -h"$DB_HOST" -P"$DB_PORT" -e "DROP DATABASE IF EXISTS \`$schema\`; CREATE DATABASE \`$schema\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    env_db=(SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$schema" SPRING_DATASOURCE_USERNAME=root
            SPRING_DATASOURCE_PASSWORD= BANTU_ADMIN_PASSWORD="$ADMIN_PASSWORD" BANTU_FILES_DIR="$WORK/files")
  fi
  # shellcheck disable=SC2086
  env "${env_db[@]}" java $JVM_FLAGS -Dreactor.netty.native=false -jar "$s/target/$s.jar" --server.port="$port" \
    --logging.structured.format.console= > "$WORK/$s.log" 2>&1 &
  PIDS+=($!)
  PROCS="$PROCS $s=$!"
done

echo "soak: waiting for the seven services (logs in $WORK)"
deadline=$((SECONDS + ${SOAK_START_SECONDS:-900}))
for s in "${SERVICES[@]}"; do
  until curl -fs "http://127.0.0.1:$(port_of "$s")/actuator/health/readiness" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "$s did not become ready; last lines:" >&2; tail -20 "$WORK/$s.log" >&2; exit 1; }
    sleep 2
  done
done
echo "soak: ready after ${SECONDS} s; load for $MINUTES min with $USERS users"

# where each service's log stood when the load began (its WARN lines from then on are reported below)
declare -A LOG_START
for s in "${SERVICES[@]}"; do LOG_START[$s]=$(wc -l < "$WORK/$s.log"); done

python3 bench/soak.py --gateway "http://127.0.0.1:$(port_of gateway-service)" \
  --foundation "http://127.0.0.1:$(port_of foundation-service)" --admin-password "$ADMIN_PASSWORD" \
  --minutes "$MINUTES" --users "$USERS" --procs "$PROCS" --out "$OUT"

# the services' own WARN/ERROR lines (a 503 is logged by the service that answered it, with its cause: a neighbour's
# read timeout, an open breaker, a pool that gave no connection), so an error in the table can be traced; the logs
# themselves go with the run's directory
{
  echo
  echo "## WARN and ERROR lines of the services under load (first 15 of each, with the count)"
  echo
  for s in "${SERVICES[@]}"; do
    tail -n +"$((LOG_START[$s] + 1))" "$WORK/$s.log" > "$WORK/$s.load.log"
    n=$(grep -cE ' (WARN|ERROR) ' "$WORK/$s.load.log" || true)
    [ "${n:-0}" -gt 0 ] || continue
    echo "- $s: $n line(s)"
    echo
    echo '```'
    grep -E ' (WARN|ERROR) ' "$WORK/$s.load.log" | head -15 | cut -c1-400
    echo '```'
    echo
  done
} >> "$OUT"
echo "soak: results in $OUT"
