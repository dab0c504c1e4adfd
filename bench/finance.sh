#!/usr/bin/env bash
# Benchmark of finance-service's reports (issue 13): summary (all time and one month), by-period (month), aging,
# by-customer and by-sales-user (all time and one month), and the summary as one SALES user (own scope), at
# 1 000 000 payments over 100 000 orders (200 000 stages, 5 000 customers, 50 sales users), seeded with bulk SQL
# (MariaDB's SEQUENCE engine), not the API; the reports' rollups are then recounted once through
# POST /internal/reports/rollups/rebuild (the service keeps them itself for rows it writes). "Before": the aggregate SQL the reports ran over payments and
# stages until the rollups existed, timed in the mariadb client (BENCH_BEFORE_RUNS runs each). "After": the
# service's endpoints with curl, one request at a time (p50/p99 of BENCH_REQUESTS after 3 warm-ups). On a shared
# machine: read the figures as orders of magnitude. Writes bench/results/finance.md. Starts its own finance-service
# on BENCH_PORT against a throw-away schema on the local MariaDB (root, no password).
#
# BENCH_HTTP=0 skips the service (for a machine too loaded to start it): the schema comes from the migration files,
# the rollups from V3's, V5's and V6's own backfill, and only the SQL figures are taken. BENCH_BEFORE_RUNS=0 skips
# the old per-request scans (minutes each at 1 M payments on a loaded machine); BENCH_BEFORE_KEYS limits them to
# some reports (e.g. "sales_summary sales_period sales_aging"). BENCH_REUSE=1 keeps the schema a previous run seeded
# and recounted (same BENCH_DB and BENCH_ORDERS) and only measures.
#
# The SALES user's reports are also measured over HTTP on the old path, in the same run on the same data: a token
# of the same user with an organization scope naming no real organization sees exactly the same orders, but the
# service counts those over the orders (the path every limited scope took before the per-sales-user rollups).
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
REQUESTS=${BENCH_REQUESTS:-100}
BEFORE_RUNS=${BENCH_BEFORE_RUNS:-3}
AFTER_RUNS=${BENCH_AFTER_RUNS:-20}
HTTP=${BENCH_HTTP:-1}
REUSE=${BENCH_REUSE:-0}
BEFORE_KEYS=${BENCH_BEFORE_KEYS:-}
REDIS_DB=${BENCH_REDIS_DB:-12}
MIGRATIONS="$ROOT/finance-service/src/main/resources/db/migration"
JAR=${BENCH_JAR:-"$ROOT/finance-service/target/finance-service.jar"}
OUT=${BENCH_OUT:-"$ROOT/bench/results/finance.md"}
LOG="$ROOT/bench/results/finance-service.log.tmp"
BASE="http://127.0.0.1:$PORT/api/finance"

command -v mariadb >/dev/null || { echo "mariadb client is missing" >&2; exit 1; }
[ "$HTTP" = 0 ] || [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl finance-service -am package -DskipTests)

