#!/usr/bin/env bash
# Benchmark of the analytics cache (issue 5): GET /api/analytics-monitoring/analytics/customers/summary with
# 100 000 customers (and 20 000 service records) in service-management-service, p50/p99 on a cache hit, on a miss
# (analytics:* keys deleted before each miss), of the source endpoint itself, and with analytics' Redis stopped.
# Writes bench/results/analytics.md.
#
# What it starts (and stops again): its own redis-server on BENCH_REDIS_PORT for analytics (so it can be shut
# down without touching the machine's Redis), service-management-service on BENCH_SM_PORT and
# analytics-monitoring-service on BENCH_PORT, both against the local MariaDB (root, no password) in throw-away
# schemas. service-management uses the machine's Redis (127.0.0.1:6379, db 12) for its token-revocation check.
# Customers and service records are seeded with bulk SQL, not the API. Every loop is bounded.
#
#   bash bench/analytics.sh                                  # about 6 minutes on 2 cores
#   BENCH_HITS=500 BENCH_MISSES=50 BENCH_STOPPED=50 bash bench/analytics.sh    # quick check
# BENCH_SOURCE_TIMEOUT (default 5s) is analytics' read timeout towards service-management for the run: the summary
# over 100 000 customers takes about a second here, more when the 2 cores are busy, and the production default of
# 2 s would turn the slow misses into 503s.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
SQL="mariadb -uroot -h$DB_HOST -P$DB_PORT"
SM_DB=${BENCH_SM_DB:-bantu_sm_analytics_bench}
AN_DB=${BENCH_AN_DB:-bantu_analytics_bench}
SM_PORT=${BENCH_SM_PORT:-18182}
PORT=${BENCH_PORT:-18183}
REDIS_PORT=${BENCH_REDIS_PORT:-16399}
CUSTOMERS=${BENCH_CUSTOMERS:-100000}
HITS=${BENCH_HITS:-2000}
MISSES=${BENCH_MISSES:-100}
STOPPED=${BENCH_STOPPED:-100}
SM_JAR="$ROOT/service-management-service/target/service-management-service.jar"
JAR="$ROOT/analytics-monitoring-service/target/analytics-monitoring-service.jar"
OUT="$ROOT/bench/results/analytics.md"
SM_LOG="$ROOT/bench/results/analytics-sm.log.tmp"
AN_LOG="$ROOT/bench/results/analytics-service.log.tmp"
REDIS_LOG="$ROOT/bench/results/analytics-redis.log.tmp"
JVM="-Xmx512m -XX:+UseSerialGC"

for tool in mariadb redis-server redis-cli openssl java curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
if (exec 3<>/dev/tcp/127.0.0.1/"$REDIS_PORT") 2>/dev/null; then
  echo "port $REDIS_PORT is taken: set BENCH_REDIS_PORT" >&2; exit 1
fi
[ -f "$SM_JAR" ] || (cd "$ROOT" && mvn -B -q -o -f service-management-service/pom.xml package -DskipTests)
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -o -f analytics-monitoring-service/pom.xml package -DskipTests)
# run copies, so a rebuild of a module during the run cannot pull a jar from under a running JVM
JARS=$(mktemp -d)
cp "$SM_JAR" "$JARS/sm.jar" && SM_JAR="$JARS/sm.jar"
cp "$JAR" "$JARS/an.jar" && JAR="$JARS/an.jar"

# ---------------------------------------------------------------- a signed admin token (HS256) for the bench secret
SECRET="bench-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"bench-admin","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"bench","roles":["ADMIN"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
TOKEN="$header.$payload.$signature"

# ---------------------------------------------------------------- processes (each stopped on exit by its own pid)
REDIS_PID= SM_PID= AN_PID=
cleanup() {
  for pid in $AN_PID $SM_PID $REDIS_PID; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${BENCH_KEEP_DB:-0}" = 1 ] || $SQL -e "DROP DATABASE IF EXISTS $SM_DB; DROP DATABASE IF EXISTS $AN_DB" 2>/dev/null || true
  rm -rf "$JARS"
}
trap cleanup EXIT
wait_ready() { # $1 = port, $2 = pid, $3 = log
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "process on :$1 died, see $3" >&2; exit 1; }
    sleep 1
  done
  echo "process on :$1 not ready, see $3" >&2; exit 1
}

