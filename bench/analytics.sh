#!/usr/bin/env bash
# Benchmark of the analytics cache (issues 5 and 16): every aggregate analytics reads from service-management-service
# (customers summary, customer trend per day/week/month, service-record statistics) with 1 000 000 customers and
# 200 000 service records, p50/p99 on a cache hit, on a miss (analytics:* keys deleted before each miss), of the source
# endpoint itself, and (customers summary) with analytics' Redis stopped. Writes bench/results/analytics.md.
#
# What it starts (and stops again): its own redis-server on BENCH_REDIS_PORT for analytics (so it can be shut
# down without touching the machine's Redis), service-management-service on BENCH_SM_PORT and
# analytics-monitoring-service on BENCH_PORT, both against the local MariaDB (root, no password) in throw-away
# schemas. service-management uses the machine's Redis (127.0.0.1:6379, db 12) for its token-revocation check.
# Customers and service records are seeded with bulk SQL, not the API. Every loop is bounded.
#
#   bash bench/analytics.sh                                  # 1 M customers: seeding takes several minutes
#   BENCH_CUSTOMERS=100000 BENCH_HITS=500 BENCH_MISSES=50 BENCH_STOPPED=50 bash bench/analytics.sh   # quick check
# BENCH_CUSTOMERS (default 1 000 000; a service record for every 5th), BENCH_AGGREGATES (names, see AGGREGATE below),
# BENCH_AN_JVM_EXTRA (more JVM options for analytics, e.g. a JFR recording); BENCH_KEEP_DB=1 keeps the schemas, and a
# later run with BENCH_REUSE_DB=1 (same BENCH_CUSTOMERS) skips the seeding.
# The seed is bulk SQL, which service-management's rollup listener does not see: the script then calls
# POST /internal/stats/rollups/rebuild (timed) so the rollups match the tables.
# BENCH_SOURCE_TIMEOUT (default 5s) is analytics' read timeout towards service-management for the run (before the
# rollups a summary over 1 M customers took 2 s, and the production default of 2 s turned misses into 503s).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
SM_DB=${BENCH_SM_DB:-bantu_sm_analytics_bench}
AN_DB=${BENCH_AN_DB:-bantu_analytics_bench}
SM_PORT=${BENCH_SM_PORT:-18182}
PORT=${BENCH_PORT:-18183}
REDIS_PORT=${BENCH_REDIS_PORT:-16399}
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
AGGREGATES=${BENCH_AGGREGATES:-"customers-summary trend-day trend-week trend-month service-records"}
declare -A AGGREGATE=( # name -> analytics path | source path
  [customers-summary]="customers/summary|customers"
  [trend-day]="customers/trend?period=day|customers/trend?period=day"
  [trend-week]="customers/trend?period=week|customers/trend?period=week"
  [trend-month]="customers/trend?period=month|customers/trend?period=month"
  [service-records]="service-records/statistics|service-records"
)
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

bench_require mariadb redis-server redis-cli openssl java curl
bench_init
bench_ports_free "$REDIS_PORT" "$SM_PORT" "$PORT"
[ -f "$SM_JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl service-management-service -am package -DskipTests)
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl analytics-monitoring-service -am package -DskipTests)
# run copies, so a rebuild of a module during the run cannot pull a jar from under a running JVM
SM_JAR=$(bench_copy_jar "$SM_JAR" sm.jar)
JAR=$(bench_copy_jar "$JAR" an.jar)

# ---------------------------------------------------------------- a signed admin token (HS256) for the bench secret
bench_secret
TOKEN=$(bench_token bench-admin ADMIN)
SERVICE_TOKEN=$(bench_token analytics-monitoring-service SERVICE)   # /internal/** takes service tokens only

# ---------------------------------------------------------------- processes (each stopped on exit by its own pid)
REDIS_PID=
bench_cleanup_hook() {
  bench_stop "$REDIS_PID"
  [ "${BENCH_KEEP_DB:-0}" = 1 ] || $SQL -e "DROP DATABASE IF EXISTS $SM_DB; DROP DATABASE IF EXISTS $AN_DB" 2>/dev/null
}

LOAD_START=$(loadavg)
# BENCH_REUSE_DB=1 with BENCH_KEEP_DB=1: keep a schema seeded by an earlier run with the same BENCH_CUSTOMERS
REUSE=0
if [ "${BENCH_REUSE_DB:-0}" = 1 ] && [ "$($SQL -N -e "SELECT COUNT(*) FROM $SM_DB.customers" 2>/dev/null || echo 0)" = "$CUSTOMERS" ]; then
  REUSE=1
