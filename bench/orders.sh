#!/usr/bin/env bash
# Benchmark of business-service's orders (issue 11): the order list as the SPA asks for it by default
# (GET /api/order-workflow/orders?page=1&size=10&lang=zh) and with a status filter (status_code=processing), first
# and a deep page, at 10 000 and then 1 000 000 orders seeded with bulk SQL (not the API); then order creation with
# 5 items, whose CPU per request (business-service plus the service-management-service it asks for the customer) is
# compared with the CPU per request of a customer creation on service-management-service.
# Starts its own business-service and service-management-service on BENCH_PORT / BENCH_SM_PORT against throw-away
# schemas on the local MariaDB (root, no password), and a small Python peer for foundation's user names and the
# event consumers; stops all of them at the end. Writes bench/results/orders.md. Bounded: every wrk run has a fixed
# duration.
#
#   bash bench/orders.sh                                        # full run
#   BENCH_DURATION=5s BENCH_SIZES="10000" BENCH_CREATES=50 bash bench/orders.sh   # quick check
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
DB=${BENCH_DB:-bantu_biz_bench}
SM_DB=${BENCH_SM_DB:-bantu_biz_bench_sm}
PORT=${BENCH_PORT:-19084}
SM_PORT=${BENCH_SM_PORT:-19082}
PEER_PORT=${BENCH_PEER_PORT:-19089}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
SIZES=${BENCH_SIZES:-"10000 1000000"}
CREATES=${BENCH_CREATES:-300}
JAR=${BENCH_JAR:-"$ROOT/business-service/target/business-service.jar"}
SM_JAR=${BENCH_SM_JAR:-"$ROOT/service-management-service/target/service-management-service.jar"}
OUT="$ROOT/bench/results/orders.md"
LOG="$ROOT/bench/results/orders-service.log.tmp"
SM_LOG="$ROOT/bench/results/orders-sm.log.tmp"
BASE="http://127.0.0.1:$PORT/api/order-workflow/orders"
SM_BASE="http://127.0.0.1:$SM_PORT/api/service-management/customers"