# ---------------------------------------------------------------- a signed token (HS256) for the bench secret
SECRET="bench-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"bench-admin","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"bench","roles":["ADMIN"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
TOKEN="$header.$payload.$signature"
# a service token: /internal/** answers only those (the rollup rebuild)
payload=$(printf '{"sub":"bench-ops","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"bench-ops","roles":["SERVICE"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
SERVICE_TOKEN="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)"
# a SALES user of the seed (u-1: every 50th order) for the scoped summary
payload=$(printf '{"sub":"u-1","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"sales","roles":["SALES"],"perms":["finance.report.view"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
SALES_TOKEN="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)"
# the same user with an organization scope of an organization without orders: same figures, counted over the orders
payload=$(printf '{"sub":"u-1","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"sales","roles":["SALES"],"perms":["finance.report.view"],"scope":"org","scope_orgs":["org-none"],"type":"access"}' \
  "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" | b64url)
SALES_SCAN_TOKEN="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)"

# ---------------------------------------------------------------- schema (Flyway via the service) and seed
[ "$REUSE" = 1 ] || $SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null; true; }
trap cleanup EXIT
start_service() {
  # a service still answering on the port (an earlier run's, shutting down) would be measured instead
  ! curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 || { echo "port $PORT is taken" >&2; exit 1; }
  SERVER_PORT=$PORT \
  SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=$REDIS_DB BANTU_JWT_SECRET="$SECRET" \
  BANTU_SERVICES_BUSINESS_URL=http://127.0.0.1:9 BANTU_FINANCE_COLLECTION_CRON=- \
    java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --logging.level.com.bantu.service-calls=WARN > "$LOG" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 900); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service did not start, see $LOG" >&2; exit 1; }
    sleep 1
  done
  echo "service not ready, see $LOG" >&2; exit 1
}
if [ "$HTTP" = 1 ]; then
  start_service
elif [ "$REUSE" = 1 ]; then
  :
else
  for v in V1__finance_schema.sql V2__event_outbox.sql; do
    sed 's/\${event_publication_id_type}/VARCHAR(36)/' "$MIGRATIONS/$v" | $SQL "$DB"
  done
fi

PAYMENTS=$((ORDERS * 10))
if [ "$REUSE" = 1 ]; then
  seed_seconds="(an earlier run's)"
else
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
fi
counts=$($SQL -N "$DB" -e "SELECT (SELECT COUNT(*) FROM finance_orders), (SELECT COUNT(*) FROM payment_stages), (SELECT COUNT(*) FROM payments)")
echo "seeded in ${seed_seconds}s: $counts"

# ---------------------------------------------------------------- rollups for the bulk-loaded rows
rebuild_start=$(date +%s%N)
if [ "$REUSE" = 1 ]; then
  :
elif [ "$HTTP" = 1 ]; then
  curl -fsS -X POST -H "Authorization: Bearer $SERVICE_TOKEN" "http://127.0.0.1:$PORT/internal/reports/rollups/rebuild" >/dev/null
else
  $SQL "$DB" < "$MIGRATIONS/V3__report_rollups.sql"   # creates the rollups and fills them from what exists
  $SQL "$DB" < "$MIGRATIONS/V5__report_party_rollups.sql"
  $SQL "$DB" < "$MIGRATIONS/V6__report_sales_rollups.sql"
fi
rebuild_ms=$(( ($(date +%s%N) - rebuild_start) / 1000000 ))
[ "$REUSE" = 0 ] || rebuild_ms="(earlier run: not timed here)"
rollup_rows=$($SQL -N "$DB" -e "SELECT (SELECT COUNT(*) FROM report_stage_days), (SELECT COUNT(*) FROM report_payment_days), (SELECT COUNT(*) FROM report_party_months), (SELECT COUNT(*) FROM report_sales_stage_days), (SELECT COUNT(*) FROM report_sales_payment_days)")
echo "rollups recounted in ${rebuild_ms} ms: $rollup_rows rows"

month_start=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
month_end=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- before: the per-request scans the reports used to run
RATE="COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)"
SIGNED="CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END"
OUTS="CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END"
OVD="CASE WHEN s.remaining_amount > 0 AND s.due_date < CURDATE() THEN s.remaining_amount ELSE 0 END"
old_summary() { # $1 = extra stage filter, $2 = extra payment filter
  echo "SELECT s.currency_code, SUM(s.amount), SUM($OUTS), SUM($OVD), SUM(s.amount / $RATE), SUM($OUTS / $RATE),
          SUM($OVD / $RATE) FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id
        WHERE s.status <> 'cancelled' $1 GROUP BY s.currency_code;
        SELECT p.currency_code, SUM($SIGNED), COUNT(*), SUM(($SIGNED) / $RATE) FROM payments p
        JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' $2 GROUP BY p.currency_code;"
}
old_period() { # $1 = extra payment filter, $2 = extra stage filter
  echo "SELECT YEAR(p.payment_date), MONTH(p.payment_date), p.currency_code, SUM($SIGNED) FROM payments p
        WHERE p.status = 'confirmed' $1 GROUP BY YEAR(p.payment_date), MONTH(p.payment_date), p.currency_code;
        SELECT YEAR(s.due_date), MONTH(s.due_date), s.currency_code, SUM(s.amount) FROM payment_stages s
        WHERE s.status <> 'cancelled' AND s.due_date IS NOT NULL $2
        GROUP BY YEAR(s.due_date), MONTH(s.due_date), s.currency_code;"
}
old_aging="SELECT s.currency_code,
  SUM(CASE WHEN s.due_date IS NULL OR s.due_date >= CURDATE() THEN s.remaining_amount ELSE 0 END),
  SUM(CASE WHEN s.due_date < CURDATE() AND s.due_date >= CURDATE() - INTERVAL 30 DAY THEN s.remaining_amount ELSE 0 END),
  SUM(CASE WHEN s.due_date < CURDATE() - INTERVAL 30 DAY AND s.due_date >= CURDATE() - INTERVAL 60 DAY THEN s.remaining_amount ELSE 0 END),
  SUM(CASE WHEN s.due_date < CURDATE() - INTERVAL 60 DAY AND s.due_date >= CURDATE() - INTERVAL 90 DAY THEN s.remaining_amount ELSE 0 END),
  SUM(CASE WHEN s.due_date < CURDATE() - INTERVAL 90 DAY THEN s.remaining_amount ELSE 0 END), SUM(s.remaining_amount)
  FROM payment_stages s WHERE s.status NOT IN ('cancelled', 'paid') AND s.remaining_amount > 0 GROUP BY s.currency_code"
old_party() { # $1 = key column, $2 = stage filter, $3 = payment filter
  echo "SELECT COUNT(*) FROM (SELECT t.k, t.cur FROM (SELECT o.$1 k, s.currency_code cur FROM payment_stages s
          JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled' $2
          UNION ALL SELECT o.$1, p.currency_code FROM payments p JOIN finance_orders o ON o.id = p.order_id
          WHERE p.status = 'confirmed' $3) t GROUP BY t.k, t.cur) c;
        SELECT t.k, t.cur, SUM(t.rec), SUM(t.recv) FROM (SELECT o.$1 k, s.currency_code cur, s.amount rec, 0 recv
          FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled' $2
          UNION ALL SELECT o.$1, p.currency_code, 0, $SIGNED FROM payments p JOIN finance_orders o ON o.id = p.order_id
          WHERE p.status = 'confirmed' $3) t GROUP BY t.k, t.cur ORDER BY t.k, t.cur LIMIT 20"
}
old_sales_summary="$(old_summary "AND o.sales_user_id = 'u-1'" "AND o.sales_user_id = 'u-1'")"
# what a SALES user's by-period and aging counted before the per-sales-user rollups (over their orders)
old_sales_period="SELECT YEAR(p.payment_date), MONTH(p.payment_date), p.currency_code, SUM($SIGNED) FROM payments p
        JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' AND o.sales_user_id = 'u-1'
        GROUP BY YEAR(p.payment_date), MONTH(p.payment_date), p.currency_code;
        SELECT YEAR(s.due_date), MONTH(s.due_date), s.currency_code, SUM(s.amount) FROM payment_stages s
        JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled' AND s.due_date IS NOT NULL
        AND o.sales_user_id = 'u-1' GROUP BY YEAR(s.due_date), MONTH(s.due_date), s.currency_code"
