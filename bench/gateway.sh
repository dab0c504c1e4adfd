#!/usr/bin/env bash
# Gateway overhead benchmark (issue 3): authenticated GET /api/foundation/users/{id} straight to foundation-service
# and through gateway-service, same run, same token, 32 connections, wrk on loopback, bounded in time.
# Writes bench/results/gateway.md (req/s, p50, p99 for both, and "ratio: N.NN" = gateway req/s / direct req/s).
#
# By default it starts both services itself from their built jars (local profile, H2 in a temporary directory,
# a generated JWT secret) on the ports below and stops them at the end:
#   ./mvnw -q -DskipTests -pl foundation-service,gateway-service -am package   # once
#   bench/gateway.sh
# With BENCH_EXTERNAL=1 it uses services that are already running (e.g. bin/run-local.sh) and starts nothing.
#
# Knobs (environment): FOUNDATION_PORT (8081), GATEWAY_PORT (8080), CONNECTIONS (32), THREADS (2),
# WARMUP (120 s per target: on 2 shared cores the gateway's JIT still compiles ~4000 methods per 15 s after a
# 30 s warm-up and settles only after 3-4 minutes of load), DURATION (15 s per target), ROUNDS (6, alternating
# direct/gateway; the headline ratio and p99 delta are medians of per-round comparisons, which filters out bursts
# of other load on a shared machine), FOUNDATION_PID / GATEWAY_PID (with BENCH_EXTERNAL=1, for CPU per request),
# LOW_CONNECTIONS (1: an extra run without queueing, showing the latency one hop through the gateway adds to a
# single request), ADMIN_PASSWORD (Admin@123456, the local profile's seeded admin), JVM_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

FP=${FOUNDATION_PORT:-8081}
GP=${GATEWAY_PORT:-8080}
CONNECTIONS=${CONNECTIONS:-32}
LOW_CONNECTIONS=${LOW_CONNECTIONS:-1}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-6}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Admin@123456}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Dreactor.netty.native=false"}
OUT=${OUT:-bench/results/gateway.md}
FOUNDATION_PID=${FOUNDATION_PID:-}
GATEWAY_PID=${GATEWAY_PID:-}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v curl >/dev/null || { echo "curl is missing"; exit 1; }

PIDS=()
WORK=$(mktemp -d)
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

