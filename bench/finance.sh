#!/usr/bin/env bash
# Benchmark of finance-service's reports (issue 13): summary (all time and one month), by-period (month) and aging
# at 1 000 000 payments over 100 000 orders (200 000 stages), seeded with bulk SQL (MariaDB's SEQUENCE engine), not
# the API. Latency is measured with curl, one request at a time (p50/p95 of BENCH_REQUESTS after 3 warm-ups), on a
# shared machine: read the figures as orders of magnitude. Writes bench/results/finance.md. Starts its own
# finance-service on BENCH_PORT against a throw-away schema on the local MariaDB (root, no password).
#
#   bash bench/finance.sh                                   # full run
#   BENCH_ORDERS=10000 BENCH_REQUESTS=10 bash bench/finance.sh   # quick check (100 000 payments)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB=${BENCH_DB:-bantu_fin_bench}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
SQL="mariadb -uroot -h$DB_HOST -P$DB_PORT"
PORT=${BENCH_PORT:-18086}
ORDERS=${BENCH_ORDERS:-100000}
REQUESTS=${BENCH_REQUESTS:-20}
JAR=${BENCH_JAR:-"$ROOT/finance-service/target/finance-service.jar"}
OUT="$ROOT/bench/results/finance.md"
LOG="$ROOT/bench/results/finance-service.log.tmp"
BASE="http://127.0.0.1:$PORT/api/finance"

command -v mariadb >/dev/null || { echo "mariadb client is missing" >&2; exit 1; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl finance-service -am package -DskipTests)

# ---------------------------------------------------------------- a signed token (HS256) for the bench secret
SECRET="bench-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"bench-admin","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"bench","roles":["ADMIN"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
TOKEN="$header.$payload.$signature"

# ---------------------------------------------------------------- schema (Flyway via the service) and seed
$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null; true; }
trap cleanup EXIT
start_service() {
  SERVER_PORT=$PORT \
  SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=12 BANTU_JWT_SECRET="$SECRET" \
  BANTU_SERVICES_BUSINESS_URL=http://127.0.0.1:9 BANTU_FINANCE_COLLECTION_CRON=- \
    java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --logging.level.com.bantu.service-calls=WARN > "$LOG" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 420); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service did not start, see $LOG" >&2; exit 1; }
    sleep 1
  done
  echo "service not ready, see $LOG" >&2; exit 1
}
start_service

PAYMENTS=$((ORDERS * 10))
echo "seeding $ORDERS orders, $((ORDERS * 2)) stages, $PAYMENTS payments…"
seed_start=$(date +%s)
$SQL "$DB" <<SQL
INSERT INTO finance_orders (id, order_number, customer_id, customer_name, sales_user_id, currency_code, final_amount,
                            exchange_rate, status_code, created_at, updated_at)
SELECT CONCAT('o-', seq), CONCAT('ORD-', seq), CONCAT('c-', seq MOD 5000), CONCAT('Customer ', seq MOD 5000),
       CONCAT('u-', seq MOD 50), IF(seq MOD 3 = 0, 'IDR', 'CNY'), 10000.00, IF(seq MOD 3 = 0, 1, 0.0005),
       'approved', NOW(), NOW()
FROM seq_1_to_${ORDERS};
INSERT INTO payment_stages (id, order_id, order_number, stage_number, stage_name, amount, paid_amount,
                            remaining_amount, currency_code, payment_trigger, due_date, status, payment_status,
                            created_at, updated_at)
SELECT CONCAT('s-', o.seq, '-', n.seq), CONCAT('o-', o.seq), CONCAT('ORD-', o.seq), n.seq, CONCAT('Stage ', n.seq),
       5000.00, 0, 5000.00, IF(o.seq MOD 3 = 0, 'IDR', 'CNY'), 'date',
       DATE_SUB(CURDATE(), INTERVAL CAST((o.seq * 7 + n.seq * 91) MOD 730 AS SIGNED) - 180 DAY), 'pending', 'unpaid', NOW(), NOW()