old_sales_aging="$(echo "$old_aging" | sed "s/FROM payment_stages s WHERE/FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id WHERE o.sales_user_id = 'u-1' AND/")"
year_ago=$(date -d '-1 year' +%Y-%m-%d)
month_key=$(date -d "$month_start" +%Y%m)
declare -A BEFORE
declare -A AFTER_SQL
timed() { # runs sql -> "median / max" ms
  local runs=$1 sql=$2 times=()
  for _ in $(seq 1 "$runs"); do   # timed inside the server session: no client start-up in the figure
    times+=($($SQL -N "$DB" -e "SET @t0 = NOW(6); $sql; SELECT TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6)) / 1000;" | tail -1))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f / %.1f", a[int((NR+1)/2)], a[NR]}'
}
before() {
  if [ "$BEFORE_RUNS" = 0 ] || { [ -n "$BEFORE_KEYS" ] && [[ " $BEFORE_KEYS " != *" $1 "* ]]; }; then
    BEFORE[$1]="not measured"; return
  fi
  BEFORE[$1]=$(timed "$BEFORE_RUNS" "$2"); echo "before $1: ${BEFORE[$1]} ms"
}
after_sql() { AFTER_SQL[$1]=$(timed "$AFTER_RUNS" "$2"); echo "after (SQL) $1: ${AFTER_SQL[$1]} ms"; }
before summary_all "$(old_summary "" "")"
before summary_month "$(old_summary "AND s.due_date >= '$month_start' AND s.due_date <= '$month_end'" "AND p.payment_date >= '$month_start' AND p.payment_date <= '$month_end'")"
before period_all "$(old_period "" "")"
before period_year "$(old_period "AND p.payment_date >= '$year_ago'" "AND s.due_date >= '$year_ago'")"
before aging "$old_aging"
before customer_all "$(old_party customer_id "" "")"
before customer_month "$(old_party customer_id "AND s.due_date >= '$month_start' AND s.due_date <= '$month_end'" "AND p.payment_date >= '$month_start' AND p.payment_date <= '$month_end'")"
before sales_all "$(old_party sales_user_id "" "")"
before sales_summary "$old_sales_summary"
before sales_period "$old_sales_period"
before sales_aging "$old_sales_aging"

