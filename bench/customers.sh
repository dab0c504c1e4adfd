#!/usr/bin/env bash
# Benchmark of the customer list (issue 4): GET /api/service-management/customers?page=…&size=20 with a name filter,
# first page and a deep page, at 10 000 and then 1 000 000 customers seeded with bulk SQL (not the API).
# Writes bench/results/customers.md. Runs against the local MariaDB (root, no password) and Redis; starts its own
# service-management-service on BENCH_PORT with a throw-away schema. Bounded: every wrk run has a fixed duration.
#
#   bash bench/customers.sh                  # full run (about 6 minutes on 2 cores)
#   BENCH_DURATION=5s BENCH_SIZES="10000" bash bench/customers.sh   # quick check
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
DB=${BENCH_DB:-bantu_sm_bench}
PORT=${BENCH_PORT:-18082}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
SIZES=${BENCH_SIZES:-"10000 1000000"}
JAR="$ROOT/service-management-service/target/service-management-service.jar"
OUT="$ROOT/bench/results/customers.md"
LOG="$ROOT/bench/results/customers-service.log.tmp"
BASE="http://127.0.0.1:$PORT/api/service-management/customers"
FILTER="Sinar%20Nusantara"   # matches 1 % of the seeded customers (prefix match on name)

bench_require wrk mariadb openssl curl java
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -o -f service-management-service/pom.xml package -DskipTests)
fi

# ---------------------------------------------------------------- a signed token (HS256) for the bench secret
bench_secret
TOKEN=$(bench_token bench-admin ADMIN)

# ---------------------------------------------------------------- schema and service
$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
bench_init
SERVER_PORT=$PORT \
SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=12 BANTU_JWT_SECRET="$SECRET" \
BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 \
  java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --logging.level.com.bantu.service-calls=WARN > "$LOG" 2>&1 &
SERVICE_PID=$!; bench_track "$SERVICE_PID"
wait_ready "$PORT" "$SERVICE_PID" "$LOG" 120

# ---------------------------------------------------------------- bulk seeding
$SQL "$DB" -e "CREATE TABLE bench_digits (d INT PRIMARY KEY); INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);"
seed() { # seed customers with sequence numbers [$1, $2)
  local from=$1 to=$2 step=100000 lo
  for ((lo = from; lo < to; lo += step)); do
    local hi=$((lo + step < to ? lo + step : to))
    $SQL "$DB" -e "
      INSERT INTO customers (id, name, code, customer_type, customer_source_type, agent_id, tags, is_locked,
                             is_active, deleted_at, version, created_at, updated_at)
      SELECT CONCAT('00000000-0000-4000-8000-', LPAD(n, 12, '0')),
             CONCAT(ELT(1 + n % 10, 'Sinar', 'Maju', 'Jaya', 'Karya', 'Mitra', 'Bumi', 'Cahaya', 'Sentosa', 'Abadi', 'Prima'), ' ',
                    ELT(1 + (n DIV 10) % 10, 'Nusantara', 'Sejahtera', 'Makmur', 'Mandiri', 'Perkasa', 'Utama', 'Lestari', 'Indah', 'Global', 'Bersama'),
                    ' ', n),
             CONCAT('BENCH', LPAD(n, 9, '0')),
             IF(n % 3 = 0, 'organization', 'individual'), IF(n % 5 = 0, 'agent', 'own'),
             IF(n % 5 = 0, '00000000-0000-4000-9000-000000000001', NULL), '[]', FALSE,
             IF(n % 97 = 1, FALSE, TRUE),
             IF(n % 97 = 1, TIMESTAMP('2025-06-01'), NULL), 0,
             TIMESTAMP('2024-01-01') + INTERVAL (n % 700) DAY + INTERVAL (n % 86400) SECOND,
             TIMESTAMP('2024-01-01') + INTERVAL (n % 700) DAY + INTERVAL (n % 86400) SECOND
      FROM (SELECT a.d + b.d * 10 + c.d * 100 + d.d * 1000 + e.d * 10000 + f.d * 100000 + g.d * 1000000 AS n
            FROM bench_digits a, bench_digits b, bench_digits c, bench_digits d, bench_digits e, bench_digits f,
                 bench_digits g) s
      WHERE n >= $lo AND n < $hi"
  done
  $SQL "$DB" -e "ANALYZE TABLE customers" >/dev/null
}

