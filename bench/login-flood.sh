#!/usr/bin/env bash
# Login isolation benchmark: does a flood of logins (one bcrypt check each) starve other routes?
# Measures GET /api/service-management/customers?page=1&size=20 (a few connections, wrk) three ways, interleaved
# in every round of the same run:
#   quiet     - no other load;
#   bounded   - during a 32-connection login flood against foundation-service with its password-check bulkhead
#               (bantu.auth.password-checks.concurrency, default half the cores);
#   unbounded - during the same flood against a second foundation-service whose bulkhead has 64 permits (as
#               before the bulkhead existed: every request thread runs its own bcrypt).
# Writes bench/results/login-flood.md: customers p50/p99 of each, the p99 ratios to quiet (target: bounded ≤ 2),
# the flood's own throughput/latency/status codes, CPU per request of every process, and the load average.
#
# Starts its own processes from the built jars (local profile, H2 in a temporary directory, a generated JWT
# secret) and stops them at the end:
#   ./mvnw -q -DskipTests -pl foundation-service,service-management-service -am package   # once
#   bench/login-flood.sh
# Knobs: FOUNDATION_PORT (8081; the unbounded one is +1000), SM_PORT (8082), FLOOD_CONNECTIONS (32),
# CUSTOMER_CONNECTIONS (2), DURATION (15 s per measurement), WARMUP (60 s), ROUNDS (3), JVM_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

FP=${FOUNDATION_PORT:-8081}
UP=$((FP + 1000))
SP=${SM_PORT:-8082}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-32}
CUSTOMER_CONNECTIONS=${CUSTOMER_CONNECTIONS:-2}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
ROUNDS=${ROUNDS:-3}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Admin@123456}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m"}
OUT=${OUT:-bench/results/login-flood.md}

bench_require wrk curl
for jar in foundation-service/target/foundation-service.jar service-management-service/target/service-management-service.jar; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -DskipTests -pl foundation-service,service-management-service -am package"; exit 1; }
done
bench_ports_free "$FP" "$UP" "$SP"
bench_init
bench_local_env
# shellcheck disable=SC2086
BANTU_DATA_DIR="$WORK/f1" java $JVM_FLAGS -jar foundation-service/target/foundation-service.jar \
  --spring.profiles.active=local --server.port="$FP" > "$WORK/foundation.log" 2>&1 &
F_PID=$!; bench_track "$F_PID"
# shellcheck disable=SC2086
BANTU_DATA_DIR="$WORK/f2" java $JVM_FLAGS -jar foundation-service/target/foundation-service.jar \
  --spring.profiles.active=local --server.port="$UP" --bantu.auth.password-checks.concurrency=64 \
  > "$WORK/foundation-unbounded.log" 2>&1 &
U_PID=$!; bench_track "$U_PID"
# shellcheck disable=SC2086
BANTU_DATA_DIR="$WORK/sm" BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$FP" java $JVM_FLAGS \
  -jar service-management-service/target/service-management-service.jar \
  --spring.profiles.active=local --server.port="$SP" > "$WORK/sm.log" 2>&1 &
S_PID=$!; bench_track "$S_PID"
echo "started foundation-service :$FP (bulkhead default), :$UP (64 permits), service-management-service :$SP…"
wait_ready "$FP" "$F_PID" "$WORK/foundation.log" 600
wait_ready "$UP" "$U_PID" "$WORK/foundation-unbounded.log" 600
wait_ready "$SP" "$S_PID" "$WORK/sm.log" 600

bench_login "$FP" "$ADMIN_PASSWORD"
CUSTOMERS="http://127.0.0.1:$SP/api/service-management/customers?page=1&size=20"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$CUSTOMERS")
[ "$code" = 200 ] || { echo "GET customers answered $code"; exit 1; }

# the flood: logins of an unknown address (bcrypt against the timing-equaliser hash, 401, no lockout to trip)
cat > "$WORK/login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"flood@example.invalid","password":"not-the-password"}'
done = function(summary, latency, requests)
  io.write(string.format("FLOOD %d %.0f %.0f %d %d\n", summary.requests, latency:percentile(50),
    latency:percentile(99), summary.errors.status, summary.errors.timeout))
end
LUA
customers() { # seconds -> "rps p50 p99 non2xx"
  local out
  out=$(wrk -t1 -c"$CUSTOMER_CONNECTIONS" -d"${1}s" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "$CUSTOMERS")
  echo "$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}') \
$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')") \
$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')") \
$(printf '%s\n' "$out" | awk '/Non-2xx/ {print $5}' | grep . || echo 0)"
}
flood() { # port seconds -> "requests p50_ms p99_ms non2xx timeouts" (non-2xx: the 401s are expected)
  wrk -t1 -c"$FLOOD_CONNECTIONS" -d"${2}s" --timeout 15s -s "$WORK/login.lua" "http://127.0.0.1:$1/api/foundation/auth/login" \
    | awk '/^FLOOD/ { printf "%d %.0f %.0f %d %d\n", $2, $3 / 1000, $4 / 1000, $5, $6 }'
}

