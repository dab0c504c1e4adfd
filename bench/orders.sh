#!/usr/bin/env bash
# Benchmark of business-service's orders (issue 11): the order list as the SPA asks for it by default
# (GET /api/order-workflow/orders?page=1&size=10&lang=zh) and with a status filter (status_code=processing), first
# and a deep page, at 10 000 and then 1 000 000 orders seeded with bulk SQL (not the API); then order creation with
# 5 items, whose CPU per request is compared with the CPU per request of a customer creation on
# service-management-service; both count the CPU of both services (business-service reads the customer from its
# replica, or asks service-management; a customer creation sends customer.changed to business-service).
# Starts its own business-service and service-management-service on BENCH_PORT / BENCH_SM_PORT against throw-away
# schemas on the local MariaDB (root, no password), and a small Python peer for foundation's user names and the
# event consumers; stops all of them at the end. Writes bench/results/orders.md. Bounded: every wrk run has a fixed
# duration.
#
#   bash bench/orders.sh                                        # full run
#   BENCH_DURATION=5s BENCH_SIZES="10000" BENCH_CREATES=50 bash bench/orders.sh   # quick check
#   BENCH_SIZES="" bash bench/orders.sh        # the create part only (the list section of the result file is kept)
#   BENCH_WARM_SECONDS=240 …                  # a long warm-up with wrk instead of BENCH_WARM_CREATES curl calls
#   BENCH_JFR_DIR=/tmp/jfr bash bench/orders.sh   # also a JFR recording (settings=profile) of each service over the
#                                             # create rounds: business.jfr, service-management.jfr (summarise them
#                                             # with bench/jfr-summary.py); BENCH_BIZ_JAVA_OPTS / BENCH_SM_JAVA_OPTS add
#                                             # JVM flags to business-service / service-management-service
#   BENCH_SIZES="" BENCH_BEFORE_JAR=/tmp/old/business-service.jar BENCH_BEFORE_SM_JAR=/tmp/old/service-management-service.jar \
#     bash bench/orders.sh    # before / after side by side: a second pair of services from the older jars (ports
#                             # +100, their own schemas) is measured in the same rounds, alternating with the first
#                             # (JFR recordings of it: before-business.jfr, before-service-management.jfr)
# Ports and schemas: BENCH_PORT, BENCH_SM_PORT, BENCH_PEER_PORT, BENCH_DB, BENCH_SM_DB, BENCH_REDIS_DB (13).
# BENCH_OUT writes the result file elsewhere (e.g. /tmp for a run on a loaded machine that is not to be kept).
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
SIZES=${BENCH_SIZES-"10000 1000000"}
CREATES=${BENCH_CREATES:-300}
JAR=${BENCH_JAR:-"$ROOT/business-service/target/business-service.jar"}
SM_JAR=${BENCH_SM_JAR:-"$ROOT/service-management-service/target/service-management-service.jar"}
BEFORE_JAR=${BENCH_BEFORE_JAR:-}
BEFORE_SM_JAR=${BENCH_BEFORE_SM_JAR:-}
if [ -n "$BEFORE_JAR$BEFORE_SM_JAR" ]; then
  [ -f "$BEFORE_JAR" ] && [ -f "$BEFORE_SM_JAR" ] || { echo "BENCH_BEFORE_JAR and BENCH_BEFORE_SM_JAR must both be jars" >&2; exit 1; }
  [ -z "$SIZES" ] || { echo "before / after runs measure creates only: set BENCH_SIZES=\"\"" >&2; exit 1; }
  VARIANTS="after before"
else
  VARIANTS="after"
fi
OUT=${BENCH_OUT:-"$ROOT/bench/results/orders.md"}
BASE="http://127.0.0.1:$PORT/api/order-workflow/orders"
SM_BASE="http://127.0.0.1:$SM_PORT/api/service-management/customers"