bench_require wrk mariadb python3 openssl curl java
[ -f "$JAR" ] && [ -f "$SM_JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -o -pl business-service,service-management-service -am package -DskipTests)

# ---------------------------------------------------------------- signed tokens (HS256) for the bench secret
bench_secret
token() { # $1 = user id, $2 = role
  BENCH_TOKEN_USERNAME="bench-$2" bench_token "$1" "$2" ',"org_id":"00000000-0000-4000-8000-0000000000aa"'
}
SALES_ID=00000000-0000-4000-8000-0000000000b1
ADMIN=$(token 00000000-0000-4000-8000-0000000000a1 ADMIN)
SALES=$(token "$SALES_ID" SALES)

# ---------------------------------------------------------------- schemas, peers and services
$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4;
         DROP DATABASE IF EXISTS $SM_DB; CREATE DATABASE $SM_DB CHARACTER SET utf8mb4"
bench_init
python3 "$ROOT/bench/peers.py" "$PEER_PORT" & bench_track $!
PEER="http://127.0.0.1:$PEER_PORT"
COMMON=(SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=13 BANTU_JWT_SECRET="$SECRET"
        SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= BANTU_LOGS_SHIP_ENABLED=false
        SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=4
        BANTU_SERVICES_FOUNDATION_URL="$PEER" BANTU_SERVICES_ANALYTICS_MONITORING_URL="$PEER")
env "${COMMON[@]}" SERVER_PORT=$SM_PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$SM_DB" \
  java -Xmx512m -XX:+UseSerialGC -jar "$SM_JAR" > "$SM_LOG" 2>&1 & SM_PID=$!; bench_track $SM_PID
env "${COMMON[@]}" SERVER_PORT=$PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" \
  BANTU_SERVICES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$SM_PORT" BANTU_SERVICES_WORKFLOW_URL="$PEER" \
  BANTU_SERVICES_FINANCE_URL="$PEER" BANTU_FILES_DIR="$(mktemp -d)" \
  java -Xmx512m -XX:+UseSerialGC -jar "$JAR" > "$LOG" 2>&1 & BIZ_PID=$!; bench_track $BIZ_PID
wait_ready "$SM_PORT" "$SM_PID" "$SM_LOG" 600
wait_ready "$PORT" "$BIZ_PID" "$LOG" 600

# one customer on service-management that every created order names
created=$(curl -s -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"PT Bench Order Customer","customer_type":"organization","customer_source_type":"own"}' "$SM_BASE")
CUSTOMER=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["data"]["id"])' "$created" 2>/dev/null || true)
[ ${#CUSTOMER} = 36 ] || { echo "could not create the bench customer: $created" >&2; exit 1; }

# ---------------------------------------------------------------- bulk seeding
STATUSES="'submitted','approved','assigned','processing','completed','cancelled'"
seed() { # orders with sequence numbers [$1, $2), 100 000 per statement (MariaDB's SEQUENCE engine)
  local from=$1 to=$2 step=100000 lo
  for ((lo = from; lo < to; lo += step)); do
    local hi=$((lo + step < to ? lo + step : to)) attempt
    for attempt in 1 2 3 4 5 6; do   # the shared server may briefly refuse connections
      $SQL "$DB" -e "DELETE FROM orders WHERE id >= CONCAT('00000000-0000-4000-9000-', LPAD($lo, 12, '0'))
                       AND id < CONCAT('00000000-0000-4000-9000-', LPAD($hi, 12, '0'));
      INSERT INTO orders (id, order_number, title, customer_id, customer_name, sales_user_id, sales_username,
                          organization_id, total_amount, discount_amount, final_amount, currency_code, status_code,
                          version, created_by, updated_by, created_at, updated_at)
      SELECT CONCAT('00000000-0000-4000-9000-', LPAD(seq, 12, '0')),
             CONCAT('ORD-', DATE_FORMAT(TIMESTAMP('2024-01-01') + INTERVAL (seq % 700) DAY, '%Y%m%d'), '-',
                    UPPER(LPAD(HEX(seq), 6, '0'))),
             CONCAT('Visa order ', seq), '$CUSTOMER', 'PT Bench Order Customer',
             CONCAT('00000000-0000-4000-8000-', LPAD(seq % 50, 12, '0')), 'bench sales',
             '00000000-0000-4000-8000-0000000000aa', 1000 + seq % 9000, 0, 1000 + seq % 9000, 'CNY',
             ELT(1 + seq % 6, $STATUSES), 0, NULL, NULL,
             TIMESTAMP('2024-01-01') + INTERVAL (seq % 700) DAY + INTERVAL (seq % 86400) SECOND,
             TIMESTAMP('2024-01-01') + INTERVAL (seq % 700) DAY + INTERVAL (seq % 86400) SECOND
      FROM seq_${lo}_to_$((hi - 1))" && break
      [ "$attempt" = 6 ] && { echo "seeding failed" >&2; exit 1; }
      sleep 10
    done
  done
  $SQL "$DB" -e "ANALYZE TABLE orders" >/dev/null
}

# ---------------------------------------------------------------- measuring
declare -A P50 P99 RPS
measure() { # $1 = label, $2 = query string
  local url="$BASE?$2" out status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN" "$url")
  [ "$status" = 200 ] || { echo "GET $url answered $status" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $ADMIN" "$url" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $ADMIN" "$url")
  P50[$1]=$(awk '$1 == "50%" {print $2}' <<<"$out")
  P99[$1]=$(awk '$1 == "99%" {print $2}' <<<"$out")
  RPS[$1]=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  echo "  $1: p50 ${P50[$1]}  p99 ${P99[$1]}  ${RPS[$1]} req/s"
}
DEFAULT="page=1&size=10&lang=zh"
DEEP="page=50&size=20&lang=zh"
seeded=0
ROWS=()
for size in $SIZES; do
  echo "seeding up to $size orders..."
  t0=$(date +%s)
  seed "$seeded" "$size"
  seeded=$size
  echo "  seeded in $(( $(date +%s) - t0 )) s"
  measure "$size default-first" "$DEFAULT"
  measure "$size default-deep" "$DEEP"
  measure "$size status-first" "$DEFAULT&status_code=processing"
  measure "$size status-deep" "$DEEP&status_code=processing"
  for s in default-first default-deep status-first status-deep; do
    ROWS+=("| $size | $s | ${P50["$size $s"]} | ${P99["$size $s"]} | ${RPS["$size $s"]} |")
  done
done

# ---------------------------------------------------------------- CPU per create
ITEMS='[{"product_name":"Visa A","quantity":1,"unit_price":100.5},{"product_name":"Visa B","quantity":2,"unit_price":20},{"product_name":"KITAS","quantity":1,"unit_price":1500},{"product_name":"Translation","quantity":3,"unit_price":12.345},{"product_name":"Courier","quantity":1,"unit_price":9.99}]'
create_orders() { # $1 = count
  for ((i = 0; i < $1; i++)); do
    curl -fs -o /dev/null -X POST -H "Authorization: Bearer $SALES" -H 'Content-Type: application/json' \
      -d "{\"title\":\"Bench $i\",\"customer_id\":\"$CUSTOMER\",\"sales_user_id\":\"$SALES_ID\",\"order_items\":$ITEMS}" "$BASE"
  done
}
create_customers() { # $1 = count, $2 = label
  for ((i = 0; i < $1; i++)); do
    curl -fs -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      -d "{\"name\":\"PT Bench $2 $i\",\"customer_type\":\"organization\",\"customer_source_type\":\"own\"}" "$SM_BASE"
  done
}
echo "warming up creates..."
create_orders 50
create_customers 50 warm
sleep 2
echo "creating $CREATES orders (5 items each) and $CREATES customers..."
b0=$(ticks "$BIZ_PID"); s0=$(ticks "$SM_PID"); t0=$(date +%s%N)
create_orders "$CREATES"
b1=$(ticks "$BIZ_PID"); s1=$(ticks "$SM_PID"); t1=$(date +%s%N)
sleep 2   # outbox deliveries of the last orders
b2=$(ticks "$BIZ_PID")
create_customers "$CREATES" run
s3=$(ticks "$SM_PID"); t3=$(date +%s%N)
per() { awk -v t="$1" -v n="$CREATES" -v hz="$HZ" 'BEGIN { printf "%.2f", t * 1000 / hz / n }'; }
ORDER_BIZ=$(per $((b2 - b0)))
ORDER_SM=$(per $((s1 - s0)))
ORDER_TOTAL=$(awk -v a="$ORDER_BIZ" -v b="$ORDER_SM" 'BEGIN { printf "%.2f", a + b }')
CUST_SM=$(per $((s3 - s1)))
ORDER_MS=$(awk -v t=$((t1 - t0)) -v n="$CREATES" 'BEGIN { printf "%.1f", t / 1e6 / n }')
CUST_MS=$(awk -v t=$((t3 - t1 - 2000000000)) -v n="$CREATES" 'BEGIN { printf "%.1f", t / 1e6 / n }')
CREATED=$($SQL -N "$DB" -e "SELECT COUNT(*) FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE title LIKE 'Bench %')")

ratio() { local small=${SIZES%% *} large=${SIZES##* }
  awk -v a="$(to_ms "${P50["$large $1"]}")" -v b="$(to_ms "${P50["$small $1"]}")" 'BEGIN { printf "%.2f", a / b }'; }
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Order benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/orders.sh\` on this machine ($(nproc) cores, MariaDB $($SQL -N -e 'SELECT VERSION()'),"
  echo "JVM \`$(java -version 2>&1 | head -1)\`); load average at the end: $LOAD (other sessions' builds and services share the"
  echo "cores, so absolute figures are noisy; the ratios are measured side by side in one run). wrk -t2 -c$CONNECTIONS for"
  echo "$DURATION after a $WARMUP warm-up per request, ADMIN token (every order visible). Orders seeded with bulk SQL: 10 000"
  echo "first, then topped up to 1 000 000, statuses spread evenly over six values, created over 700 days."
  echo
  echo "## List"
  echo
  echo "default: \`GET /api/order-workflow/orders?$DEFAULT\` (what the SPA sends when the page opens); deep: \`$DEEP\`"
  echo "(rows 981–1000); status: the same with \`status_code=processing\` (1/6 of the orders)."
  echo
  echo "| orders | request | p50 | p99 | req/s |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  if [ "${SIZES%% *}" != "${SIZES##* }" ]; then
    echo
    echo "Target: p50 at 1 M ≤ 2 × p50 at 10 k."
    echo
    echo "| p50 ratio ${SIZES##* } / ${SIZES%% *} | default, first | default, deep | status, first | status, deep |"
    echo "|---|---|---|---|---|"
    echo "| | $(ratio default-first) | $(ratio default-deep) | $(ratio status-first) | $(ratio status-deep) |"
  fi
  echo
  echo "## Create"
  echo
  echo "$CREATES sequential \`POST /api/order-workflow/orders\` with 5 items (SALES token, the customer looked up on"
  echo "service-management-service, the \`order.submitted\` event delivered from the outbox to the peer), then $CREATES"
  echo "sequential \`POST /api/service-management/customers\` (ADMIN). CPU = utime + stime of each JVM from /proc over the"
  echo "run, divided by the requests ($CREATED order items written)."
  echo
  echo "| request | business-service CPU/req | service-management CPU/req | total CPU/req | wall time/req |"
  echo "|---|---|---|---|---|"
  echo "| order create (5 items) | ${ORDER_BIZ} ms | ${ORDER_SM} ms | ${ORDER_TOTAL} ms | ${ORDER_MS} ms |"
  echo "| customer create | — | ${CUST_SM} ms | ${CUST_SM} ms | ${CUST_MS} ms |"
  echo
  echo "Target: order create ≤ 1.5 × the CPU per request of a customer create: ratio $(awk -v a="$ORDER_TOTAL" -v b="$CUST_SM" 'BEGIN { printf "%.2f", a / b }') (business-service alone $(awk -v a="$ORDER_BIZ" -v b="$CUST_SM" 'BEGIN { printf "%.2f", a / b }'))."
} > "$OUT"
echo "wrote $OUT"
$SQL -e "DROP DATABASE IF EXISTS $DB; DROP DATABASE IF EXISTS $SM_DB"
