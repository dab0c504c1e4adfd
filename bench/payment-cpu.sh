#!/usr/bin/env bash
# CPU per request of a payment create with an Idempotency-Key (finance-service, issue 13) side by side with a
# customer create (service-management-service), in one run on the same machine: wrk drives each service in turn
# (BENCH_ROUNDS alternating rounds of BENCH_DURATION, 4 connections, one wrk thread), and the service's CPU time
# (user + system from /proc/<pid>/stat) over the round is divided by the requests it answered. Every payment carries
# a fresh key (the path that stores key and body hash); the service's own replay path (same key and body) is
# measured too. Writes bench/results/payment-cpu.md. Starts both services on BENCH_FIN_PORT / BENCH_SM_PORT against
# throw-away schemas on the local MariaDB (root, no password) and stops them again.
#
# Knobs: BENCH_WARMUP (wrk warm-up per measurement, default 5s; a loaded machine needs 30s or more before the JIT
# has compiled the request path), BENCH_FIN_JAR / BENCH_SM_JAR (jars to run; they are copied first, so a rebuild
# during the run cannot pull a jar from under a running JVM), BENCH_FIN_JAR_B (a second finance-service build, e.g.
# the previous commit, measured in the same rounds as "payment create (B)": a before/after comparison on equal terms).
#
#   bash bench/payment-cpu.sh                          # 3 rounds of 20 s each
#   BENCH_ROUNDS=1 BENCH_DURATION=5s bash bench/payment-cpu.sh   # quick check
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
FIN_DB=${BENCH_FIN_DB:-bantu_fin_cpu_finance}
SM_DB=${BENCH_SM_DB:-bantu_fin_cpu_sm}
FIN_PORT=${BENCH_FIN_PORT:-18087}
SM_PORT=${BENCH_SM_PORT:-18088}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
FIN_JAR=${BENCH_FIN_JAR:-"$ROOT/finance-service/target/finance-service.jar"}
SM_JAR=${BENCH_SM_JAR:-"$ROOT/service-management-service/target/service-management-service.jar"}
FIN_JAR_B=${BENCH_FIN_JAR_B:-}
FIN_B_DB=${BENCH_FIN_B_DB:-${FIN_DB}_b}
FIN_B_PORT=${BENCH_FIN_B_PORT:-$((FIN_PORT + 2))}
OUT=${BENCH_OUT:-"$ROOT/bench/results/payment-cpu.md"}
JVM="-Xmx512m -XX:+UseSerialGC"

bench_require wrk mariadb curl java openssl
for jar in "$FIN_JAR" "$SM_JAR" $FIN_JAR_B; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -pl finance-service,service-management-service -am package -DskipTests" >&2; exit 1; }
done
bench_ports_free "$FIN_PORT" "$SM_PORT" ${FIN_JAR_B:+"$FIN_B_PORT"}
bench_init
FIN_JAR=$(bench_copy_jar "$FIN_JAR" finance.jar); SM_JAR=$(bench_copy_jar "$SM_JAR" sm.jar)
[ -z "$FIN_JAR_B" ] || FIN_JAR_B=$(bench_copy_jar "$FIN_JAR_B" finance-b.jar)
bench_secret
TOKEN=$(bench_token "$(cat /proc/sys/kernel/random/uuid)" ADMIN)
bench_cleanup_hook() {
  $SQL -e "DROP DATABASE IF EXISTS $FIN_DB; DROP DATABASE IF EXISTS $SM_DB; DROP DATABASE IF EXISTS $FIN_B_DB" 2>/dev/null
}

$SQL -e "DROP DATABASE IF EXISTS $FIN_DB; CREATE DATABASE $FIN_DB CHARACTER SET utf8mb4;
         DROP DATABASE IF EXISTS $SM_DB; CREATE DATABASE $SM_DB CHARACTER SET utf8mb4"