$SQL -e "DROP DATABASE IF EXISTS $SM_DB; CREATE DATABASE $SM_DB CHARACTER SET utf8mb4;
         DROP DATABASE IF EXISTS $AN_DB; CREATE DATABASE $AN_DB CHARACTER SET utf8mb4"

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$REDIS_LOG" 2>&1 &
REDIS_PID=$!
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

SERVER_PORT=$SM_PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$SM_DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=12 BANTU_JWT_SECRET="$SECRET" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 \
  java $JVM -jar "$SM_JAR" --logging.level.com.bantu.service-calls=WARN > "$SM_LOG" 2>&1 &
SM_PID=$!
wait_ready "$SM_PORT" "$SM_PID" "$SM_LOG"

# ---------------------------------------------------------------- bulk seeding: customers over the last 700 days,
# a service record in the last 60 days for every 5th customer (about half of those count as active: 30 days)
echo "seeding $CUSTOMERS customers…"
t0=$(date +%s)
$SQL "$SM_DB" -e "
  CREATE TABLE bench_digits (d INT PRIMARY KEY);
  INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
  CREATE TABLE bench_n (n INT PRIMARY KEY)
    SELECT a.d + b.d * 10 + c.d * 100 + d.d * 1000 + e.d * 10000 + f.d * 100000 AS n
    FROM bench_digits a, bench_digits b, bench_digits c, bench_digits d, bench_digits e, bench_digits f;
  INSERT INTO customers (id, name, code, customer_type, customer_source_type, agent_id, tags, is_locked, is_active,
                         version, created_at, updated_at)
  SELECT CONCAT('00000000-0000-4000-8000-', LPAD(n, 12, '0')), CONCAT('Bench customer ', n),
         CONCAT('BENCH', LPAD(n, 9, '0')),
         IF(n % 3 = 0, 'organization', 'individual'), IF(n % 5 = 0, 'agent', 'own'),
         IF(n % 5 = 0, '00000000-0000-4000-9000-000000000001', NULL), '[]', FALSE, TRUE, 0,
         NOW() - INTERVAL (n % 700) DAY - INTERVAL (n % 86400) SECOND,
         NOW() - INTERVAL (n % 700) DAY - INTERVAL (n % 86400) SECOND
  FROM bench_n WHERE n < $CUSTOMERS;
  INSERT INTO service_records (id, customer_id, status, priority, currency_code, quantity, is_locked, is_urgent,
                               is_important, is_active, version, created_at, updated_at)
  SELECT CONCAT('00000000-0000-4000-7000-', LPAD(n, 12, '0')), CONCAT('00000000-0000-4000-8000-', LPAD(n, 12, '0')),
         ELT(1 + n % 5, 'pending', 'in_progress', 'completed', 'cancelled', 'on_hold'),
         ELT(1 + n % 4, 'low', 'normal', 'high', 'urgent'), 'CNY', 1, FALSE, FALSE, FALSE, TRUE, 0,
         NOW() - INTERVAL (n % 60) DAY, NOW() - INTERVAL (n % 60) DAY
  FROM bench_n WHERE n < $CUSTOMERS AND n % 5 = 0;
  ANALYZE TABLE customers, service_records;" >/dev/null
echo "  seeded in $(( $(date +%s) - t0 )) s"

SERVER_PORT=$PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$AN_DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=$REDIS_PORT \
BANTU_JWT_SECRET="$SECRET" BANTU_SERVICES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$SM_PORT" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 BANTU_ALERT_SAMPLER_ENABLED=false \
BANTU_INTERNAL_READ_TIMEOUT=${BENCH_SOURCE_TIMEOUT:-5s} \
  java $JVM -jar "$JAR" --logging.level.com.bantu.service-calls=WARN > "$AN_LOG" 2>&1 &