# ---------------------------------------------------------------- measuring
declare -A P50 P99 RPS COLD
measure() { # $1 = label, $2 = query string
  local url="$BASE?$2" out status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
  [ "$status" = 200 ] || { echo "GET $url answered $status" >&2; exit 1; }
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$url")
  P50[$1]=$(awk '$1 == "50%" {print $2}' <<<"$out")
  P99[$1]=$(awk '$1 == "99%" {print $2}' <<<"$out")
  RPS[$1]=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  echo "  $1: p50 ${P50[$1]}  p99 ${P99[$1]}  ${RPS[$1]} req/s"
}
total_for() {
  curl -s -H "Authorization: Bearer $TOKEN" "$BASE?size=1&$1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}

seeded=0
ROWS=()
for size in $SIZES; do
  echo "seeding up to $size customers..."
  t0=$(date +%s)
  seed "$seeded" "$size"
  seeded=$size
  echo "  seeded in $(( $(date +%s) - t0 )) s"
  matches=$(total_for "name=$FILTER")
  last=$(( (matches + 19) / 20 ))
  for q in "name=$FILTER&page=1&size=20" "name=$FILTER&page=5&size=20" "name=$FILTER&page=$last&size=20" "page=1&size=20"; do
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$BASE?$q" >/dev/null   # JIT and caches
  done
  measure "$size first" "name=$FILTER&page=1&size=20"
  measure "$size deep5" "name=$FILTER&page=5&size=20"
  measure "$size last" "name=$FILTER&page=$last&size=20"
  measure "$size nofilter-first" "page=1&size=20"
  cold=()
  for other in "Maju%20Sejahtera" "Jaya%20Makmur" "Karya%20Mandiri" "Mitra%20Perkasa" "Bumi%20Utama"; do
    cold+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE?name=$other&page=1&size=20")")
  done
  COLD[$size]=$(printf '%s\n' "${cold[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.1fms", a[int((NR + 1) / 2)] * 1000}')
  echo "  $size new search (total not cached yet), median of 5: ${COLD[$size]}"
  ROWS+=("| $size | $matches | first (page 1) | ${P50["$size first"]} | ${P99["$size first"]} | ${RPS["$size first"]} |")
  ROWS+=("| $size | $matches | deep (page 5) | ${P50["$size deep5"]} | ${P99["$size deep5"]} | ${RPS["$size deep5"]} |")
  ROWS+=("| $size | $matches | last (page $last) | ${P50["$size last"]} | ${P99["$size last"]} | ${RPS["$size last"]} |")
  ROWS+=("| $size | (no filter) | first (page 1) | ${P50["$size nofilter-first"]} | ${P99["$size nofilter-first"]} | ${RPS["$size nofilter-first"]} |")
  ROWS+=("| $size | 1 % each | first page of 5 new searches (uncached total), median single request | ${COLD[$size]} | | |")
done

ratio() { # p50 at the largest size / p50 at the smallest, for one scenario
  local small=${SIZES%% *} large=${SIZES##* }
  awk -v a="$(to_ms "${P50["$large $1"]}")" -v b="$(to_ms "${P50["$small $1"]}")" 'BEGIN { printf "%.2f", a / b }'
}

{
  echo "# Customer list benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/customers.sh\` on this machine ($(nproc) cores, MariaDB $($SQL -N -e 'SELECT VERSION()'),"
  echo "JVM \`$(java -version 2>&1 | head -1)\`), wrk -t2 -c$CONNECTIONS for $DURATION after a $WARMUP warm-up; service, database"
  echo "and wrk share the 2 cores. Request: \`GET /api/service-management/customers?name=Sinar%20Nusantara&page=N&size=20\`"
  echo "(prefix match on the name, 1 % of the customers match; default order of a search: name, created_at). Customers seeded"
  echo "with bulk SQL: 10 000 first, then topped up to 1 000 000; about 1 % are soft-deleted."
  echo
  echo "| customers | matching | page | p50 | p99 | req/s |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Target (issue 4): p50 at 1 M ≤ 2 × p50 at 10 k for the name-filtered first and deep page."
  if [ "${SIZES%% *}" != "${SIZES##* }" ]; then
    echo
    echo "| p50 ratio ${SIZES##* } / ${SIZES%% *} | first page | deep page (5) | last page | no filter, first page |"
    echo "|---|---|---|---|---|"
    echo "| | $(ratio first) | $(ratio deep5) | $(ratio last) | $(ratio nofilter-first) |"
  fi
  echo
  echo "How: a name search is a prefix match served by the index \`(deleted_at, name, created_at)\` (FORCE INDEX on"
  echo "MySQL/MariaDB) and, without \`sort_by\`, ordered by that index (name, created_at, id), so every page, the"
  echo "last one included, is read from the index alone; the page's 20 rows are then loaded by id (deferred join);"
  echo "\`total\` is an index-only COUNT of the matches, reused for 10 s per filter (dropped on any customer write of"
  echo "this instance), so wrk's repeated request counts once per 10 s; the \"new searches\" row shows a request whose"
  echo "count is not cached (it walks all matches of the index, 1 % of the table, so it grows with the table)."
} > "$OUT"
echo "wrote $OUT"
$SQL -e "DROP DATABASE IF EXISTS $DB"
