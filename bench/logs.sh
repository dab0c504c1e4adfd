#!/usr/bin/env bash
# Benchmark of the system logs (issue 14): analytics' log_entries at BENCH_ENTRIES rows (default 5 000 000, spread
# over the 14-day retention window), POST /api/analytics-monitoring/logs/query by level and time range and by
# keyword, and GET /logs/statistics, p50/p99 of sequential requests; then the CPU cost of shipping per logged
# request: two service-management-service instances in the same run, same logging, one shipping its log events to
# analytics (common-lib's LogShipper) and one not, CPU time of each process per request.
# Writes bench/results/logs.md (BENCH_OUT: another file, e.g. for a run on a loaded machine that is not to be kept).
#
# What it starts (and stops again): analytics-monitoring-service on BENCH_PORT and two service-management-service
# instances (BENCH_SM_PORT, BENCH_SM_PORT+1), against the local MariaDB (root, no password) in throw-away schemas,
# and the machine's Redis (db BENCH_REDIS_DB, default 12) for their token-revocation check. Log entries are
# seeded with bulk SQL (MariaDB's SEQUENCE engine), its B-tree secondary indexes dropped during the load and rebuilt
# after it with their own definitions (the FULLTEXT index is kept during the load).
# Every loop is bounded.
#
#   bash bench/logs.sh                                        # 5 M entries
#   BENCH_ENTRIES=500000 BENCH_QUERIES=30 BENCH_SHIP_DURATION=10s bash bench/logs.sh   # quick check
#   BENCH_SEED_SCHEMA=logs_seed bash bench/logs.sh   # reuse log_entries already seeded in schema logs_seed (same
#                                                    # columns and indexes): moved in with RENAME TABLE, moved back
#                                                    # at the end (the shipping part's entries stay in it)
#   BENCH_SAVE_SEED=logs_seed BENCH_PARTS=queries bash bench/logs.sh   # seed only, keep the table in schema logs_seed
#   BENCH_PARTS=ship BENCH_SHIP_MODE=together BENCH_OUT=/tmp/ship.md bash bench/logs.sh   # both instances loaded at
#                                                    # once (the same contention from analytics' ingestion for both)
#   BENCH_SHIP_CONTROL=1 BENCH_PARTS=ship BENCH_SHIP_MODE=together bash bench/logs.sh   # A/A control: neither ships
set -euo pipefail