bench_require wrk mariadb python3 curl openssl
[ -f "$JAR" ] && [ -f "$SM_JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -o -pl business-service,service-management-service -am package -DskipTests)
bench_init
# private copies: a rebuild during the run cannot pull the jars away
JAR=$(bench_copy_jar "$JAR" business.jar); SM_JAR=$(bench_copy_jar "$SM_JAR" service-management.jar)

# ---------------------------------------------------------------- signed tokens (HS256) for the bench secret
bench_secret
token() { # sub role [extra claims]: the permissions a role holds travel in the token's perms claim
  BENCH_TOKEN_USERNAME="bench-$2" bench_token "$1" "$2" ',"org_id":"00000000-0000-4000-8000-0000000000aa"'"${3:-}"; }
SALES_ID=00000000-0000-4000-8000-0000000000b1
ADMIN=$(token 00000000-0000-4000-8000-0000000000a1 ADMIN)
SALES=$(token "$SALES_ID" SALES ',"perms":["order.view","order.create"]')

# ---------------------------------------------------------------- schemas, peers and services
PEER="http://127.0.0.1:$PEER_PORT"
bench_ports_free "$PORT" "$SM_PORT" "$PEER_PORT"
[ "$VARIANTS" = after ] || bench_ports_free $((PORT + 100)) $((SM_PORT + 100))
python3 "$ROOT/bench/peers.py" "$PEER_PORT" & bench_track $!
COMMON=(SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=${BENCH_REDIS_DB:-13} BANTU_JWT_SECRET="$SECRET"
        SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= BANTU_LOGS_SHIP_ENABLED=false
        SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=4
        # a wrk warm-up publishes events faster than the peer takes them: what waits is retried every 2 s, so the
        # outbox is drained (below) before the rounds instead of being delivered during them
        BANTU_EVENTS_RETRY_INTERVAL=2s BANTU_EVENTS_RETRY_INITIAL_BACKOFF=2s BANTU_EVENTS_RETRY_MAX_BACKOFF=4s
        BANTU_SERVICES_FOUNDATION_URL="$PEER" BANTU_SERVICES_ANALYTICS_MONITORING_URL="$PEER")
declare -A BIZ_PID SM_PID BASE_OF SM_BASE_OF CUSTOMER_OF LOG_OF SM_LOG_OF
bench_cleanup_hook() {
  for v in $VARIANTS; do
    local suffix=; [ "$v" = after ] || suffix="_$v"
    $SQL -e "DROP DATABASE IF EXISTS $DB$suffix; DROP DATABASE IF EXISTS $SM_DB$suffix" 2>/dev/null || true
  done
}
start_pair() { # variant business-jar sm-jar port sm-port schema-suffix: one business-service and its service-management
  local v=$1 jar=$2 sm_jar=$3 port=$4 sm_port=$5 db=$DB$6 sm_db=$SM_DB$6 tag=; [ "$v" = after ] || tag="-$v"
  $SQL -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4;
           DROP DATABASE IF EXISTS $sm_db; CREATE DATABASE $sm_db CHARACTER SET utf8mb4"
  LOG_OF[$v]="$ROOT/bench/results/orders-service$tag.log.tmp"; SM_LOG_OF[$v]="$ROOT/bench/results/orders-sm$tag.log.tmp"
  env "${COMMON[@]}" SERVER_PORT=$sm_port SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$sm_db" \
    BANTU_SERVICES_BUSINESS_URL="http://127.0.0.1:$port" \
    java -Xmx512m -XX:+UseSerialGC ${BENCH_SM_JAVA_OPTS:-} -jar "$sm_jar" > "${SM_LOG_OF[$v]}" 2>&1 &
  SM_PID[$v]=$!; bench_track "${SM_PID[$v]}"
  env "${COMMON[@]}" SERVER_PORT=$port SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$db" \
    BANTU_SERVICES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$sm_port" BANTU_SERVICES_WORKFLOW_URL="$PEER" \
    BANTU_SERVICES_FINANCE_URL="$PEER" BANTU_FILES_DIR="$(mktemp -d -p "$WORK")" \
    java -Xmx512m -XX:+UseSerialGC ${BENCH_BIZ_JAVA_OPTS:-} -jar "$jar" > "${LOG_OF[$v]}" 2>&1 &
  BIZ_PID[$v]=$!; bench_track "${BIZ_PID[$v]}"
  BASE_OF[$v]="http://127.0.0.1:$port/api/order-workflow/orders"
  SM_BASE_OF[$v]="http://127.0.0.1:$sm_port/api/service-management/customers"
}
start_pair after "$JAR" "$SM_JAR" "$PORT" "$SM_PORT" ""
if [ "$VARIANTS" != after ]; then
  start_pair before "$(bench_copy_jar "$BEFORE_JAR" before-business.jar)" \
    "$(bench_copy_jar "$BEFORE_SM_JAR" before-service-management.jar)" $((PORT + 100)) $((SM_PORT + 100)) _before
fi
for v in $VARIANTS; do
  sm_port=${SM_BASE_OF[$v]#http://127.0.0.1:}; sm_port=${sm_port%%/*}
  port=${BASE_OF[$v]#http://127.0.0.1:}; port=${port%%/*}
  wait_ready "$sm_port" "${SM_PID[$v]}" "${SM_LOG_OF[$v]}"
  wait_ready "$port" "${BIZ_PID[$v]}" "${LOG_OF[$v]}"
  # one customer on service-management that every created order names
  created=$(curl -s -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"name":"PT Bench Order Customer","customer_type":"organization","customer_source_type":"own"}' "${SM_BASE_OF[$v]}")
  CUSTOMER_OF[$v]=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["data"]["id"])' "$created" 2>/dev/null || true)
  [ ${#CUSTOMER_OF[$v]} = 36 ] || { echo "could not create the bench customer ($v): $created" >&2; exit 1; }
done
BASE=${BASE_OF[after]}; CUSTOMER=${CUSTOMER_OF[after]}

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
declare -A FAILED
failed() { # "variant kind" status: counted; the first answer of each kind is shown
  FAILED[$1]=$((${FAILED[$1]:-0} + 1))
  [ "${FAILED[$1]}" = 1 ] && echo "  $1 create answered $2: $(head -c 300 "$WORK/answer" 2>/dev/null)" >&2
  return 0
}
create_orders() { # variant count label (a refused or failed request is counted, not fatal: the machine is shared)
  local i status
  for ((i = 0; i < $2; i++)); do
    status=$(curl -s -o "$WORK/answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $SALES" -H 'Content-Type: application/json' \
      -d "{\"title\":\"Bench $3 $i\",\"customer_id\":\"${CUSTOMER_OF[$1]}\",\"sales_user_id\":\"$SALES_ID\",\"order_items\":$ITEMS}" \
      "${BASE_OF[$1]}") || true
    [ "${status:0:1}" = 2 ] || failed "$1 order" "$status"
  done
}
create_customers() { # variant count label
  local i status
  for ((i = 0; i < $2; i++)); do
    status=$(curl -s -o "$WORK/answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      -d "{\"name\":\"PT Bench $3 $i\",\"customer_type\":\"organization\",\"customer_source_type\":\"own\"}" \
      "${SM_BASE_OF[$1]}") || true
    [ "${status:0:1}" = 2 ] || failed "$1 customer" "$status"
  done
}
now() { date +%s%N; }
WARM=${BENCH_WARM_CREATES:-200}   # both JVMs compile the create paths first (JIT), so the rounds measure steady state
# BENCH_WARM_SECONDS instead: wrk (bench/create.lua, 2 connections: the older builds needed two pooled connections
# per write, and the pool here has 4) creates orders, then customers, for that many
# seconds each: many more creates in the same time than one curl per create (C2 compiles a method only after about
# 5 000-10 000 calls)
WARM_SECONDS=${BENCH_WARM_SECONDS:-}
warm_wrk() { # variant kind(order|customer) -> creates for WARM_SECONDS, prints the count and the non-2xx answers
  local url token body out
  if [ "$2" = order ]; then
    url=${BASE_OF[$1]}; token=$SALES
    body="{\"title\":\"Bench warm %N\",\"customer_id\":\"${CUSTOMER_OF[$1]}\",\"sales_user_id\":\"$SALES_ID\",\"order_items\":$ITEMS}"
  else
    url=${SM_BASE_OF[$1]}; token=$ADMIN
    body='{"name":"PT Bench warm %N","customer_type":"organization","customer_source_type":"own"}'
  fi
  out=$(WRK_BODY=$body wrk -t2 -c2 -d"${WARM_SECONDS}s" -s "$ROOT/bench/create.lua" -H "Authorization: Bearer $token" "$url")
  local n; n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "  $1 $2 creates: $n, non-2xx: $(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  WARM_NOTE="${WARM_NOTE:+$WARM_NOTE, }$n $2 creates ($1)"
}
WARM_NOTE=
for v in $VARIANTS; do
  if [ -n "$WARM_SECONDS" ]; then
    echo "warming up ($v): wrk creating orders, then customers, ${WARM_SECONDS} s each..."
    warm_wrk "$v" order; warm_wrk "$v" customer
  else
    echo "warming up ($v): $WARM order and $WARM customer creates..."
    create_orders "$v" "$WARM" warm
    create_customers "$v" "$WARM" warm
  fi
done
FAILED=()
# The rounds start with every outbox empty: deliveries left over from the warm-up would be counted against them.
drain_started=$(date +%s)
for ((i = 0; i < ${BENCH_DRAIN_TIMEOUT:-600}; i += 2)); do
  left=0
  for v in $VARIANTS; do
    suffix=; [ "$v" = after ] || suffix="_$v"
    for schema in "$DB$suffix" "$SM_DB$suffix"; do
      left=$((left + $($SQL -N -e "SELECT COUNT(*) FROM $schema.EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")))
    done
  done
  [ "$left" = 0 ] && break
  [ $((i % 30)) = 0 ] && echo "  $left outbox rows still to deliver..."
  sleep 2
done
DRAINED="outboxes drained $(( $(date +%s) - drain_started )) s after the warm-up ($left rows left)"
echo "  $DRAINED"
sleep 2
# The idle CPU of each JVM (schedulers, outbox polling, pools, metrics), measured over BENCH_IDLE seconds with no
# request, is subtracted from each half at its rate for the net figures: it is not a cost of the requests.
IDLE=${BENCH_IDLE:-20}
declare -A IB IS IBJ ISJ
for v in $VARIANTS; do
  IB[$v]=$(ticks "${BIZ_PID[$v]}"); IS[$v]=$(ticks "${SM_PID[$v]}")
  IBJ[$v]=$(jit_ticks "${BIZ_PID[$v]}"); ISJ[$v]=$(jit_ticks "${SM_PID[$v]}")
done
echo "measuring idle CPU for ${IDLE}s..."
sleep "$IDLE"
declare -A IDLE_B IDLE_S IDLE_BJ IDLE_SJ   # ticks per second: all threads / without the JIT threads
for v in $VARIANTS; do
  b=$(ticks "${BIZ_PID[$v]}"); s_=$(ticks "${SM_PID[$v]}"); bj=$(jit_ticks "${BIZ_PID[$v]}"); sj=$(jit_ticks "${SM_PID[$v]}")
  IDLE_B[$v]=$(awk -v d=$((b - IB[$v])) -v t="$IDLE" 'BEGIN { printf "%.4f", d / t }')
  IDLE_S[$v]=$(awk -v d=$((s_ - IS[$v])) -v t="$IDLE" 'BEGIN { printf "%.4f", d / t }')
  IDLE_BJ[$v]=$(awk -v d=$((b - IB[$v] - bj + IBJ[$v])) -v t="$IDLE" 'BEGIN { printf "%.4f", d / t }')
  IDLE_SJ[$v]=$(awk -v d=$((s_ - IS[$v] - sj + ISJ[$v])) -v t="$IDLE" 'BEGIN { printf "%.4f", d / t }')
  echo "  idle $v: business ${IDLE_B[$v]} ticks/s (${IDLE_BJ[$v]} without JIT threads), s-m ${IDLE_S[$v]} (${IDLE_SJ[$v]})"
done
# Orders and customers alternate in ROUNDS rounds, so a change of the machine's load hits both about equally (with a
# "before" pair, the two pairs take turns too, the first of a round alternating). Each half ends with 2 s of quiet
# whose CPU is counted for it: the outbox deliveries (order.submitted to workflow and finance, the audit records) of
# the last requests run then.
ROUNDS=${BENCH_ROUNDS:-5}
PER_ROUND=$((CREATES / ROUNDS))
CREATES=$((PER_ROUND * ROUNDS))
echo "creating $CREATES orders (5 items each) and $CREATES customers per variant ($VARIANTS) in $ROUNDS rounds..."
declare -A OB OS CB CS OT CT JOB JOS JCB JCS OI CI
for v in $VARIANTS; do OB[$v]=0; OS[$v]=0; CB[$v]=0; CS[$v]=0; OT[$v]=0; CT[$v]=0; JOB[$v]=0; JOS[$v]=0; JCB[$v]=0; JCS[$v]=0; OI[$v]=0; CI[$v]=0; done
if [ -n "${BENCH_JFR_DIR:-}" ]; then
  mkdir -p "$BENCH_JFR_DIR"
  for v in $VARIANTS; do
    jcmd "${BIZ_PID[$v]}" JFR.start name=creates settings=profile >/dev/null
    jcmd "${SM_PID[$v]}" JFR.start name=creates settings=profile >/dev/null
  done
fi
LOAD_START=$(loadavg)
for ((round = 1; round <= ROUNDS; round++)); do
  order=$VARIANTS; [ $((round % 2)) = 0 ] && order=$(echo "$VARIANTS" | awk '{ for (i = NF; i > 0; i--) printf "%s%s", $i, (i > 1 ? " " : "") }')
  for v in $order; do
    jb0=$(jit_ticks "${BIZ_PID[$v]}"); js0=$(jit_ticks "${SM_PID[$v]}")
    b0=$(ticks "${BIZ_PID[$v]}"); s0=$(ticks "${SM_PID[$v]}"); t0=$(now)
    create_orders "$v" "$PER_ROUND" "r$round"
    t1=$(now); sleep 2
    b1=$(ticks "${BIZ_PID[$v]}"); s1=$(ticks "${SM_PID[$v]}"); t2=$(now)
    jb1=$(jit_ticks "${BIZ_PID[$v]}"); js1=$(jit_ticks "${SM_PID[$v]}")
    create_customers "$v" "$PER_ROUND" "r$round"
    t3=$(now); sleep 2
    b3=$(ticks "${BIZ_PID[$v]}"); s3=$(ticks "${SM_PID[$v]}"); jb3=$(jit_ticks "${BIZ_PID[$v]}"); js3=$(jit_ticks "${SM_PID[$v]}"); t4=$(now)
    OI[$v]=$((OI[$v] + t2 - t0)); CI[$v]=$((CI[$v] + t4 - t2))
    JOB[$v]=$((JOB[$v] + jb1 - jb0)); JOS[$v]=$((JOS[$v] + js1 - js0)); JCB[$v]=$((JCB[$v] + jb3 - jb1)); JCS[$v]=$((JCS[$v] + js3 - js1))
    OB[$v]=$((OB[$v] + b1 - b0)); OS[$v]=$((OS[$v] + s1 - s0)); CB[$v]=$((CB[$v] + b3 - b1)); CS[$v]=$((CS[$v] + s3 - s1))
    OT[$v]=$((OT[$v] + t1 - t0)); CT[$v]=$((CT[$v] + t3 - t2))
    echo "  round $round, $v: business $((b1 - b0)) ticks, s-m $((s1 - s0)) ticks for orders; business $((b3 - b1)), s-m $((s3 - s1)) ticks for customers; JIT threads of these: $((jb1 - jb0)), $((js1 - js0)), $((jb3 - jb1)), $((js3 - js1)) (load $(loadavg))"
  done
done
LOAD_END=$(loadavg)
if [ -n "${BENCH_JFR_DIR:-}" ]; then
  for v in $VARIANTS; do
    prefix=; [ "$v" = after ] || prefix="$v-"
    jcmd "${BIZ_PID[$v]}" JFR.dump name=creates filename="$BENCH_JFR_DIR/${prefix}business.jfr" >/dev/null
    jcmd "${SM_PID[$v]}" JFR.dump name=creates filename="$BENCH_JFR_DIR/${prefix}service-management.jfr" >/dev/null
  done
  echo "JFR recordings in $BENCH_JFR_DIR"
fi
per() { awk -v t="$1" -v n="$CREATES" -v hz="$HZ" 'BEGIN { printf "%.2f", t * 1000 / hz / n }'; }
declare -A ORDER_BIZ ORDER_SM ORDER_TOTAL CUST_BIZ CUST_SM CUST_TOTAL ORDER_MS CUST_MS RATIO RATIO_BIZ RATIO_NOJIT JIT_SHARE NET NET_NOJIT NET_MS
for v in $VARIANTS; do
  ORDER_BIZ[$v]=$(per "${OB[$v]}")
  ORDER_SM[$v]=$(per "${OS[$v]}")
  ORDER_TOTAL[$v]=$(awk -v a="${ORDER_BIZ[$v]}" -v b="${ORDER_SM[$v]}" 'BEGIN { printf "%.2f", a + b }')
  CUST_BIZ[$v]=$(per "${CB[$v]}")
  CUST_SM[$v]=$(per "${CS[$v]}")
  CUST_TOTAL[$v]=$(awk -v a="${CUST_BIZ[$v]}" -v b="${CUST_SM[$v]}" 'BEGIN { printf "%.2f", a + b }')
  ORDER_MS[$v]=$(awk -v t="${OT[$v]}" -v n="$CREATES" 'BEGIN { printf "%.1f", t / 1e6 / n }')
  CUST_MS[$v]=$(awk -v t="${CT[$v]}" -v n="$CREATES" 'BEGIN { printf "%.1f", t / 1e6 / n }')
  RATIO[$v]=$(awk -v a="${ORDER_TOTAL[$v]}" -v b="${CUST_TOTAL[$v]}" 'BEGIN { printf "%.2f", a / b }')
  RATIO_NOJIT[$v]=$(awk -v ob="${OB[$v]}" -v os="${OS[$v]}" -v cb="${CB[$v]}" -v cs="${CS[$v]}" -v jb="${JOB[$v]}" -v js="${JOS[$v]}" -v jcb="${JCB[$v]}" -v jc="${JCS[$v]}" \
    'BEGIN { printf "%.2f", (ob - jb + os - js) / (cb - jcb + cs - jc) }')
  NET[$v]=$(awk -v ob="${OB[$v]}" -v os="${OS[$v]}" -v cb="${CB[$v]}" -v cs="${CS[$v]}" -v rb="${IDLE_B[$v]}" -v rs="${IDLE_S[$v]}" \
    -v oi="${OI[$v]}" -v ci="${CI[$v]}" 'BEGIN { printf "%.2f", (ob - rb * oi / 1e9 + os - rs * oi / 1e9) / (cb - rb * ci / 1e9 + cs - rs * ci / 1e9) }')
  NET_NOJIT[$v]=$(awk -v ob="${OB[$v]}" -v os="${OS[$v]}" -v cb="${CB[$v]}" -v cs="${CS[$v]}" -v jb="${JOB[$v]}" -v js="${JOS[$v]}" -v jcb="${JCB[$v]}" -v jc="${JCS[$v]}" \
    -v rb="${IDLE_BJ[$v]}" -v rs="${IDLE_SJ[$v]}" -v oi="${OI[$v]}" -v ci="${CI[$v]}" \
    'BEGIN { printf "%.2f", (ob - jb - rb * oi / 1e9 + os - js - rs * oi / 1e9) / (cb - jcb - rb * ci / 1e9 + cs - jc - rs * ci / 1e9) }')
  NET_MS[$v]=$(awk -v ob="${OB[$v]}" -v os="${OS[$v]}" -v cb="${CB[$v]}" -v cs="${CS[$v]}" -v jb="${JOB[$v]}" -v js="${JOS[$v]}" -v jcb="${JCB[$v]}" -v jc="${JCS[$v]}" \
    -v rb="${IDLE_BJ[$v]}" -v rs="${IDLE_SJ[$v]}" -v oi="${OI[$v]}" -v ci="${CI[$v]}" -v n="$CREATES" -v hz="$HZ" \
    'BEGIN { printf "order create %.2f ms (business %.2f, service-management %.2f), customer create %.2f ms (business %.2f, service-management %.2f)", (ob - jb - rb * oi / 1e9 + os - js - rs * oi / 1e9) * 1000 / hz / n, (ob - jb - rb * oi / 1e9) * 1000 / hz / n, (os - js - rs * oi / 1e9) * 1000 / hz / n, (cb - jcb - rb * ci / 1e9 + cs - jc - rs * ci / 1e9) * 1000 / hz / n, (cb - jcb - rb * ci / 1e9) * 1000 / hz / n, (cs - jc - rs * ci / 1e9) * 1000 / hz / n }')
  JIT_SHARE[$v]=$(awk -v ob="${OB[$v]}" -v os="${OS[$v]}" -v cb="${CB[$v]}" -v cs="${CS[$v]}" -v jb="${JOB[$v]}" -v js="${JOS[$v]}" -v jcb="${JCB[$v]}" -v jc="${JCS[$v]}" \
    'BEGIN { printf "%.0f %% of the orders'"'"' CPU, %.0f %% of the customers'"'"'", 100 * (jb + js) / (ob + os), 100 * (jcb + jc) / (cb + cs) }')
  RATIO_BIZ[$v]=$(awk -v a="${ORDER_BIZ[$v]}" -v b="${CUST_TOTAL[$v]}" 'BEGIN { printf "%.2f", a / b }')
done
# the shared server may refuse a connection now and then ("Too many connections"): the figures are kept regardless
CREATED=$($SQL -N "$DB" -e "SELECT COUNT(*) FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE title LIKE 'Bench %')" || echo "?")
MARIADB_VERSION=$($SQL -N -e 'SELECT VERSION()' || echo "?")

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
ratio() { local small=${SIZES%% *} large=${SIZES##* }
  awk -v a="$(to_ms "${P50["$large $1"]}")" -v b="$(to_ms "${P50["$small $1"]}")" 'BEGIN { printf "%.2f", a / b }'; }
LOAD=$(loadavg)
OLD_LIST=""
if [ -z "$SIZES" ] && [ -f "$OUT" ]; then   # the list was not measured: keep the last run's list section as it was
  OLD_LIST=$(awk '/^## List/ {on = 1} /^## Create/ {on = 0} on' "$OUT")
fi
{
  echo "# Order benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/orders.sh\` on this machine ($(nproc) cores, MariaDB $MARIADB_VERSION,"
  echo "JVM \`$(java -version 2>&1 | head -1)\`); load average at the end: $LOAD (other sessions' builds and services share the"
  echo "cores, so absolute figures are noisy; the ratios are measured side by side in one run). wrk -t2 -c$CONNECTIONS for"
  echo "$DURATION after a $WARMUP warm-up per request, ADMIN token (every order visible). Orders seeded with bulk SQL: 10 000"
  echo "first, then topped up to 1 000 000, statuses spread evenly over six values, created over 700 days."
  echo
  if [ -z "$SIZES" ]; then
    echo "The list was not re-measured in this run (\`BENCH_SIZES=\"\"\`); the list section below is from the run before."
    echo
    echo "$OLD_LIST"
  else
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
  fi
  echo
  echo "## Create"
  echo
  echo "$CREATES sequential \`POST /api/order-workflow/orders\` with 5 items (SALES token; the customer read from"
  echo "business-service's replica where the code has one, otherwise looked up on service-management-service;"
  echo "\`order.submitted\` delivered from the outbox to the peer for workflow and finance) and $CREATES sequential"
  echo "\`POST /api/service-management/customers\` (ADMIN; where the code has the replica, \`customer.changed\` is delivered"
  echo "to business-service), alternating in $ROUNDS rounds; both services record an audit event per write. CPU = utime +"
  echo "stime of both JVMs (business-service and service-management-service) from /proc over each half of each round"
  echo "plus 2 s of outbox deliveries after it, divided by the requests, after ${WARM_NOTE:-$WARM creates of each kind} to warm the JIT"
  echo "up ($CREATED order items written by the current code; ${DRAINED:-}). Load average at the start of the rounds: $LOAD_START; at"
  echo "the end: $LOAD_END."
  if [ "$VARIANTS" != after ]; then
    echo
    echo "Before / after side by side: the same rounds also ran on a second pair of services started from the older jars"
    echo "(\`$(basename "$BEFORE_JAR")\`, \`$(basename "$BEFORE_SM_JAR")\` as built before the change, their own schemas),"
    echo "the two pairs taking turns within each round."
  fi
  echo
  echo "| code | request | business-service CPU/req | service-management CPU/req | total CPU/req | wall time/req | failed |"
  echo "|---|---|---|---|---|---|---|"
  for v in $VARIANTS; do
    echo "| $v | order create (5 items) | ${ORDER_BIZ[$v]} ms | ${ORDER_SM[$v]} ms | ${ORDER_TOTAL[$v]} ms | ${ORDER_MS[$v]} ms | ${FAILED[$v order]:-0} |"
    echo "| $v | customer create | ${CUST_BIZ[$v]} ms | ${CUST_SM[$v]} ms | ${CUST_TOTAL[$v]} ms | ${CUST_MS[$v]} ms | ${FAILED[$v customer]:-0} |"
  done
  echo
  for v in $VARIANTS; do
    echo "Target: order create ≤ 1.5 × the CPU per request of a customer create: $v: ratio **${RATIO[$v]}** (business-service alone ${RATIO_BIZ[$v]})."
    echo "Without the JIT compiler threads' CPU (C1/C2 threads of the same processes over the same intervals; they were ${JIT_SHARE[$v]}): ratio **${RATIO_NOJIT[$v]}**."
    echo
    echo "Net of each JVM's idle CPU (measured over ${IDLE} s without requests: business ${IDLE_B[$v]}, service-management ${IDLE_S[$v]} ticks/s): ratio **${NET[$v]}**; net of idle CPU and without the JIT threads: ratio **${NET_NOJIT[$v]}** ($(echo "${NET_MS[$v]}"))."
    echo
  done
} > "$OUT"
echo "wrote $OUT"
# the schemas are dropped on exit (bench_cleanup_hook)