FROM seq_1_to_${ORDERS} o JOIN seq_1_to_2 n;
INSERT INTO payments (id, order_id, payment_stage_id, payment_type, amount, currency_code, payment_method,
                      payment_date, status, idempotency_key, request_hash, created_by, created_at, updated_at)
SELECT CONCAT('p-', o.seq, '-', n.seq), CONCAT('o-', o.seq), CONCAT('s-', o.seq, '-', 1 + n.seq MOD 2),
       IF(n.seq = 10, 'refund', 'receipt'), 450.00, IF(o.seq MOD 3 = 0, 'IDR', 'CNY'), 'bank_transfer',
       DATE_SUB(CURDATE(), INTERVAL ((o.seq * 13 + n.seq * 37) MOD 730) DAY),
       IF(n.seq = 9, 'pending', 'confirmed'), CONCAT('k-', o.seq, '-', n.seq), 'bench', 'bench', NOW(), NOW()
FROM seq_1_to_${ORDERS} o JOIN seq_1_to_10 n;
-- balances as the service would have derived them (confirmed receipts minus refunds per stage)
UPDATE payment_stages s JOIN (
  SELECT payment_stage_id sid, SUM(IF(payment_type = 'refund', -amount, amount)) paid
  FROM payments WHERE status = 'confirmed' GROUP BY payment_stage_id) t ON t.sid = s.id
SET s.paid_amount = t.paid, s.remaining_amount = s.amount - t.paid,
    s.payment_status = IF(t.paid >= s.amount, 'paid', IF(t.paid > 0, 'partial', 'unpaid')),
    s.status = IF(t.paid >= s.amount, 'paid', IF(s.due_date < CURDATE(), 'overdue', IF(t.paid > 0, 'partial', 'pending')));
ANALYZE TABLE finance_orders, payment_stages, payments;
SQL
seed_seconds=$(( $(date +%s) - seed_start ))
counts=$($SQL -N "$DB" -e "SELECT (SELECT COUNT(*) FROM finance_orders), (SELECT COUNT(*) FROM payment_stages), (SELECT COUNT(*) FROM payments)")
echo "seeded in ${seed_seconds}s: $counts"

# ---------------------------------------------------------------- measure
month_start=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
month_end=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
measure() { # name path -> "name | p50 | p95 | status"
  local name=$1 path=$2 times=() code
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path"; done
  for _ in $(seq 1 "$REQUESTS"); do
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v path="$path" '{a[NR]=$1*1000}
    END {p50=a[int((NR+1)/2)]; p95=a[int(NR*0.95+0.5)]; printf "| %s | `%s` | %.0f | %.0f |\n", name, path, p50, p95}'
}
rows=$(
  measure "summary, all time" "/reports/summary"
  measure "summary, one month" "/reports/summary?start_date=$month_start&end_date=$month_end"
  measure "by period (month), all time" "/reports/by-period?period=month"
  measure "by period (month), one year" "/reports/by-period?period=month&start_date=$(date -d '-1 year' +%Y-%m-%d)"
  measure "aging" "/reports/aging"
)
echo "$rows"

cat > "$OUT" <<MD
# finance-service reports at $(printf "%'d" "$PAYMENTS") payments

\`bash bench/finance.sh\` on $(date -u +%Y-%m-%d) (UTC), $(nproc) cores shared with other builds; MariaDB $($SQL -N -e 'SELECT VERSION()');
one finance-service (\`-Xmx512m -XX:+UseSerialGC\`). Seed: $counts rows (orders, stages, payments), bulk SQL in
${seed_seconds} s; payments spread over two years, 90 % confirmed, one in ten a refund; two currencies (CNY, IDR).
Sequential requests with curl, $REQUESTS measured after 3 warm-ups; milliseconds.

| report | path | p50 | p95 |
|---|---|---|---|
$rows

Target: p50 ≤ 100 ms per report at 1 M payments. The reports are aggregate SQL over covering indexes
(\`idx_payments_report\` on payments, \`(status, due_date)\` on stages); an all-time summary still reads every
confirmed payment, so it grows with the table. Maintained daily rollups (per day and currency, received and base IDR)
would make it independent of the table size; they are not built.
MD
echo "wrote $OUT"
