#!/usr/bin/env bash
# A/B of two gateway-service builds in front of one foundation-service, interleaved so that both meet the same
# background load (this machine is shared: back-to-back runs of bench/gateway.sh differ by more than a change
# makes). Writes bench/results/gateway-ab.md: per round req/s, p99 and CPU per request (user + system time ÷
# requests) of each gateway, foundation-service and the direct path, and the medians.
#
#   git stash / checkout the old commit; ./mvnw -q -DskipTests -pl gateway-service -am package
#   cp gateway-service/target/gateway-service.jar /tmp/gateway-a.jar   # then the same for the new build as B
#   A_JAR=/tmp/gateway-a.jar B_JAR=gateway-service/target/gateway-service.jar bench/gateway-ab.sh
#
# Knobs: A_JAR, B_JAR (required), A_NAME/B_NAME (labels), FOUNDATION_PORT (8081), A_PORT (8080), B_PORT (8090),
# CONNECTIONS (32), WARMUP (90 s per gateway, twice, alternating), DURATION (15 s), ROUNDS (4), JVM_FLAGS, OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

: "${A_JAR:?set A_JAR to the baseline gateway jar}" "${B_JAR:?set B_JAR to the gateway jar under test}"
A_NAME=${A_NAME:-A} B_NAME=${B_NAME:-B}
FP=${FOUNDATION_PORT:-8081} AP=${A_PORT:-8080} BP=${B_PORT:-8090}
CONNECTIONS=${CONNECTIONS:-32} WARMUP=${WARMUP:-90} DURATION=${DURATION:-15} ROUNDS=${ROUNDS:-4}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Dreactor.netty.native=false"}
OUT=${OUT:-bench/results/gateway-ab.md}
bench_require wrk curl
[ -f foundation-service/target/foundation-service.jar ] || { echo "build foundation-service first"; exit 1; }

bench_init
bench_local_env   # the secret; Redis stores below
export BANTU_REVOCATION_STORE=redis BANTU_REDIS_AVAILABLE=true SPRING_DATA_REDIS_HOST=127.0.0.1 BANTU_RATE_LIMITER=redis
# shellcheck disable=SC2086
BANTU_DATA_DIR="$WORK/data" java $JVM_FLAGS -jar foundation-service/target/foundation-service.jar \
  --spring.profiles.active=local --server.port="$FP" > "$WORK/foundation.log" 2>&1 &
FPID=$!; bench_track "$FPID"
# shellcheck disable=SC2086
BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$FP" java $JVM_FLAGS -jar "$A_JAR" \
  --spring.profiles.active=local --server.port="$AP" > "$WORK/a.log" 2>&1 &
APID=$!; bench_track "$APID"
# shellcheck disable=SC2086
BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$FP" java $JVM_FLAGS -jar "$B_JAR" \
  --spring.profiles.active=local --server.port="$BP" > "$WORK/b.log" 2>&1 &
BPID=$!; bench_track "$BPID"
wait_ready "$FP" "$FPID" "$WORK/foundation.log" 120
wait_ready "$AP" "$APID" "$WORK/a.log" 120
wait_ready "$BP" "$BPID" "$WORK/b.log" 120

bench_login "$FP"
URL_PATH="/api/foundation/users/$USER_ID"

run() { # port pid -> "rps p99_ms own_us_per_req foundation_us_per_req"
  local o0 f0 out o1 f1 n rps p99
  o0=$(ticks "$2"); f0=$(ticks "$FPID")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${3:-$DURATION}s" --timeout 5s --latency -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$1$URL_PATH")
  o1=$(ticks "$2"); f1=$(ticks "$FPID")
  n=$(printf '%s\n' "$out" | awk '/requests in/ {print $1}'); [ "${n:-0}" -gt 0 ] || n=1
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {v = $2; n = v + 0; if (v ~ /us$/) n /= 1000; else if (v !~ /ms$/) n *= 1000; printf "%.1f", n}')
  awk -v r="$rps" -v p="$p99" -v o=$((o1 - o0)) -v f=$((f1 - f0)) -v n="$n" -v hz="$HZ" \
    'BEGIN { printf "%s %s %.0f %.0f\n", r, p, o * 1e6 / hz / n, f * 1e6 / hz / n }'
}

echo "warming up ($WARMUP s per gateway, twice)…"
for _ in 1 2; do run "$AP" "$APID" "$WARMUP" >/dev/null; run "$BP" "$BPID" "$WARMUP" >/dev/null; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows="" a_cpu="" b_cpu="" a_ratio="" b_ratio=""
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then a=$(run "$AP" "$APID"); b=$(run "$BP" "$BPID"); else b=$(run "$BP" "$BPID"); a=$(run "$AP" "$APID"); fi
  d=$(run "$FP" "$FPID")
  read -r ar ap ac af <<< "$a"; read -r br bp bc bf <<< "$b"; read -r dr dp dc _ <<< "$d"
  echo "round $round: $A_NAME $a / $B_NAME $b / direct $d"
  rows+="| $round | $ar | $ap | $ac | $af | $br | $bp | $bc | $bf | $dr | $dp | $dc |"$'\n'
  a_cpu+="$ac"$'\n'; b_cpu+="$bc"$'\n'
  a_ratio+=$(awk -v x="$ar" -v y="$dr" 'BEGIN { printf "%.2f", x / y }')$'\n'
  b_ratio+=$(awk -v x="$br" -v y="$dr" 'BEGIN { printf "%.2f", x / y }')$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ma=$(printf "%s" "$a_cpu" | median | cut -d. -f1); mb=$(printf "%s" "$b_cpu" | median | cut -d. -f1)

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<MD
# gateway-service A/B: $A_NAME vs $B_NAME

\`bench/gateway-ab.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores. One foundation-service and two gateways in
front of it: **$A_NAME** = \`$(basename "$A_JAR")\` on :$AP, **$B_NAME** = \`$(basename "$B_JAR")\` on :$BP (same JVM
flags, local profile, Redis on). wrk $CONNECTIONS connections, $DURATION s per target, $ROUNDS rounds alternating
which gateway goes first, the direct path last; after ${WARMUP} s × 2 warm-up per gateway. Load average before the
rounds: $load_before; after: $load_after.

Gateway CPU per request, median: $A_NAME $ma µs, $B_NAME $mb µs ($B_NAME/$A_NAME = $(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2f", b / a }')).
Throughput relative to the direct run of the same round, median: $A_NAME $(printf '%s' "$a_ratio" | median), $B_NAME $(printf '%s' "$b_ratio" | median).

| round | $A_NAME req/s | p99 ms | $A_NAME CPU µs/req | foundation CPU µs/req | $B_NAME req/s | p99 ms | $B_NAME CPU µs/req | foundation CPU µs/req | direct req/s | p99 ms | foundation CPU µs/req |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
MD
cat "$OUT"