AN_PID=$!
wait_ready "$PORT" "$AN_PID" "$AN_LOG"

# ---------------------------------------------------------------- measuring
echo "measuring: $HITS hits, $MISSES misses (+ as many source calls), $STOPPED with Redis stopped (+ source calls)…"
RESULT=$(java "$ROOT/bench/AnalyticsBench.java" \
  "http://127.0.0.1:$PORT/api/analytics-monitoring/analytics/customers/summary" "$TOKEN" 127.0.0.1 "$REDIS_PORT" \
  "http://127.0.0.1:$SM_PORT/internal/stats/customers" "$HITS" "$MISSES" "$STOPPED")
REDIS_PID=   # shut down by the client (SHUTDOWN NOSAVE)
echo "$RESULT"
field() { awk -v p="$1" -v c="$2" '$1 == p {print $c}' <<<"$RESULT"; }
HIT50=$(field hit 3); HIT99=$(field hit 4)
MISS50=$(field miss 3); MISS99=$(field miss 4)
SRC50=$(field source-during-miss 3); SRC99=$(field source-during-miss 4)
DOWN50=$(field redis-stopped 3); DOWN99=$(field redis-stopped 4)
SRCD50=$(field source-during-stopped 3); SRCD99=$(field source-during-stopped 4)
RATIO=$(awk -v m="$MISS50" -v h="$HIT50" 'BEGIN {printf "%.1f", m / h}')
LIMIT=$(awk -v m="$MISS99" 'BEGIN {printf "%.2f", m + 250}')
PASS1=$(awk -v r="$RATIO" 'BEGIN {print (r >= 20) ? "met" : "NOT met"}')
PASS2=$(awk -v d="$DOWN99" -v l="$LIMIT" 'BEGIN {print (d <= l) ? "met" : "NOT met"}')
TOTAL=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SM_PORT/internal/stats/customers" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
WARNINGS=$(grep -c "Redis unavailable" "$AN_LOG" || true)

{
  echo "# Analytics cache benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/analytics.sh\` on this machine ($(nproc) cores, MariaDB"
  echo "$($SQL -N -e 'SELECT VERSION()'), $(redis-server --version | awk '{print $1, $2, $3}'), JVM \`$(java -version 2>&1 | head -1)\`)."
  echo "Request: \`GET /api/analytics-monitoring/analytics/customers/summary\` (ADMIN token), sequential on one"
  echo "keep-alive connection after 100 warm-up misses and hits; client, both services, MariaDB and Redis share the"
  echo "2 cores. service-management-service holds $TOTAL customers and $((CUSTOMERS / 5)) service records (bulk SQL)."
  echo "Analytics' read timeout towards the source: ${BENCH_SOURCE_TIMEOUT:-5s}. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| case | requests | p50 (ms) | p99 (ms) |"
  echo "|---|---|---|---|"
  echo "| cache hit (served from Redis) | $HITS | $HIT50 | $HIT99 |"
  echo "| cache miss (\`analytics:*\` deleted before each request) | $MISSES | $MISS50 | $MISS99 |"
  echo "| source alone, called right after each miss (service-management \`/internal/stats/customers\`) | $MISSES | $SRC50 | $SRC99 |"
  echo "| analytics' Redis stopped (\`SHUTDOWN NOSAVE\`) | $STOPPED | $DOWN50 | $DOWN99 |"
  echo "| source alone, called right after each of those | $STOPPED | $SRCD50 | $SRCD99 |"
  echo
  echo "- hit p50 is **${RATIO}×** faster than miss p50 (target ≥ 20×): $PASS1"
  echo "- Redis stopped: p99 $DOWN99 ms against the limit miss p99 + 250 ms = $LIMIT ms: $PASS2"
  echo "- \"Redis unavailable\" warnings logged during the stopped phase: $WARNINGS (once per outage, not per request)"
} > "$OUT"
echo "wrote $OUT"
cat "$OUT"