common_env() { # db port
  echo "SERVER_PORT=$2 SPRING_DATASOURCE_URL=jdbc:mariadb://$DB_HOST:$DB_PORT/$1 SPRING_DATASOURCE_USERNAME=root
        SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=6
        BANTU_JWT_SECRET=$SECRET BANTU_LOGS_SHIP_ENABLED=false"
}
env $(common_env "$FIN_DB" "$FIN_PORT") BANTU_SERVICES_BUSINESS_URL=http://127.0.0.1:9 BANTU_FINANCE_COLLECTION_CRON=- \
  java $JVM -jar "$FIN_JAR" --logging.level.com.bantu=WARN > "$WORK/finance.log" 2>&1 &
FIN_PID=$!; bench_track "$FIN_PID"
env $(common_env "$SM_DB" "$SM_PORT") BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:9 \
  java $JVM -jar "$SM_JAR" --logging.level.com.bantu=WARN > "$WORK/sm.log" 2>&1 &
SM_PID=$!; bench_track "$SM_PID"
FIN_B_PID=
if [ -n "$FIN_JAR_B" ]; then
  $SQL -e "DROP DATABASE IF EXISTS $FIN_B_DB; CREATE DATABASE $FIN_B_DB CHARACTER SET utf8mb4"
  env $(common_env "$FIN_B_DB" "$FIN_B_PORT") BANTU_SERVICES_BUSINESS_URL=http://127.0.0.1:9 BANTU_FINANCE_COLLECTION_CRON=- \
    java $JVM -jar "$FIN_JAR_B" --logging.level.com.bantu=WARN > "$WORK/finance-b.log" 2>&1 &
  FIN_B_PID=$!; bench_track "$FIN_B_PID"
fi
wait_ready "$FIN_PORT" "$FIN_PID" "$WORK/finance.log" 1500
wait_ready "$SM_PORT" "$SM_PID" "$WORK/sm.log" 1500
[ -z "$FIN_B_PID" ] || wait_ready "$FIN_B_PORT" "$FIN_B_PID" "$WORK/finance-b.log" 1500

# one order finance knows (as business' order.submitted would have filled it)
for db in $FIN_DB ${FIN_JAR_B:+$FIN_B_DB}; do $SQL "$db" -e "INSERT INTO finance_orders (id, order_number, customer_id, customer_name, sales_user_id,
  currency_code, final_amount, exchange_rate, status_code, created_at, updated_at) VALUES ('o-cpu', 'ORD-CPU', 'c-1',
  'Customer', 'u-1', 'CNY', 1000000000.00, 0.0005, 'approved', NOW(), NOW())"; done

cat > "$WORK/payment.lua" <<LUA
local n = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1, 1e9))
wrk.method = "POST"
wrk.body = '{"order_id":"o-cpu","payment_type":"receipt","amount":1.00,"currency_code":"CNY","payment_date":"2026-01-15","payment_method":"bank_transfer"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  n = n + 1
  wrk.headers["Idempotency-Key"] = prefix .. "-" .. n
  return wrk.format()
end
LUA
cat > "$WORK/replay.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"order_id":"o-cpu","payment_type":"receipt","amount":1.00,"currency_code":"CNY","payment_date":"2026-01-15","payment_method":"bank_transfer"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.headers["Idempotency-Key"] = "replayed-key"
LUA
cat > "$WORK/customer.lua" <<LUA
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  n = n + 1
  wrk.body = '{"name":"Bench customer ' .. n .. '","customer_type":"organization"}'
  return wrk.format()
end
LUA
# one answer of each, to see they are creates (a 4xx here would make the figures meaningless)
check() { # port path body
  local code
  code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' --max-time 120 -X POST -H "Content-Type: application/json" \
    -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: check-$RANDOM$RANDOM" -d "$3" "http://127.0.0.1:$1$2")
  case "$code" in 2??) ;; *) echo "$2 answered $code: $(head -c 500 "$WORK/check.json")" >&2; exit 1 ;; esac
}
PAYMENT_BODY='{"order_id":"o-cpu","payment_type":"receipt","amount":1.00,"currency_code":"CNY","payment_date":"2026-01-15","payment_method":"bank_transfer"}'
check "$FIN_PORT" /api/finance/payments "$PAYMENT_BODY"
[ -z "$FIN_JAR_B" ] || check "$FIN_B_PORT" /api/finance/payments "$PAYMENT_BODY"
check "$SM_PORT" /api/service-management/customers '{"name":"Bench check","customer_type":"organization"}'