# ---------------------------------------------------------------- after, SQL only: what ReportService now runs
STAGE_DAYS=report_stage_days
PAYMENT_DAYS=report_payment_days
new_summary() { # $1 = due filter, $2 = payment date filter
  echo "SELECT r.currency_code, SUM(r.receivable), SUM(r.outstanding),
          SUM(CASE WHEN r.due_key < CURDATE() THEN r.outstanding ELSE 0 END), SUM(r.receivable_idr),
          SUM(r.outstanding_idr), SUM(CASE WHEN r.due_key < CURDATE() THEN r.outstanding_idr ELSE 0 END)
        FROM $STAGE_DAYS r WHERE r.stage_count > 0 $1 GROUP BY r.currency_code;
        SELECT r.currency_code, SUM(r.received), SUM(r.payment_count), SUM(r.received_idr) FROM $PAYMENT_DAYS r
        WHERE r.payment_count > 0 $2 GROUP BY r.currency_code;"
}
new_period() { # $1 = payment date filter, $2 = due filter
  echo "SELECT YEAR(r.payment_date), MONTH(r.payment_date), r.currency_code, SUM(r.received) FROM $PAYMENT_DAYS r
        WHERE r.payment_count > 0 $1 GROUP BY YEAR(r.payment_date), MONTH(r.payment_date), r.currency_code;
        SELECT YEAR(r.due_key), MONTH(r.due_key), r.currency_code, SUM(r.receivable) FROM $STAGE_DAYS r
        WHERE r.stage_count > 0 AND r.due_key <> '9999-12-31' $2
        GROUP BY YEAR(r.due_key), MONTH(r.due_key), r.currency_code;"
}
new_aging="SELECT r.currency_code,
  SUM(CASE WHEN r.due_key >= CURDATE() THEN r.outstanding ELSE 0 END),
  SUM(CASE WHEN r.due_key < CURDATE() AND r.due_key >= CURDATE() - INTERVAL 30 DAY THEN r.outstanding ELSE 0 END),
  SUM(CASE WHEN r.due_key < CURDATE() - INTERVAL 30 DAY AND r.due_key >= CURDATE() - INTERVAL 60 DAY THEN r.outstanding ELSE 0 END),
  SUM(CASE WHEN r.due_key < CURDATE() - INTERVAL 60 DAY AND r.due_key >= CURDATE() - INTERVAL 90 DAY THEN r.outstanding ELSE 0 END),
  SUM(CASE WHEN r.due_key < CURDATE() - INTERVAL 90 DAY THEN r.outstanding ELSE 0 END), SUM(r.outstanding)
  FROM report_stage_days r WHERE r.outstanding > 0 GROUP BY r.currency_code"