port_open() { (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }

wait_ready() { # port name
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$2 on :$1 did not become ready (log: $WORK/$2.log)"; tail -30 "$WORK/$2.log" 2>/dev/null || true; exit 1
}

if [ "${BENCH_EXTERNAL:-0}" != 1 ]; then
  for jar in foundation-service/target/foundation-service.jar gateway-service/target/gateway-service.jar; do
    [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -DskipTests -pl foundation-service,gateway-service -am package"; exit 1; }
  done
  for p in "$FP" "$GP"; do
    if port_open "$p"; then echo "port $p is in use: stop what listens there or set BENCH_EXTERNAL=1 / other ports"; exit 1; fi
  done
  export BANTU_JWT_SECRET
  BANTU_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  if port_open 6379; then
    export BANTU_REVOCATION_STORE=redis BANTU_REDIS_AVAILABLE=true SPRING_DATA_REDIS_HOST=127.0.0.1 BANTU_RATE_LIMITER=redis
  else
    export BANTU_REVOCATION_STORE=memory BANTU_REDIS_AVAILABLE=false BANTU_RATE_LIMITER=memory
  fi
  # shellcheck disable=SC2086
  BANTU_DATA_DIR="$WORK/data" java $JVM_FLAGS -jar foundation-service/target/foundation-service.jar \
    --spring.profiles.active=local --server.port="$FP" > "$WORK/foundation.log" 2>&1 &
  PIDS+=($!); FOUNDATION_PID=$!
  # shellcheck disable=SC2086
  BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$FP" java $JVM_FLAGS -jar gateway-service/target/gateway-service.jar \
    --spring.profiles.active=local --server.port="$GP" > "$WORK/gateway.log" 2>&1 &
  PIDS+=($!); GATEWAY_PID=$!
  echo "started foundation-service (:$FP) and gateway-service (:$GP); waiting until ready…"
fi
wait_ready "$FP" foundation
wait_ready "$GP" gateway

LOGIN=$(curl -fsS -X POST "http://127.0.0.1:$FP/api/foundation/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"admin@bantu.sbs\",\"password\":\"$ADMIN_PASSWORD\"}")
TOKEN=$(printf '%s' "$LOGIN" | sed -nE 's/.*"token":"([^"]+)".*/\1/p')
USER_ID=$(printf '%s' "$LOGIN" | sed -nE 's/.*"user":\{"id":"([^"]+)".*/\1/p')
[ -n "$TOKEN" ] && [ -n "$USER_ID" ] || { echo "login failed: $LOGIN"; exit 1; }
PATH_UNDER_TEST="/api/foundation/users/$USER_ID"
for p in "$FP" "$GP"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$p$PATH_UNDER_TEST")
  [ "$code" = 200 ] || { echo "GET $PATH_UNDER_TEST on :$p answered $code"; exit 1; }
done
# the gateway replaces spoofed identity headers: the admin stays admin, a forged header changes nothing
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'X-User-Roles: NOBODY' \
  "http://127.0.0.1:$GP$PATH_UNDER_TEST")
[ "$code" = 200 ] || { echo "spoofed header changed the answer: $code"; exit 1; }

to_ms() { # wrk latency like 812.00us / 1.23ms / 1.02s -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

run_wrk() { # port seconds [connections] -> "rps p50 p99 non2xx"
  local out
  out=$(wrk -t"$THREADS" -c"${3:-$CONNECTIONS}" -d"${2}s" --timeout 5s --latency \
    -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1$PATH_UNDER_TEST")
  local rps p50 p99 bad
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')")
  bad=$(printf '%s\n' "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $p50 $p99 ${bad:-0}"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up ($WARMUP s each)…"
run_wrk "$FP" "$WARMUP" >/dev/null
run_wrk "$GP" "$WARMUP" >/dev/null

# CPU seconds (user + system) a process has used, in clock ticks; "-" when its pid is unknown (BENCH_EXTERNAL
# without FOUNDATION_PID / GATEWAY_PID)
ticks() { if [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo -; fi; }
HZ=$(getconf CLK_TCK)
us_per_req() { # ticks_before ticks_after requests
  if [ "$1" = - ] || [ "$2" = - ]; then echo -; else awk -v a="$1" -v b="$2" -v n="$3" -v hz="$HZ" 'BEGIN { printf "%.0f", (b - a) * 1e6 / hz / n }'; fi
}
measure() { # port -> "rps p50 p99 non2xx foundation_us_per_req gateway_us_per_req"
  local f0 g0 f1 g1 r n
  f0=$(ticks "$FOUNDATION_PID"); g0=$(ticks "$GATEWAY_PID")
  r=$(run_wrk "$1" "$DURATION")
  f1=$(ticks "$FOUNDATION_PID"); g1=$(ticks "$GATEWAY_PID")
  n=$(awk -v r="${r%% *}" -v d="$DURATION" 'BEGIN { printf "%d", r * d }')
  [ "$n" -gt 0 ] || n=1
  echo "$r $(us_per_req "$f0" "$f1" "$n") $(us_per_req "$g0" "$g1" "$n")"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# alternating rounds (direct first in odd rounds, gateway first in even ones, so a drift in background load does
# not favour either); each round's two runs are neighbours in time and share its background load, so the headline
# figures are medians of per-round comparisons, robust to a burst of other load in one round
best_direct="0 0 0 0" best_gateway="0 0 0 0" rounds_md="" ratios="" deltas="" fd_direct="" fd_gw="" gw_cpu=""
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then d=$(measure "$FP"); g=$(measure "$GP"); else g=$(measure "$GP"); d=$(measure "$FP"); fi
  read -r dr dp50 dp99 dbad dfd _ <<< "$d"
  read -r gr gp50 gp99 gbad gfd ggw <<< "$g"
  ratio_r=$(awk -v g="$gr" -v d="$dr" 'BEGIN { printf "%.2f", (d > 0 ? g / d : 0) }')
  delta_r=$(awk -v g="$gp99" -v d="$dp99" 'BEGIN { printf "%+.2f", g - d }')
  echo "round $round: direct  rps p50 p99 non2xx = $dr $dp50 $dp99 $dbad; gateway = $gr $gp50 $gp99 $gbad; ratio $ratio_r"
  rounds_md+="| $round | $dr | $dp50 | $dp99 | $gr | $gp50 | $gp99 | $((dbad + gbad)) | $ratio_r | $delta_r | $dfd | $gfd | $ggw |"$'\n'
  ratios+="$ratio_r"$'\n'; deltas+="$delta_r"$'\n'
  [ "$dfd" != - ] && fd_direct+="$dfd"$'\n' && fd_gw+="$gfd"$'\n' && gw_cpu+="$ggw"$'\n'
  awk -v a="$dr" -v b="${best_direct%% *}" 'BEGIN { exit !(a > b) }' && best_direct="$dr $dp50 $dp99 $dbad"
  awk -v a="$gr" -v b="${best_gateway%% *}" 'BEGIN { exit !(a > b) }' && best_gateway="$gr $gp50 $gp99 $gbad"
done

low_direct=$(THREADS=1 run_wrk "$FP" 10 "$LOW_CONNECTIONS"); low_gateway=$(THREADS=1 run_wrk "$GP" 10 "$LOW_CONNECTIONS")
echo "$LOW_CONNECTIONS connections: direct $low_direct / gateway $low_gateway"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
read -r d_rps d_p50 d_p99 d_bad <<< "$best_direct"
read -r g_rps g_p50 g_p99 g_bad <<< "$best_gateway"
ratio=$(printf '%s' "$ratios" | median)
ratio_best=$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", (d > 0 ? g / d : 0) }')
p99_delta=$(printf '%s' "$deltas" | median | awk '{ printf "%+.2f", $1 }')
cpu_fd_direct=$(printf "%s" "$fd_direct" | median | cut -d. -f1); cpu_fd_gw=$(printf "%s" "$fd_gw" | median | cut -d. -f1)
cpu_gw=$(printf "%s" "$gw_cpu" | median | cut -d. -f1)
low_p99_delta=$(awk -v a="$low_direct" -v b="$low_gateway" 'BEGIN { split(a, x, " "); split(b, y, " "); printf "%+.2f", y[3] - x[3] }')
verdict_rps=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.65 ? "met" : "missed") }')
verdict_p99=$(awk -v x="$p99_delta" 'BEGIN { print (x + 0 <= 5 ? "met" : "missed") }')

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<MD
# gateway-service overhead

\`bench/gateway.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1).
wrk $THREADS threads, $CONNECTIONS connections, ${DURATION} s per target after ${WARMUP} s warm-up, $ROUNDS alternating
rounds; \`GET $PATH_UNDER_TEST\` with the admin's bearer token (local profile, H2, Redis $( [ "${BANTU_REDIS_AVAILABLE:-}" = true ] && echo on || echo "as found")).
wrk, foundation-service and gateway-service share the same $(nproc) cores, so the gateway row also pays for the CPU
the gateway itself takes from foundation-service. JVM flags: \`$JVM_FLAGS\`.
Load average (1/5/15 min) before the warm-up: $load_before; after the last round: $load_after (other processes on
the machine share the cores: compare runs only at similar load).

ratio: $ratio
p99 delta: $p99_delta ms

\`ratio\` is the median over the rounds of (gateway req/s ÷ direct req/s) of the same round; \`p99 delta\` likewise.
Targets (issue 3): ratio ≥ 0.65 — $verdict_rps; p99 ≤ +5 ms — $verdict_p99.

Best round of each target (for comparison with earlier runs; their ratio is $ratio_best):

| target | req/s | p50 ms | p99 ms | non-2xx |
|---|---:|---:|---:|---:|
| direct :$FP | $d_rps | $d_p50 | $d_p99 | $d_bad |
| gateway :$GP | $g_rps | $g_p50 | $g_p99 | $g_bad |

CPU per request (user + system time of each process ÷ requests, median over the rounds; less sensitive to other
load than req/s): foundation-service $cpu_fd_direct µs direct and $cpu_fd_gw µs behind the gateway; gateway-service
$cpu_gw µs.

With $LOW_CONNECTIONS connection(s) (10 s each, after the rounds; no queueing, so the difference is the latency of the
extra hop itself; p99 delta $low_p99_delta ms):

| target | req/s | p50 ms | p99 ms | non-2xx |
|---|---:|---:|---:|---:|
| direct :$FP | $(echo "$low_direct" | sed 's/ / | /g') |
| gateway :$GP | $(echo "$low_gateway" | sed 's/ / | /g') |

Every round (direct and gateway runs of a round are neighbours in time; CPU in µs per request):

| round | direct req/s | p50 | p99 | gateway req/s | p50 | p99 | non-2xx | ratio | p99 delta | foundation CPU direct | foundation CPU behind gateway | gateway CPU |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rounds_md
MD
cat "$OUT"