ROOT=${BENCH_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
. "$ROOT/bench/lib.sh"
AN_DB=${BENCH_AN_DB:-bantu_logs_bench}
SM_DB=${BENCH_SM_DB:-bantu_sm_logs_bench}
PORT=${BENCH_PORT:-18283}
SM_PORT=${BENCH_SM_PORT:-18284}
ENTRIES=${BENCH_ENTRIES:-5000000}
QUERIES=${BENCH_QUERIES:-100}
CHUNK=${BENCH_CHUNK:-500000}
SHIP_DURATION=${BENCH_SHIP_DURATION:-30s}
SHIP_ROUNDS=${BENCH_SHIP_ROUNDS:-3}
SHIP_WARMUP=${BENCH_SHIP_WARMUP:-30s}
SEED_SCHEMA=${BENCH_SEED_SCHEMA:-}
PARTS=${BENCH_PARTS:-"queries ship"}   # "queries", "ship" or both
JAR="$ROOT/analytics-monitoring-service/target/analytics-monitoring-service.jar"
SM_JAR="$ROOT/service-management-service/target/service-management-service.jar"
OUT=${BENCH_OUT:-"$ROOT/bench/results/logs.md"}
REDIS_DB=${BENCH_REDIS_DB:-12}
JVM=${BENCH_JVM:-"-Xmx512m -XX:+UseSerialGC"}

bench_require mariadb openssl java curl wrk
bench_init
TMP=$WORK
for jar in "$JAR" "$SM_JAR"; do
  [ -f "$jar" ] || { echo "build first: ./mvnw -o package -DskipTests -pl analytics-monitoring-service,service-management-service -am ($jar)" >&2; exit 1; }
done
# private copies, so a rebuild during the run does not pull the jar from under the JVMs
JAR=$(bench_copy_jar "$JAR" an.jar)
SM_JAR=$(bench_copy_jar "$SM_JAR" sm.jar)

# ---------------------------------------------------------------- an ADMIN token (HS256) for the bench secret
bench_secret
TOKEN=$(bench_token 00000000-0000-4000-8000-0000000000ad ADMIN)

MOVED_IN=
bench_cleanup_hook() {
  if [ -n "$MOVED_IN" ]; then $SQL -e "RENAME TABLE $AN_DB.log_entries TO $SEED_SCHEMA.log_entries" || true; fi
  $SQL -e "DROP DATABASE IF EXISTS $AN_DB; DROP DATABASE IF EXISTS $SM_DB; DROP DATABASE IF EXISTS ${SM_DB}_2" || true
}

# ---------------------------------------------------------------- analytics
$SQL -e "DROP DATABASE IF EXISTS $AN_DB; CREATE DATABASE $AN_DB CHARACTER SET utf8mb4"
SERVER_PORT=$PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$AN_DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=$REDIS_DB BANTU_JWT_SECRET="$SECRET" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 BANTU_SERVICES_SERVICE_MANAGEMENT_URL=http://127.0.0.1:9 \
BANTU_ALERT_SAMPLER_ENABLED=false BANTU_LOGS_RETENTION_INTERVAL=24h \
  java $JVM -jar "$JAR" > "$TMP/an.log" 2>&1 &
AN_PID=$!
bench_track "$AN_PID"
wait_ready "$PORT" "$AN_PID" "$TMP/an.log"

if [[ " $PARTS " == *" queries "* ]]; then
# ---------------------------------------------------------------- seeding (bulk SQL, indexes rebuilt afterwards)
LOAD_S=0; INDEX_S=0
if [ -n "$SEED_SCHEMA" ]; then
echo "moving $SEED_SCHEMA.log_entries in..."
$SQL -e "DROP TABLE $AN_DB.log_entries; RENAME TABLE $SEED_SCHEMA.log_entries TO $AN_DB.log_entries"
MOVED_IN=1
else
echo "seeding $ENTRIES log entries..."
INDEXES=$($SQL -N "$AN_DB" -e "
  SELECT CONCAT('ALTER TABLE log_entries ADD ', IF(index_type = 'FULLTEXT', 'FULLTEXT ', ''), 'INDEX ', index_name, ' (',
                GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ', '), ');')
  FROM information_schema.statistics
  WHERE table_schema = '$AN_DB' AND table_name = 'log_entries' AND index_name <> 'PRIMARY'
    AND index_type <> 'FULLTEXT'
  GROUP BY index_name, index_type")
# the FULLTEXT index stays during the load: on MariaDB 10.11 a FULLTEXT index dropped, then re-added after rows were
# inserted, finds nothing (checked by hand), so only the B-tree indexes are rebuilt
DROPS=$($SQL -N "$AN_DB" -e "
  SELECT DISTINCT CONCAT('ALTER TABLE log_entries DROP INDEX ', index_name, ';') FROM information_schema.statistics
  WHERE table_schema = '$AN_DB' AND table_name = 'log_entries' AND index_name <> 'PRIMARY'
    AND index_type <> 'FULLTEXT'")
$SQL "$AN_DB" -e "$DROPS"
t0=$(date +%s)
WINDOW=$((14 * 86400 - 3600))  # seconds: the retention window less an hour (the retention job must keep them all)
for ((lo = 0; lo < ENTRIES; lo += CHUNK)); do
  hi=$((lo + CHUNK < ENTRIES ? lo + CHUNK : ENTRIES))
  $SQL "$AN_DB" -e "
    INSERT INTO log_entries (id, log_time, level, service, message, logger_name, file_name, module, thread, process,
                             host, request_id, received_at)
    SELECT CONCAT('00000000-0000-4000-8000-', LPAD(seq, 12, '0')),
           NOW(3) - INTERVAL FLOOR(seq * $WINDOW / $ENTRIES) SECOND - INTERVAL (seq % 1000) * 1000 MICROSECOND,
           ELT(1 + seq % 20, 'ERROR', 'WARNING', 'WARNING', 'DEBUG', 'DEBUG', 'DEBUG', 'INFO', 'INFO', 'INFO', 'INFO',
               'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO'),
           ELT(1 + seq % 7, 'foundation-service', 'service-management-service', 'analytics-monitoring-service',
               'business-service', 'finance-service', 'workflow-service', 'gateway-service'),
           CONCAT(ELT(1 + (seq DIV 7) % 10, 'Customer created', 'Order submitted for approval', 'Payment confirmed',
                      'Login succeeded for user', 'Token refreshed', 'Invoice generated',
                      'Connection timeout calling foundation-service', 'Service record status changed',
                      'Product price updated', 'Cache miss for analytics summary'), ' ref ', seq),
           CONCAT('com.bantu.bench.Component', seq % 40), CONCAT('Component', seq % 40, '.java'),
           CONCAT('Component', seq % 40), CONCAT('http-nio-exec-', seq % 20), 4242, 'bench-host',
           CONCAT('req-', seq DIV 3), NOW(3) - INTERVAL FLOOR(seq * $WINDOW / $ENTRIES) SECOND
    FROM seq_${lo}_to_$((hi - 1))"
  echo "  $hi rows ($(( $(date +%s) - t0 )) s)"
done
LOAD_S=$(( $(date +%s) - t0 ))
t0=$(date +%s)
$SQL "$AN_DB" -e "$INDEXES ANALYZE TABLE log_entries;" >/dev/null
INDEX_S=$(( $(date +%s) - t0 ))
fi
# the hourly counters of the statistics (the service keeps them for what it stores; bulk SQL bypasses it)
t0=$(date +%s)
$SQL "$AN_DB" -e "DELETE FROM log_counts_hourly;
  INSERT INTO log_counts_hourly (bucket_hour, service, level, entries)
  SELECT DATE_FORMAT(log_time, '%Y-%m-%d %H:00:00'), service, level, COUNT(*) FROM log_entries
  GROUP BY DATE_FORMAT(log_time, '%Y-%m-%d %H:00:00'), service, level"
COUNTS_S=$(( $(date +%s) - t0 ))
ROWS=$($SQL -N "$AN_DB" -e "SELECT COUNT(*) FROM log_entries")
echo "  loaded in $LOAD_S s, indexes rebuilt in $INDEX_S s, hourly counters in $COUNTS_S s, $ROWS rows"
if [ -n "${BENCH_SAVE_SEED:-}" ] && [ -z "$SEED_SCHEMA" ]; then   # keep the seeded table for later runs and stop here
  $SQL -e "CREATE DATABASE IF NOT EXISTS $BENCH_SAVE_SEED; DROP TABLE IF EXISTS $BENCH_SAVE_SEED.log_entries;
           RENAME TABLE $AN_DB.log_entries TO $BENCH_SAVE_SEED.log_entries"
  echo "seeded log_entries kept in schema $BENCH_SAVE_SEED (use it with BENCH_SEED_SCHEMA=$BENCH_SAVE_SEED)"
  exit 0
fi

# ---------------------------------------------------------------- query latency (sequential requests)
LOGS="http://127.0.0.1:$PORT/api/analytics-monitoring/logs"
iso() { date -u -d "$1" +%Y-%m-%dT%H:%M:%S.000Z; }
DAY_START=$(iso "-1 day"); WEEK_START=$(iso "-7 days"); END=$(iso "now")
declare -A P50 P99 TOTAL
measure() { # $1 = label, $2 = method, $3 = url, $4 = JSON body (POST) ; QUERIES sequential requests
  local label=$1 method=$2 url=$3 body=${4:-} first
  if [ "$method" = POST ]; then
    first=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" "$url")
  else
    first=$(curl -s -H "Authorization: Bearer $TOKEN" "$url")
  fi
  grep -q '"code":200' <<<"$first" || { echo "$label answered: ${first:0:300}" >&2; exit 1; }
  TOTAL[$label]=$(sed -nE 's/.*"(total|total_logs)":([0-9]+).*/\2/p' <<<"$first")
  # a lower bound (count capped, or a keyword answered from the newest entries of the range)
  if grep -q '"total_exact":false' <<<"$first"; then TOTAL[$label]="≥ ${TOTAL[$label]}"; fi
  : > "$TMP/t"
  for _ in $(seq 1 "$QUERIES"); do
    if [ "$method" = POST ]; then
      curl -s -o /dev/null -w '%{time_total}\n' -X POST -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "$body" "$url" >> "$TMP/t"
    else
      curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url" >> "$TMP/t"
    fi
  done
  P50[$label]=$(sort -n "$TMP/t" | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] * 1000}')
  P99[$label]=$(sort -n "$TMP/t" | awk '{a[NR] = $1} END {i = int(NR * 0.99 + 0.999); if (i > NR) i = NR; printf "%.1f", a[i] * 1000}')
  echo "  $label: p50 ${P50[$label]} ms  p99 ${P99[$label]} ms  (total ${TOTAL[$label]})"
}
SCENARIOS=(
  "level ERROR, last 24 h|POST|$LOGS/query|{\"levels\":[\"ERROR\"],\"start_time\":\"$DAY_START\",\"end_time\":\"$END\",\"page\":1,\"page_size\":50}"
  "level ERROR + one service, last 7 days|POST|$LOGS/query|{\"services\":[\"business-service\"],\"levels\":[\"ERROR\"],\"start_time\":\"$WEEK_START\",\"end_time\":\"$END\",\"page\":1,\"page_size\":50}"
  "level WARNING, no range (whole window), page 20|POST|$LOGS/query|{\"levels\":[\"WARNING\"],\"page\":20,\"page_size\":50}"
  "keyword \\\"timeout\\\" (10 % of rows), last 24 h|POST|$LOGS/query|{\"keyword\":\"timeout\",\"start_time\":\"$DAY_START\",\"end_time\":\"$END\",\"page\":1,\"page_size\":50}"
  "keyword \\\"timeout\\\", no range|POST|$LOGS/query|{\"keyword\":\"timeout\",\"page\":1,\"page_size\":50}"
  "keyword \\\"ref 4242\\\" (rare), last 24 h|POST|$LOGS/query|{\"keyword\":\"ref 4242\",\"start_time\":\"$DAY_START\",\"end_time\":\"$END\",\"page\":1,\"page_size\":50}"
  "keyword \\\"ref 4242\\\", no range|POST|$LOGS/query|{\"keyword\":\"ref 4242\",\"page\":1,\"page_size\":50}"
  "keyword \\\"imeout\\\" (inside a word), last 24 h|POST|$LOGS/query|{\"keyword\":\"imeout\",\"start_time\":\"$DAY_START\",\"end_time\":\"$END\",\"page\":1,\"page_size\":50}"
  "no filter, page 1|POST|$LOGS/query|{\"page\":1,\"page_size\":50}"
  "statistics, last 24 h|GET|$LOGS/statistics?start_time=$DAY_START&end_time=$END|"
  "statistics, whole window|GET|$LOGS/statistics|"
)
echo "query latency ($QUERIES sequential requests each)..."
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r label method url body <<<"$s"
  label=${label//\\\"/\"}
  measure "$label" "$method" "$url" "$body"
done
LOAD_AFTER_QUERIES=$(cut -d' ' -f1-3 /proc/loadavg)
# the statistics against a GROUP BY over the entries themselves (the counters must give the same answer)
CHECK=$($SQL -N "$AN_DB" -e "SELECT COUNT(*) FROM log_entries WHERE log_time >= '$(date -d "$DAY_START" '+%F %T')' AND log_time <= '$(date -d "$END" '+%F %T')'")
echo "  check: entries of the last 24 h by COUNT(*) over the rows (at the end): $CHECK"
fi

if [[ " $PARTS " == *" ship "* ]]; then
# ---------------------------------------------------------------- shipping CPU per logged request
# Both instances log the same (service-call lines at DEBUG: two events per request, to their console file) and
# ship at DEBUG; only BANTU_LOGS_SHIP_ENABLED differs. CPU = utime + stime of the JVM (/proc/<pid>/stat) over a
# fixed-duration wrk run, divided by the requests it completed. Rounds alternate A, B to spread the machine's noise.
start_sm() { # $1 = port, $2 = schema, $3 = ship (true|false)
  $SQL -e "DROP DATABASE IF EXISTS $2; CREATE DATABASE $2 CHARACTER SET utf8mb4"
  SERVER_PORT=$1 SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$2" SPRING_DATASOURCE_USERNAME=root \
  SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=$REDIS_DB \
  BANTU_JWT_SECRET="$SECRET" BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 \
  BANTU_SERVICES_ANALYTICS_MONITORING_URL="http://127.0.0.1:$PORT" BANTU_LOGS_SHIP_ENABLED=$3 \
  BANTU_LOGS_SHIP_LEVEL=DEBUG \
    java $JVM -jar "$SM_JAR" --logging.level.com.bantu.service-calls=DEBUG > "$TMP/sm-$1.log" 2>&1 &
  echo $!
}
# BENCH_SHIP_CONTROL=1: the "shipping" instance does not ship either (an A/A run): what the table then shows as the
# shipping cost is the difference between two identical instances, the noise floor of the comparison
SHIP_ON=true; [ -n "${BENCH_SHIP_CONTROL:-}" ] && SHIP_ON=false
SHIP_PID=$(start_sm "$SM_PORT" "$SM_DB" $SHIP_ON); bench_track "$SHIP_PID"
PLAIN_PID=$(start_sm "$((SM_PORT + 1))" "${SM_DB}_2" false); bench_track "$PLAIN_PID"
wait_ready "$SM_PORT" "$SHIP_PID" "$TMP/sm-$SM_PORT.log"
wait_ready "$((SM_PORT + 1))" "$PLAIN_PID" "$TMP/sm-$((SM_PORT + 1)).log"
declare -A REQ CPU ANCPU
REQ[ship]=0; REQ[plain]=0; CPU[ship]=0; CPU[plain]=0; ANCPU[ship]=0; ANCPU[plain]=0
path="/api/service-management/industries"
BEFORE_SHIPPED=$($SQL -N "$AN_DB" -e "SELECT COUNT(*) FROM log_entries WHERE service = 'service-management-service' AND id NOT LIKE '00000000-0000-4000-8000-%'")
echo "shipping cost: $SHIP_ROUNDS rounds of $SHIP_DURATION per instance..."
for kind in ship plain; do   # warm-up (JIT) of both
  p=$([ $kind = ship ] && echo "$SM_PORT" || echo "$((SM_PORT + 1))")
  wrk -t1 -c2 -d"$SHIP_WARMUP" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$p$path" >/dev/null
done
SHIP_MODE=${BENCH_SHIP_MODE:-alternate}   # alternate: one instance at a time; together: both at once (below)
if [ "$SHIP_MODE" = together ]; then
# Both instances under load at the same time, over the same intervals: analytics' ingestion (and MariaDB's) then
# contends with the plain instance as much as with the shipping one, so the difference is the shipping process's
# own cost, not the slower cores that a busy neighbour leaves it. The ticks of each JVM are its own.
declare -A TG   # thread groups: ticks over all rounds, "<kind> <group>"
for ((round = 1; round <= SHIP_ROUNDS; round++)); do
  thread_ticks "$SHIP_PID" > "$TMP/tg-ship-0"; thread_ticks "$PLAIN_PID" > "$TMP/tg-plain-0"
  cs0=$(ticks "$SHIP_PID"); cp0=$(ticks "$PLAIN_PID"); a0=$(ticks "$AN_PID")
  wrk -t1 -c2 -d"$SHIP_DURATION" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SM_PORT$path" > "$TMP/wrk-ship" &
  w1=$!
  wrk -t1 -c2 -d"$SHIP_DURATION" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$((SM_PORT + 1))$path" > "$TMP/wrk-plain" &
  w2=$!
  wait "$w1" "$w2"
  sleep 3
  cs1=$(ticks "$SHIP_PID"); cp1=$(ticks "$PLAIN_PID"); a1=$(ticks "$AN_PID")
  thread_ticks "$SHIP_PID" > "$TMP/tg-ship-1"; thread_ticks "$PLAIN_PID" > "$TMP/tg-plain-1"
  for kind in ship plain; do
    while read -r g t1; do
      t0=$(awk -v g="$g" '$1 == g {print $2}' "$TMP/tg-$kind-0")
      TG["$kind $g"]=$(( ${TG["$kind $g"]:-0} + t1 - t0 ))
    done < "$TMP/tg-$kind-1"
  done
  for kind in ship plain; do
    n=$(awk '/requests in/ {print $1}' "$TMP/wrk-$kind")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$TMP/wrk-$kind")
    [ -z "$non2xx" ] || { echo "$kind: $non2xx non-2xx answers" >&2; exit 1; }
    if [ $kind = ship ]; then d=$((cs1 - cs0)); else d=$((cp1 - cp0)); fi
    REQ[$kind]=$(( ${REQ[$kind]} + n )); CPU[$kind]=$(( ${CPU[$kind]} + d ))
    [ $kind = ship ] && ANCPU[ship]=$(( ${ANCPU[ship]} + a1 - a0 ))
    echo "  round $round $kind (together): $n requests, $d ticks, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
else
for ((round = 1; round <= SHIP_ROUNDS; round++)); do
  for kind in ship plain; do
    if [ $kind = ship ]; then p=$SM_PORT; pid=$SHIP_PID; else p=$((SM_PORT + 1)); pid=$PLAIN_PID; fi
    c0=$(ticks "$pid"); a0=$(ticks "$AN_PID")
    out=$(wrk -t1 -c2 -d"$SHIP_DURATION" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$p$path")
    sleep 3   # the shipper's last partial batch (flush interval 2 s) is part of the shipping cost
    c1=$(ticks "$pid"); a1=$(ticks "$AN_PID")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    [ -z "$non2xx" ] || { echo "$kind: $non2xx non-2xx answers" >&2; exit 1; }
    REQ[$kind]=$(( ${REQ[$kind]} + n )); CPU[$kind]=$(( ${CPU[$kind]} + c1 - c0 ))
    ANCPU[$kind]=$(( ${ANCPU[$kind]} + a1 - a0 ))
    echo "  round $round $kind: $n requests, $(( c1 - c0 )) ticks, analytics $(( a1 - a0 )) ticks, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
fi
sleep 3
SHIPPED=$(( $($SQL -N "$AN_DB" -e "SELECT COUNT(*) FROM log_entries WHERE service = 'service-management-service' AND id NOT LIKE '00000000-0000-4000-8000-%'") - BEFORE_SHIPPED ))
DROPPED=$(curl -s "http://127.0.0.1:$SM_PORT/actuator/prometheus" | awk '/^log_shipper_dropped_total/ {s += $2} END {print s + 0}')
per_req() { awk -v t="${CPU[$1]}" -v n="${REQ[$1]}" -v hz="$HZ" 'BEGIN { printf "%.3f", t * 1000 / hz / n }'; }
SHIP_MS=$(per_req ship); PLAIN_MS=$(per_req plain)
an_per_req() { awk -v t="${ANCPU[$1]}" -v n="${REQ[$1]}" -v hz="$HZ" 'BEGIN { printf "%.3f", t * 1000 / hz / n }'; }
AN_SHIP_MS=$(an_per_req ship); AN_PLAIN_MS=$(an_per_req plain)
[ "$SHIP_MODE" = together ] && AN_PLAIN_MS="the same rounds"
OVERHEAD=$(awk -v a="$SHIP_MS" -v b="$PLAIN_MS" 'BEGIN { printf "%+.1f", (a - b) * 100 / b }')
LOAD_AFTER_SHIP=$(cut -d' ' -f1-3 /proc/loadavg)
fi

# ---------------------------------------------------------------- report
{
  echo "# System logs benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/logs.sh\` on this machine ($(nproc) cores, $($SQL -N -e 'SELECT VERSION()'),"
  echo "JVM \`$(java -version 2>&1 | head -1)\`); analytics, the two service-management instances, MariaDB, curl"
  echo "and wrk share the cores with other sessions' builds (load average ${LOAD_AFTER_QUERIES:-n/a} after the queries,"
  echo "${LOAD_AFTER_SHIP:-n/a} after the shipping runs)."
  if [[ " $PARTS " == *" queries "* ]]; then
  echo
  echo "## Query latency at $ROWS entries"
  echo
  echo "\`log_entries\` seeded with bulk SQL (${SEED_SCHEMA:+in schema $SEED_SCHEMA before the run, moved in; }$LOAD_S s load with the FULLTEXT index, $INDEX_S s to rebuild the B-tree indexes, $COUNTS_S s to count them into \`log_counts_hourly\`): $ROWS rows spread"
  echo "evenly over the last 14 days (the retention window), 7 services, levels INFO 65 % / DEBUG 15 % / WARNING 10 % /"
  echo "ERROR 5 %, ten message texts (one of them contains \"timeout\") each with a unique number. $QUERIES sequential"
  echo "requests per row (curl, one at a time, after one untimed request), ADMIN token, \`page_size\` 50."
  echo
  echo "| request | \`total\` answered (≥: a lower bound) | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r label _ <<<"$s"
    label=${label//\\\"/\"}
    echo "| $label | ${TOTAL[$label]} | ${P50[$label]} | ${P99[$label]} |"
  done
  echo
  echo "Target (issue 14): query p50 ≤ 100 ms at 5 M entries. Check: entries of the last 24 h counted over the rows"
  echo "after the queries: $CHECK (the statistics row above reads the hourly counters plus the rows of its partial hours)."
  fi
  if [[ " $PARTS " == *" ship "* ]]; then
  echo
  echo "## Shipping cost per logged request"
  echo
  echo "\`GET /api/service-management/industries\` (two log events per request: the service-call start and success"
  echo "lines at DEBUG, shipped at DEBUG), two instances in the same run, identical but for"
  if [ "$SHIP_MODE" = together ]; then
  echo "\`BANTU_LOGS_SHIP_ENABLED\`; wrk -t1 -c2 on each, both instances loaded at the same time (\`BENCH_SHIP_MODE=together\`:"
  echo "analytics' ingestion contends with both alike), $SHIP_ROUNDS rounds of $SHIP_DURATION (plus 3 s for the last batch)"
  echo "after $SHIP_WARMUP of warm-up each, CPU = user + system time of each JVM from /proc."
  else
  echo "\`BANTU_LOGS_SHIP_ENABLED\`; wrk -t1 -c2, $SHIP_ROUNDS alternating rounds of $SHIP_DURATION each (plus 3 s for"
  echo "the last batch) after $SHIP_WARMUP of warm-up each, CPU = user + system time of the JVM from /proc."
  fi
  echo
  echo "| instance | requests | CPU ms per request |"
  echo "|---|---|---|"
  echo "| shipping to analytics | ${REQ[ship]} | $SHIP_MS (analytics meanwhile: $AN_SHIP_MS) |"
  echo "| not shipping | ${REQ[plain]} | $PLAIN_MS (analytics meanwhile: $AN_PLAIN_MS) |"
  echo
  [ -n "${BENCH_SHIP_CONTROL:-}" ] && echo "**Control run (BENCH_SHIP_CONTROL=1): neither instance ships; the difference below is noise.**" && echo
  echo "Shipping adds **$OVERHEAD %** CPU per request (target ≤ 5 %). Events shipped by the shipping instance during the"
  echo "run: $SHIPPED (≈ 2 per request); dropped (\`log_shipper_dropped_total\`): $DROPPED."
  if [ "$SHIP_MODE" = together ]; then
  echo
  echo "CPU µs per request by thread group (threads alive at both ends of a round; request = the web server's"
  echo "threads, shipper = the log shipper's sender, http-client = the JDK HTTP client's selector, gc = the collector"
  echo "and VM thread, jit = C1/C2):"
  echo
  echo "| instance | request | shipper | http-client | gc | jit | other |"
  echo "|---|---|---|---|---|---|---|"
  for kind in ship plain; do
    row="| $([ $kind = ship ] && echo shipping || echo 'not shipping') |"
    for g in request shipper http-client gc jit other; do
      row="$row $(awk -v t="${TG["$kind $g"]:-0}" -v n="${REQ[$kind]}" -v hz="$HZ" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }') |"
    done
    echo "$row"
  done
  fi
  fi
} > "$OUT"
echo "wrote $OUT"