run() { # pid port path script -> "requests cpu_ms_per_request req_per_s errors"
  local pid=$1 port=$2 path=$3 script=$4 before after out reqs errs rps
  wrk -t1 -c4 -d"$WARMUP" --timeout 30s -s "$WORK/$script" "http://127.0.0.1:$port$path" >/dev/null   # warm-up
  before=$(ticks "$pid")
  out=$(wrk -t1 -c4 -d"$DURATION" --timeout 30s -s "$WORK/$script" "http://127.0.0.1:$port$path")
  after=$(ticks "$pid")
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  [ "${reqs:-0}" -gt 0 ] || { echo "no request answered on $port$path within $DURATION:" >&2; echo "$out" >&2; exit 1; }
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); errs=${errs:-0}
  awk -v r="$reqs" -v t=$((after - before)) -v hz="$HZ" -v rps="$rps" -v e="$errs" \
    'BEGIN {printf "%d %.2f %.0f %d\n", r, t * 1000 / hz / r, rps, e}'
}
load_before=$(loadavg)
rows="" ratios=""
for round in $(seq 1 "$ROUNDS"); do
  read -r cr cc crps ce < <(run "$SM_PID" "$SM_PORT" /api/service-management/customers customer.lua)
  read -r pr pc prps pe < <(run "$FIN_PID" "$FIN_PORT" /api/finance/payments payment.lua)
  read -r rr rc rrps re < <(run "$FIN_PID" "$FIN_PORT" /api/finance/payments replay.lua)
  ratio=$(awk -v a="$pc" -v b="$cc" 'BEGIN {printf "%.2f", a / b}')
  ratios+="$ratio "
  b_cell=""
  if [ -n "$FIN_JAR_B" ]; then
    read -r br bc brps be < <(run "$FIN_B_PID" "$FIN_B_PORT" /api/finance/payments payment.lua)
    b_cell=" $bc ($br req, $brps/s, $be errors; ratio $(awk -v a="$bc" -v b="$cc" 'BEGIN {printf "%.2f", a / b}')) |"
  fi
  rows+="| $round | $cc ($cr req, $crps/s, $ce errors) | $pc ($pr req, $prps/s, $pe errors) | $rc ($rr req, $rrps/s) | $ratio |$b_cell"$'\n'
  echo "round $round: customer $cc ms, payment $pc ms, replay $rc ms CPU per request (ratio $ratio)$b_cell"
done
load_after=$(loadavg)
median=$(echo "$ratios" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

cat > "$OUT" <<MD
# Payment create (Idempotency-Key) vs customer create: CPU per request

\`bash bench/payment-cpu.sh\` on $(date -u +%Y-%m-%d) (UTC), $(nproc) cores shared with other engineers' builds and test
runs (load average $load_before before, $load_after after). finance-service and service-management-service side by
side (\`$JVM\` each), MariaDB $($SQL -N -e 'SELECT VERSION()'), Redis for the token-revocation check. Per round and
service: wrk, one thread, 4 connections, $DURATION after a $WARMUP warm-up; CPU = the service process's user + system
time over the round ÷ requests answered (milliseconds of CPU per request; wall-clock latency on this shared machine
says little). ADMIN token; a customer create is \`{"name", "customer_type"}\`; a payment create is a receipt without
a stage on one known order, each with a fresh \`Idempotency-Key\`; "replay" repeats one key and body (answered from
the stored payment).

| round | customer create | payment create (new key) | payment replay (same key) | payment ÷ customer |$( [ -z "$FIN_JAR_B" ] || echo " payment create (B: \`${BENCH_FIN_B_LABEL:-second build}\`) |")
|---|---|---|---|---|$( [ -z "$FIN_JAR_B" ] || echo "---|")
$rows
Median ratio: **$median** (target ≤ 1.5).
MD
echo "wrote $OUT"
