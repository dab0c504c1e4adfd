#!/usr/bin/env bash
# Benchmark of approvals (issue 12): N order approvals started through workflow-service's internal API and approved
# through its task API; reports instances started per second, task-completion p50/p99, and how long the
# approval.approved events take to reach the consumer (per event, and from the last completion to the last event).
# business-service is played by ApprovalsBench's own HTTP server on BENCH_STUB_PORT (the consumer of the events),
# and so is foundation-service (the consumer of every write's audit.recorded event: with no foundation running, its
# deliveries would fail and be retried; BENCH_SLOW_AUDIT_MS makes it slow instead, to check that a slow consumer does
# not hold approval.approved back: each consumer has its own delivery pool);
# so "order marked approved" is measured as "approval.approved delivered to business-service's /internal/events".
# Writes bench/results/approvals.md.
#
# What it starts (and stops again): workflow-service on BENCH_PORT against the local MariaDB (root, no password) in
# a throw-away schema, the machine's Redis (127.0.0.1:6379, db BENCH_REDIS_DB) for the token-revocation check.
#
#   bash bench/approvals.sh                                   # 1 000 orders, 4 at a time
#   BENCH_ORDERS=200 bash bench/approvals.sh                  # quick check
#   BENCH_SLOW_AUDIT_MS=1500 BENCH_OUT=/tmp/slow.md bash bench/approvals.sh
#                                     # foundation answers every audit.recorded after 1.5 s (a slow, not absent consumer)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
DB=${BENCH_DB:-bantu_workflow_bench}
PORT=${BENCH_PORT:-18185}
STUB_PORT=${BENCH_STUB_PORT:-18184}
REDIS_DB=${BENCH_REDIS_DB:-6}
ORDERS=${BENCH_ORDERS:-1000}
CONCURRENCY=${BENCH_CONCURRENCY:-4}
SLOW_AUDIT_MS=${BENCH_SLOW_AUDIT_MS:-0}
JAR="$ROOT/workflow-service/target/workflow-service.jar"
OUT=${BENCH_OUT:-"$ROOT/bench/results/approvals.md"}
JVM="-Xmx512m -XX:+UseSerialGC"

bench_require mariadb java curl
bench_ports_free "$PORT" "$STUB_PORT"
# the jar in target/ as it is (build it from this tree first: ./mvnw -pl workflow-service -am package -DskipTests)
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl workflow-service -am package -DskipTests)
bench_init
LOG="$WORK/workflow-service.log"
JAR=$(bench_copy_jar "$JAR" wf.jar)
bench_secret
bench_cleanup_hook() { [ "${BENCH_KEEP_DB:-0}" = 1 ] || $SQL -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null; }

$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
SERVER_PORT=$PORT SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=$REDIS_DB \
BANTU_JWT_SECRET="$SECRET" BANTU_SERVICES_BUSINESS_URL="http://127.0.0.1:$STUB_PORT" \
BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$STUB_PORT" BANTU_LOGS_SHIP_ENABLED=false \
  java $JVM -jar "$JAR" --logging.level.com.bantu=WARN > "$LOG" 2>&1 &
WF_PID=$!
bench_track "$WF_PID"
wait_ready "$PORT" "$WF_PID" "$LOG" 600

echo "measuring: $ORDERS orders, $CONCURRENCY at a time…"
LOAD_BEFORE=$(loadavg)
STARTED_AT=$(date -u +%H:%M)
RESULT=$(java "$ROOT/bench/ApprovalsBench.java" "http://127.0.0.1:$PORT" "$SECRET" "$STUB_PORT" "$ORDERS" "$CONCURRENCY" \
  "$SLOW_AUDIT_MS")
LOAD_AFTER=$(loadavg)
echo "$RESULT"
val() { echo "$RESULT" | awk -v k="$1" '$1 == k { print $2 }'; }
p50=$(val complete_p50_ms); p99=$(val complete_p99_ms); lag99=$(val lag_p99_ms)
ratio=$(awk -v a="$p99" -v b="$p50" 'BEGIN { printf "%.2f", a / b }')
verdict() { awk -v x="$1" -v lim="$2" 'BEGIN { print (x <= lim ? "met" : "missed") }'; }
cat > "$OUT" <<MD
# Approvals benchmark (bench/approvals.sh)

$(date -u +%Y-%m-%d), $(nproc) cores shared with other work, workflow-service ($JVM) on MariaDB $($SQL -N -e 'SELECT VERSION()'),
$ORDERS order approvals below the FINANCE threshold (one ADMIN review each), $CONCURRENCY requests at a time.
business-service is played by the driver's HTTP server: the lag is until approval.approved reaches its
\`/internal/events\` (the outbox delivers after commit). foundation-service (every write's audit.recorded) is played
by the same server$( [ "$SLOW_AUDIT_MS" = 0 ] && echo ", answering at once" || echo ", holding each audit delivery $SLOW_AUDIT_MS ms (a slow consumer)").
Measured from $STARTED_AT UTC; load average (1/5/15 min) before \`$LOAD_BEFORE\`, after \`$LOAD_AFTER\`.

| figure | value | target |
|---|---|---|
| instances started per second | $(val instances_per_second) | — |
| task completion p50 | $p50 ms | — |
| task completion p99 | $p99 ms (x$ratio of p50) | ≤ 3 × p50: $(verdict "$ratio" 3) |
| task completion max | $(val complete_max_ms) ms | — |
| approval.approved delivered | $(val delivered) of $ORDERS | all |
| delivery lag p50 / p99 (event arrival − completion response) | $(val lag_p50_ms) / $lag99 ms | p99 ≤ 2000 ms: $(verdict "$lag99" 2000) |
| last completion → last event | $(val last_completion_to_last_event_ms) ms | — |

Raw output:

\`\`\`
$RESULT
\`\`\`
MD
echo "wrote $OUT"