after_sql summary_all "$(new_summary "" "")"
after_sql summary_month "$(new_summary "AND r.due_key <> '9999-12-31' AND r.due_key >= '$month_start' AND r.due_key <= '$month_end'" "AND r.payment_date >= '$month_start' AND r.payment_date <= '$month_end'")"
after_sql period_all "$(new_period "" "")"
after_sql period_year "$(new_period "AND r.payment_date >= '$year_ago'" "AND r.due_key >= '$year_ago'")"
after_sql aging "$new_aging"
new_party() { # $1 = key column, $2 = month condition: one grouping, the page with the number of groups
  echo "SELECT r.$1, r.currency_code, SUM(r.receivable), SUM(r.received), COUNT(*) OVER () FROM report_party_months r
          WHERE $2 GROUP BY r.$1, r.currency_code HAVING SUM(r.stage_count) + SUM(r.payment_count) > 0
          ORDER BY r.$1, r.currency_code LIMIT 20"
}
prev_party() { # the previous code: a count of the groups, then the page (two groupings per request)
  echo "SELECT COUNT(*) FROM (SELECT r.$1, r.currency_code FROM report_party_months r WHERE $2
          GROUP BY r.$1, r.currency_code HAVING SUM(r.stage_count) + SUM(r.payment_count) > 0) c;
        SELECT r.$1, r.currency_code, SUM(r.receivable), SUM(r.received) FROM report_party_months r WHERE $2
          GROUP BY r.$1, r.currency_code HAVING SUM(r.stage_count) + SUM(r.payment_count) > 0
          ORDER BY r.$1, r.currency_code LIMIT 20"
}
PREV_SQL=$(
  printf '| by customer, all time | %s | %s |\n' "$(timed "$AFTER_RUNS" "$(prev_party customer_id "r.month_key = 0")")" \
    "$(timed "$AFTER_RUNS" "$(new_party customer_id "r.month_key = 0")")"
  printf '| by customer, one month | %s | %s |\n' "$(timed "$AFTER_RUNS" "$(prev_party customer_id "r.month_key BETWEEN $month_key AND $month_key")")" \
    "$(timed "$AFTER_RUNS" "$(new_party customer_id "r.month_key BETWEEN $month_key AND $month_key")")"
  printf '| by sales user, all time | %s | %s |\n' "$(timed "$AFTER_RUNS" "$(prev_party sales_user_id "r.month_key = 0")")" \
    "$(timed "$AFTER_RUNS" "$(new_party sales_user_id "r.month_key = 0")")"
)
echo "$PREV_SQL"
after_sql customer_all "$(new_party customer_id "r.month_key = 0")"
after_sql customer_month "$(new_party customer_id "r.month_key BETWEEN $month_key AND $month_key")"
after_sql sales_all "$(new_party sales_user_id "r.month_key = 0")"
# a SALES user's reports read their rows of the per-sales-user day rollups
STAGE_DAYS="(SELECT * FROM report_sales_stage_days WHERE sales_user_id = 'u-1')"
PAYMENT_DAYS="(SELECT * FROM report_sales_payment_days WHERE sales_user_id = 'u-1')"
after_sql sales_summary "$(new_summary "" "")"
after_sql sales_period "$(new_period "" "")"
after_sql sales_aging "$(echo "$new_aging" | sed "s/FROM report_stage_days r/FROM $STAGE_DAYS r/")"