fi
[ "$REUSE" = 1 ] || $SQL -e "DROP DATABASE IF EXISTS $SM_DB; CREATE DATABASE $SM_DB CHARACTER SET utf8mb4"
$SQL -e "DROP DATABASE IF EXISTS $AN_DB; CREATE DATABASE $AN_DB CHARACTER SET utf8mb4"

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$REDIS_LOG" 2>&1 &
REDIS_PID=$!
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

SERVER_PORT=$SM_PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$SM_DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=12 BANTU_JWT_SECRET="$SECRET" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 \
  java $JVM -jar "$SM_JAR" --logging.level.com.bantu.service-calls=WARN > "$SM_LOG" 2>&1 &
SM_PID=$!; bench_track "$SM_PID"
wait_ready "$SM_PORT" "$SM_PID" "$SM_LOG"

# ---------------------------------------------------------------- bulk seeding: customers over the last 700 days,
# a service record in the last 60 days for every 5th customer (about half of those count as active: 30 days)
t0=$(date +%s)
if [ "$REUSE" = 1 ]; then echo "reusing the $CUSTOMERS customers of $SM_DB"; else
echo "seeding $CUSTOMERS customers…"
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
fi
SEED_S=$(( $(date +%s) - t0 ))
echo "  seeded in $SEED_S s"
t0=$(date +%s%N)
curl -fsS -X POST -H "Authorization: Bearer $SERVICE_TOKEN" "http://127.0.0.1:$SM_PORT/internal/stats/rollups/rebuild" >/dev/null
REBUILD_S=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
echo "  rollups rebuilt in $REBUILD_S s"
# the same figures from the base tables, as service-management computed them before the rollups (SQL only, through
# the mariadb client, median of 3): the "before" of this run
median_sql_ms() {
  local i t0
  for i in 1 2 3; do   # a failed statement (e.g. the server's connection limit) counts as "-", not as a time
    t0=$(date +%s%N)
    if $SQL "$SM_DB" -e "$1" >/dev/null; then echo $(( ($(date +%s%N) - t0) / 1000000 )); else echo -; fi
  done | median
}
declare -A BEFORE
BEFORE[customers-summary]=$(median_sql_ms "SELECT customer_type, customer_source_type, COUNT(*) FROM customers
  WHERE deleted_at IS NULL GROUP BY customer_type, customer_source_type;
  SELECT COUNT(DISTINCT r.customer_id) FROM service_records r JOIN customers c ON c.id = r.customer_id
  WHERE r.created_at >= NOW() - INTERVAL 30 DAY AND r.deleted_at IS NULL AND c.deleted_at IS NULL")
for p in day:29 week:83 month:365; do
  BEFORE[trend-${p%%:*}]=$(median_sql_ms "SELECT CAST(created_at AS DATE), COUNT(*) FROM customers WHERE deleted_at IS NULL
    AND created_at >= CURDATE() - INTERVAL ${p##*:} DAY GROUP BY CAST(created_at AS DATE)")
done
BEFORE[service-records]=$(median_sql_ms "SELECT status, COUNT(*) FROM service_records WHERE deleted_at IS NULL GROUP BY status;
  SELECT priority, COUNT(*) FROM service_records WHERE deleted_at IS NULL GROUP BY priority;
  SELECT sales_user_id, COUNT(*) FROM service_records WHERE deleted_at IS NULL AND sales_user_id IS NOT NULL
  GROUP BY sales_user_id")
echo "  before (base-table SQL, ms): $(for k in "${!BEFORE[@]}"; do printf '%s=%s ' "$k" "${BEFORE[$k]}"; done)"

SERVER_PORT=$PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$AN_DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=$REDIS_PORT \
BANTU_JWT_SECRET="$SECRET" BANTU_SERVICES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$SM_PORT" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 BANTU_ALERT_SAMPLER_ENABLED=false \
BANTU_INTERNAL_READ_TIMEOUT=${BENCH_SOURCE_TIMEOUT:-5s} \
  java $JVM ${BENCH_AN_JVM_EXTRA:-} -jar "$JAR" --logging.level.com.bantu.service-calls=WARN > "$AN_LOG" 2>&1 &
AN_PID=$!; bench_track "$AN_PID"
wait_ready "$PORT" "$AN_PID" "$AN_LOG"

# ---------------------------------------------------------------- measuring
echo "measuring: per aggregate $HITS hits, $MISSES misses (+ as many source calls); $STOPPED with Redis stopped…"
ARGS=()
for name in $AGGREGATES; do
  spec=${AGGREGATE[$name]:?unknown aggregate $name}
  ARGS+=("$name|http://127.0.0.1:$PORT/api/analytics-monitoring/analytics/${spec%%|*}|http://127.0.0.1:$SM_PORT/internal/stats/${spec##*|}")
done
RESULT=$(java "$ROOT/bench/AnalyticsBench.java" "$TOKEN" "$SERVICE_TOKEN" 127.0.0.1 "$REDIS_PORT" "$HITS" "$MISSES" "$STOPPED" "${ARGS[@]}")
REDIS_PID=   # shut down by the client (SHUTDOWN NOSAVE)
echo "$RESULT"
field() { awk -v p="$1" -v a="$2" -v c="$3" '$1 == p && $2 == a {print $c}' <<<"$RESULT"; }
FIRST=${AGGREGATES%% *}
DOWN50=$(field redis-stopped "$FIRST" 4); DOWN99=$(field redis-stopped "$FIRST" 5)
SRCD50=$(field source-during-stopped "$FIRST" 4); SRCD99=$(field source-during-stopped "$FIRST" 5)
TOTAL=$(curl -s -H "Authorization: Bearer $SERVICE_TOKEN" "http://127.0.0.1:$SM_PORT/internal/stats/customers" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
RECORDS=$($SQL -N "$SM_DB" -e "SELECT COUNT(*) FROM service_records")
WARNINGS=$(grep -c "Redis unavailable" "$AN_LOG" || true)
verdict() { awk -v x="$1" -v lim="$2" 'BEGIN { print (x != "" && x <= lim) ? "met" : "NOT met" }'; }

{
  echo "# Analytics cache benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/analytics.sh\` on this machine ($(nproc) cores, MariaDB"
  echo "$($SQL -N -e 'SELECT VERSION()'), $(redis-server --version | awk '{print $1, $2, $3}'), JVM \`$(java -version 2>&1 | head -1)\`)."
  echo "Requests: \`GET /api/analytics-monitoring/analytics/<aggregate>\` (ADMIN token), sequential on one keep-alive"
  echo "connection after 100 warm-up misses and hits per aggregate (and $HITS untimed hits before the timed ones); client, both services, MariaDB and Redis share the"
  echo "$(nproc) cores (other sessions' work too: see the load). service-management-service holds $TOTAL customers and"
  echo "$RECORDS service records (bulk SQL in $SEED_S s; rollups rebuilt from them in $REBUILD_S s)."
  echo "Analytics' read timeout towards the source: ${BENCH_SOURCE_TIMEOUT:-5s}. Load average at the start: $LOAD_START; at the end: $(loadavg)."
  echo
  echo "| aggregate | before: base-table SQL (ms) | hit p50 (ms) | hit p99 | miss p50 | miss p99 | source alone p50 | source p99 | miss p50 ≤ 100 ms | hit p50 ≤ 1 ms |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for name in $AGGREGATES; do
    h50=$(field hit "$name" 4); m50=$(field miss "$name" 4)
    echo "| $name | ${BEFORE[$name]:-} | $h50 | $(field hit "$name" 5) | $m50 | $(field miss "$name" 5) | $(field source-during-miss "$name" 4) | $(field source-during-miss "$name" 5) | $(verdict "$m50" 100) | $(verdict "$h50" 1) |"
  done
  echo
  echo "$HITS hits and $MISSES misses per aggregate (\`analytics:*\` deleted before each miss; each miss followed by a"
  echo "direct call of the source, \`/internal/stats/…\` on service-management, which reads its rollup tables). \"Before\":"
  echo "the GROUP BY queries service-management ran on its base tables before the rollups (migration V20), timed in this"
  echo "run through the mariadb client, median of 3."
  if [ "$STOPPED" -gt 0 ]; then
    echo
    echo "Analytics' Redis stopped (\`SHUTDOWN NOSAVE\`), $FIRST, $STOPPED requests: p50 $DOWN50 ms, p99 $DOWN99 ms (the source"
    echo "alone right after each: p50 $SRCD50 ms, p99 $SRCD99 ms). \"Redis unavailable\" warnings logged: $WARNINGS (once per outage)."
  fi
} > "$OUT"
echo "wrote $OUT"
cat "$OUT"