measure() { # mode -> "rps p50 p99 non2xx sm_cpu_us flood_requests flood_p50 flood_p99 flood_non2xx flood_timeouts flood_cpu_us_per_login"
  local mode=$1 port s0 s1 f0 f1 c fl fpid
  case $mode in bounded) port=$FP; fpid=$F_PID ;; unbounded) port=$UP; fpid=$U_PID ;; *) port=; fpid=$F_PID ;; esac
  s0=$(ticks "$S_PID"); f0=$(ticks "$fpid")
  if [ -n "$port" ]; then
    flood "$port" $((DURATION + 4)) > "$WORK/flood.out" &
    local wp=$!
    sleep 2
    c=$(customers "$DURATION")
    wait "$wp"
    fl=$(cat "$WORK/flood.out")
  else
    c=$(customers "$DURATION"); fl="0 - - - -"
  fi
  s1=$(ticks "$S_PID"); f1=$(ticks "$fpid")
  local n=$(awk -v r="${c%% *}" -v d="$DURATION" 'BEGIN { printf "%d", r * d }')
  echo "$c $(us_per_req "$s0" "$s1" "$n") $fl $( [ "${fl%% *}" -gt 0 ] && us_per_req "$f0" "$f1" "${fl%% *}" || echo -)"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up ${WARMUP} s…"
customers "$WARMUP" >/dev/null
flood "$FP" 10 >/dev/null; flood "$UP" 10 >/dev/null

MODES=(quiet bounded unbounded)
declare -A R
rows=""
for round in $(seq 1 "$ROUNDS"); do
  for k in 0 1 2; do
    mode=${MODES[$(( (k + round - 1) % 3 ))]}
    R[$mode,$round]=$(measure "$mode")
    echo "round $round $mode: ${R[$mode,$round]}"
  done
  for mode in quiet bounded unbounded; do
    read -r rps p50 p99 bad smcpu freq fp50 fp99 fbad fto fcpu <<< "${R[$mode,$round]}"
    frps=$(awk -v n="$freq" -v d="$((DURATION + 4))" 'BEGIN { printf "%.1f", n / d }')
    rows+="| $round | $mode | $rps | $p50 | $p99 | $bad | $smcpu | $frps | $fp50 | $fp99 | $fbad | $fto | $fcpu |"$'\n'
  done
  read -r _ _ q99 _ <<< "${R[quiet,$round]}"; read -r _ _ b99 _ <<< "${R[bounded,$round]}"; read -r _ _ u99 _ <<< "${R[unbounded,$round]}"
  RB[$round]=$(awk -v a="$b99" -v b="$q99" 'BEGIN { printf "%.2f", a / b }')
  RU[$round]=$(awk -v a="$u99" -v b="$q99" 'BEGIN { printf "%.2f", a / b }')
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
col() { # mode field -> median over rounds
  for round in $(seq 1 "$ROUNDS"); do echo "${R[$1,$round]}" | awk -v f="$2" '{print $f}'; done | median
}
ratio_b=$(printf '%s\n' "${RB[@]}" | median); ratio_u=$(printf '%s\n' "${RU[@]}" | median)
verdict=$(awk -v r="$ratio_b" 'BEGIN { print (r + 0 <= 2 ? "met" : "missed") }')


mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<MD
# Login flood vs GET /customers

\`bench/login-flood.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1).
\`GET /api/service-management/customers?page=1&size=20\` (admin token, local profile, H2) with $CUSTOMER_CONNECTIONS
connection(s), ${DURATION} s per measurement, $ROUNDS rounds, the order of the three cases rotating from round to
round. The flood: $FLOOD_CONNECTIONS connections of \`POST /api/foundation/auth/login\` with an unknown address
(bcrypt cost 10 against the timing-equaliser hash, 401), started 2 s before and stopped 2 s after each measurement.
**bounded**: foundation-service with its password-check bulkhead at the default size (half the cores: $(( $(nproc) / 2 > 0 ? $(nproc) / 2 : 1 )) here);
**unbounded**: a second foundation-service with 64 permits, i.e. every request thread hashing at once as before.
All processes and wrk share the $(nproc) cores. JVM flags: \`$JVM_FLAGS\`.

**Load average (1/5/15 min)** before: $load_before; after: $load_after.

## Headline (medians over the rounds)

- customers p99 during the flood ÷ p99 without it, same round: **bounded $ratio_b** (target ≤ 2: $verdict), unbounded $ratio_u

| case | customers req/s | p50 ms | p99 ms | service-management CPU µs/req | logins/s | login p50 ms | login p99 ms | foundation CPU µs/login |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| quiet | $(col quiet 1) | $(col quiet 2) | $(col quiet 3) | $(col quiet 5) | — | — | — | — |
| bounded | $(col bounded 1) | $(col bounded 2) | $(col bounded 3) | $(col bounded 5) | $(col bounded 6 | awk -v d=$((DURATION + 4)) '{ printf "%.1f", $1 / d }') | $(col bounded 7) | $(col bounded 8) | $(col bounded 11) |
| unbounded | $(col unbounded 1) | $(col unbounded 2) | $(col unbounded 3) | $(col unbounded 5) | $(col unbounded 6 | awk -v d=$((DURATION + 4)) '{ printf "%.1f", $1 / d }') | $(col unbounded 7) | $(col unbounded 8) | $(col unbounded 11) |

## Every round

| round | case | customers req/s | p50 ms | p99 ms | non-2xx | SM CPU µs/req | logins/s | login p50 ms | login p99 ms | login non-2xx (401 expected) | login timeouts | foundation CPU µs/login |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
MD
cat "$OUT"