# ---------------------------------------------------------------- after: the service's endpoints over the rollups
measure() { # key name path [token] -> "| name | path | before | after SQL | p50 | p99 |"
  local key=$1 name=$2 path=$3 auth=${4:-$TOKEN} times=() code
  if [ "$HTTP" = 0 ]; then
    printf '| %s | `%s` | %s | %s | not measured | not measured |\n' "$name" "$path" "${BEFORE[$key]:-}" "${AFTER_SQL[$key]:-}"
    return
  fi
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $auth" "$BASE$path"; done
  for _ in $(seq 1 "$REQUESTS"); do
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $auth" "$BASE$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v path="$path" -v before="${BEFORE[$key]:-}" -v sql="${AFTER_SQL[$key]:-}" '{a[NR]=$1*1000}
    END {p50=a[int((NR+1)/2)]; p99=a[int(NR*0.99+0.5)]; printf "| %s | `%s` | %s | %s | %.1f | %.1f |\n", name, path, before, sql, p50, p99}'
}
rows=$(
  measure summary_all "summary, all time" "/reports/summary"
  measure summary_month "summary, one month" "/reports/summary?start_date=$month_start&end_date=$month_end"
  measure period_all "by period (month), all time" "/reports/by-period?period=month"
  measure period_year "by period (month), one year" "/reports/by-period?period=month&start_date=$year_ago"
  measure aging "aging" "/reports/aging"
  measure customer_all "by customer, all time (first page of 20)" "/reports/by-customer?size=20"
  measure customer_month "by customer, one month (first page of 20)" "/reports/by-customer?size=20&start_date=$month_start&end_date=$month_end"
  measure sales_all "by sales user, all time (first page of 20)" "/reports/by-sales-user?size=20"
  measure sales_summary "summary, all time, as one SALES user (own 2 000 orders)" "/reports/summary" "$SALES_TOKEN"
  measure sales_period "by period (month), all time, as that SALES user" "/reports/by-period?period=month" "$SALES_TOKEN"
  measure sales_aging "aging, as that SALES user" "/reports/aging" "$SALES_TOKEN"
  measure old_path "summary as that user, old path (counted over the orders)" "/reports/summary" "$SALES_SCAN_TOKEN"
  measure old_path "by period as that user, old path" "/reports/by-period?period=month" "$SALES_SCAN_TOKEN"
  measure old_path "aging as that user, old path" "/reports/aging" "$SALES_SCAN_TOKEN"
)
echo "$rows"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat > "$OUT" <<MD
# finance-service reports at $(printf "%'d" "$PAYMENTS") payments

\`bash bench/finance.sh\` on $(date -u +%Y-%m-%d) (UTC), $(nproc) cores shared with other engineers' builds and test runs
(load average $load_before before the measurements, $load_after after); MariaDB $($SQL -N -e 'SELECT VERSION()');
one finance-service (\`-Xmx512m -XX:+UseSerialGC\`). Seed: $counts rows (orders, stages, payments), bulk SQL in
${seed_seconds} s; payments spread over two years, 90 % confirmed, one in ten a refund; two currencies (CNY, IDR).
The rollups for the bulk-loaded rows were recounted once in ${rebuild_ms} ms ($rollup_rows rows: stage days,
payment days, party months, sales-user stage days, sales-user payment days).

- **before**: the aggregate SQL each report ran per request until the rollups existed (scans of payments and stages
  joined to the orders), timed inside a mariadb client session (server time, no client start-up), median / max
  of $BEFORE_RUNS runs, milliseconds.
- **after, SQL**: the same reports as ReportService now queries the day rollups, in the mariadb client (client
  start-up excluded, as above), median / max of $AFTER_RUNS runs, milliseconds.
- **after, HTTP**: the service's endpoint, sequential requests with curl (HTTP, JSON and security included),
  $REQUESTS measured after 3 warm-ups, milliseconds$( [ "$HTTP" = 1 ] || echo " (not measured in this run: BENCH_HTTP=0)").

| report | path | before, SQL median / max | after, SQL median / max | after, HTTP p50 | after, HTTP p99 |
|---|---|---|---|---|---|
$rows

Target: p50 ≤ 100 ms per report at 1 M payments. Summary, by-period and aging read \`report_stage_days\` and
\`report_payment_days\` (one row per day and currency, about 1 500 rows each here); by-customer and by-sales-user
read \`report_party_months\` (one row per customer, sales user, organization, currency and month, plus an all-time
row). All are kept exact by the transaction that confirms, cancels or refunds a payment or changes a stage or an
order's parties (see finance-service's README), so their cost follows days, months and parties, not payments. A
SALES user's summary, by-period and aging read their rows of \`report_sales_stage_days\` and
\`report_sales_payment_days\` (the day rollups with the sales user as first key column); the "old path" rows are
the same user with an organization scope naming no real organization (same orders, same figures), which the service
still counts over the orders, as every limited scope did before.

By customer and by sales user, SQL only (median / max of $AFTER_RUNS runs, ms): the previous code grouped the rollup
twice per request (a count of the groups, then the page); now once, with the count as a window over the groups.

| report | previous: count + page | now: page with COUNT(*) OVER () |
|---|---|---|
$PREV_SQL
MD
echo "wrote $OUT"
