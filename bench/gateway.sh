#!/usr/bin/env bash
# Gateway overhead benchmark: authenticated GET /api/foundation/users/{id} three ways in the same run, same token,
# 32 connections, wrk on loopback, bounded in time:
#   direct  - straight to foundation-service;
#   nginx   - through nginx (1 worker, keepalive upstream), the yardstick for what a proxy hop costs here;
#   gateway - through gateway-service (token check, identity headers, routing, breaker, access log, metrics).
# Writes bench/results/gateway.md: req/s, p50, p99 and CPU per request of every process (user + system time from
# /proc/<pid>/stat ÷ requests), per round and as medians of per-round ratios; the load average of the machine.
#
# By default it starts both services itself from their built jars (local profile, H2 in a temporary directory,
# a generated JWT secret) and nginx (installed from the OS packages when missing: apt-get install nginx-light)
# on the ports below and stops them at the end:
#   ./mvnw -q -DskipTests -pl foundation-service,gateway-service -am package   # once
#   bench/gateway.sh
# With BENCH_EXTERNAL=1 it uses services that are already running (e.g. bin/run-local.sh) and starts only nginx.
#
# Knobs (environment): FOUNDATION_PORT (8081), GATEWAY_PORT (8080), NGINX_PORT (8079), CONNECTIONS (32),
# THREADS (2), WARMUP (90 s per JVM target: on 2 shared cores the gateway's JIT keeps compiling for minutes),
# DURATION (15 s per target), ROUNDS (4; the order of the three targets rotates from round to round so a drift in
# background load favours none; headline ratios are medians of per-round ratios), FOUNDATION_PID / GATEWAY_PID
# (with BENCH_EXTERNAL=1, for CPU per request), LOW_CONNECTIONS (1: runs without queueing, the latency one hop
# adds to a single request), LOW_DURATION (10 s), ADMIN_PASSWORD (Admin@123456, the local profile's seeded
# admin), READY_TIMEOUT (600 s), JVM_FLAGS (both JVMs), GATEWAY_JVM_EXTRA (gateway only, e.g. a JFR recording:
# "-XX:StartFlightRecording=filename=/tmp/gw.jfr,settings=profile"), NGINX (0 skips the nginx target).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROOT=$(pwd)

FP=${FOUNDATION_PORT:-8081}
GP=${GATEWAY_PORT:-8080}
NP=${NGINX_PORT:-8079}
CONNECTIONS=${CONNECTIONS:-32}
LOW_CONNECTIONS=${LOW_CONNECTIONS:-1}
LOW_DURATION=${LOW_DURATION:-10}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-4}
READY_TIMEOUT=${READY_TIMEOUT:-600}
USE_NGINX=${NGINX:-1}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Admin@123456}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Dreactor.netty.native=false"}
GATEWAY_JVM_EXTRA=${GATEWAY_JVM_EXTRA:-}
OUT=${OUT:-bench/results/gateway.md}
FOUNDATION_PID=${FOUNDATION_PID:-}
GATEWAY_PID=${GATEWAY_PID:-}
NGINX_PID=

bench_require wrk curl
if [ "$USE_NGINX" = 1 ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx is missing: installing it from the OS packages (nginx-light)…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q nginx >/dev/null \
    || { echo "could not install nginx (or run with NGINX=0)"; exit 1; }
fi
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

bench_init

if [ "${BENCH_EXTERNAL:-0}" != 1 ]; then
  for jar in foundation-service/target/foundation-service.jar gateway-service/target/gateway-service.jar; do
    [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -DskipTests -pl foundation-service,gateway-service -am package"; exit 1; }
  done
  for p in "$FP" "$GP"; do
    if port_open "$p"; then echo "port $p is in use: stop what listens there or set BENCH_EXTERNAL=1 / other ports"; exit 1; fi
  done
  bench_local_env
  # shellcheck disable=SC2086
  BANTU_DATA_DIR="$WORK/data" java $JVM_FLAGS -jar foundation-service/target/foundation-service.jar \
    --spring.profiles.active=local --server.port="$FP" > "$WORK/foundation.log" 2>&1 &
  FOUNDATION_PID=$!; bench_track "$FOUNDATION_PID"
  # shellcheck disable=SC2086
  BANTU_SERVICES_FOUNDATION_URL="http://127.0.0.1:$FP" java $JVM_FLAGS $GATEWAY_JVM_EXTRA \
    -jar gateway-service/target/gateway-service.jar \
    --spring.profiles.active=local --server.port="$GP" > "$WORK/gateway.log" 2>&1 &
  GATEWAY_PID=$!; bench_track "$GATEWAY_PID"
  echo "started foundation-service (:$FP) and gateway-service (:$GP); waiting until ready…"
fi

if [ "$USE_NGINX" = 1 ]; then
  if port_open "$NP"; then echo "port $NP is in use: set NGINX_PORT"; exit 1; fi
  mkdir -p "$WORK/nginx/logs"
  # one worker, HTTP/1.1 keepalive connections to the upstream, an access log as the gateway writes one
  cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $WORK/nginx/logs/access.log combined buffer=64k flush=1s;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream foundation { server 127.0.0.1:$FP; keepalive 64; }
  server {
    listen 127.0.0.1:$NP;
    location / {
      proxy_pass http://foundation;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
NGINX
  "$NGINX_BIN" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' > "$WORK/nginx/logs/stdout.log" 2>&1 &
  NGINX_PID=$!; bench_track "$NGINX_PID"
  for _ in $(seq 1 40); do port_open "$NP" && break; sleep 0.25; done
  port_open "$NP" || { echo "nginx did not start:"; cat "$WORK/nginx/logs/"*; exit 1; }
fi
wait_ready "$FP" "" "$WORK/foundation.log" "$READY_TIMEOUT"
wait_ready "$GP" "" "$WORK/gateway.log" "$READY_TIMEOUT"

bench_login "$FP" "$ADMIN_PASSWORD"
PATH_UNDER_TEST="/api/foundation/users/$USER_ID"
TARGETS="direct:$FP gateway:$GP"
[ "$USE_NGINX" = 1 ] && TARGETS="direct:$FP nginx:$NP gateway:$GP"
for t in $TARGETS; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${t#*:}$PATH_UNDER_TEST")
  [ "$code" = 200 ] || { echo "GET $PATH_UNDER_TEST via ${t%%:*} answered $code"; exit 1; }
done
# the gateway replaces spoofed identity headers: the admin stays admin, a forged header changes nothing
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'X-User-Roles: NOBODY' \
  "http://127.0.0.1:$GP$PATH_UNDER_TEST")
[ "$code" = 200 ] || { echo "spoofed header changed the answer: $code"; exit 1; }

run_wrk() { # port seconds [connections] [threads] -> "rps p50 p99 non2xx"
  local out
  out=$(wrk -t"${4:-$THREADS}" -c"${3:-$CONNECTIONS}" -d"${2}s" --timeout 5s --latency \
    -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1$PATH_UNDER_TEST")
  local rps p50 p99 bad
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')" 3)
  p99=$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')" 3)
  bad=$(printf '%s\n' "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $p50 $p99 ${bad:-0}"
}

# CPU of nginx: the master and its worker (ticks sums them)
nginx_pids() { [ -n "$NGINX_PID" ] && echo "$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"; }
measure() { # port -> "rps p50 p99 non2xx foundation_us gateway_us nginx_us"
  local f0 g0 n0 f1 g1 n1 r n np
  np=$(nginx_pids)
  # shellcheck disable=SC2086
  f0=$(ticks "$FOUNDATION_PID"); g0=$(ticks "$GATEWAY_PID"); n0=$(ticks $np)
  r=$(run_wrk "$1" "$DURATION")
  # shellcheck disable=SC2086
  f1=$(ticks "$FOUNDATION_PID"); g1=$(ticks "$GATEWAY_PID"); n1=$(ticks $np)
  n=$(awk -v r="${r%% *}" -v d="$DURATION" 'BEGIN { printf "%d", r * d }')
  [ "$n" -gt 0 ] || n=1
  echo "$r $(us_per_req "$f0" "$f1" "$n") $(us_per_req "$g0" "$g1" "$n") $(us_per_req "${n0:--}" "${n1:--}" "$n")"
}
col_median() { # values... -> median, "-" ignored
  printf '%s\n' "$@" | grep -v '^-$' | median
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up (${WARMUP} s per JVM target, 10 s nginx)…"
run_wrk "$FP" "$WARMUP" >/dev/null
run_wrk "$GP" "$WARMUP" >/dev/null
[ "$USE_NGINX" = 1 ] && run_wrk "$NP" 10 >/dev/null

# rounds: the order of the targets rotates, so each target is first, second and last equally often
read -r -a T <<< "$TARGETS"
NT=${#T[@]}
declare -A RPS P50 P99 BAD FCPU GCPU NCPU
rounds_md=""
r_gn="" r_gd="" r_nd=""
for round in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $((NT - 1))); do
    t=${T[$(( (k + round - 1) % NT ))]}
    name=${t%%:*}; port=${t#*:}
    read -r rps p50 p99 bad fcpu gcpu ncpu <<< "$(measure "$port")"
    RPS[$name,$round]=$rps; P50[$name,$round]=$p50; P99[$name,$round]=$p99; BAD[$name,$round]=$bad
    FCPU[$name,$round]=$fcpu; GCPU[$name,$round]=$gcpu; NCPU[$name,$round]=$ncpu
    echo "round $round $name: req/s $rps p50 $p50 p99 $p99 non2xx $bad; CPU µs/req foundation $fcpu gateway $gcpu nginx $ncpu"
  done
  gd=$(awk -v a="${RPS[gateway,$round]}" -v b="${RPS[direct,$round]}" 'BEGIN { printf "%.2f", a / b }')
  r_gd+="$gd "
  if [ "$USE_NGINX" = 1 ]; then
    gn=$(awk -v a="${RPS[gateway,$round]}" -v b="${RPS[nginx,$round]}" 'BEGIN { printf "%.2f", a / b }')
    nd=$(awk -v a="${RPS[nginx,$round]}" -v b="${RPS[direct,$round]}" 'BEGIN { printf "%.2f", a / b }')
    r_gn+="$gn "; r_nd+="$nd "
  else gn=-; nd=-; fi
  for name in direct nginx gateway; do
    [ -n "${RPS[$name,$round]:-}" ] || continue
    rounds_md+="| $round | $name | ${RPS[$name,$round]} | ${P50[$name,$round]} | ${P99[$name,$round]} | ${BAD[$name,$round]} | ${FCPU[$name,$round]} | ${NCPU[$name,$round]} | ${GCPU[$name,$round]} |"$'\n'
  done
  rounds_md+="| $round | ratios | gateway/nginx $gn | gateway/direct $gd | nginx/direct $nd | | | | |"$'\n'
done

# medians per target
summary_md=""
for name in direct nginx gateway; do
  [ -n "${RPS[$name,1]:-}" ] || continue
  v_rps=(); v_p50=(); v_p99=(); v_f=(); v_n=(); v_g=()
  for round in $(seq 1 "$ROUNDS"); do
    v_rps+=("${RPS[$name,$round]}"); v_p50+=("${P50[$name,$round]}"); v_p99+=("${P99[$name,$round]}")
    v_f+=("${FCPU[$name,$round]}"); v_n+=("${NCPU[$name,$round]}"); v_g+=("${GCPU[$name,$round]}")
  done
  m_f=$(col_median "${v_f[@]}")
  m_n=$( [ "$name" = nginx ] && col_median "${v_n[@]}" || echo —)
  m_g=$( [ "$name" = gateway ] && col_median "${v_g[@]}" || echo —)
  summary_md+="| $name | $(col_median "${v_rps[@]}") | $(col_median "${v_p50[@]}") | $(col_median "${v_p99[@]}") | $m_f | $m_n | $m_g |"$'\n'
  declare "M_CPU_$name=$m_g"
  [ "$name" = nginx ] && M_CPU_nginx=$m_n
done
ratio_gd=$(col_median $r_gd)
ratio_gn=$( [ "$USE_NGINX" = 1 ] && col_median $r_gn || echo -)
ratio_nd=$( [ "$USE_NGINX" = 1 ] && col_median $r_nd || echo -)

echo "single-connection runs…"
low_md=""
declare -A LOW50 LOW99
for t in $TARGETS; do
  name=${t%%:*}; port=${t#*:}
  run_wrk "$port" 3 "$LOW_CONNECTIONS" 1 >/dev/null
  read -r rps p50 p99 bad <<< "$(run_wrk "$port" "$LOW_DURATION" "$LOW_CONNECTIONS" 1)"
  LOW50[$name]=$p50; LOW99[$name]=$p99
  low_md+="| $name | $rps | $p50 | $p99 | $bad |"$'\n'
done
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
add_gw50=$(added "${LOW50[gateway]}" "${LOW50[direct]}"); add_gw99=$(added "${LOW99[gateway]}" "${LOW99[direct]}")
if [ "$USE_NGINX" = 1 ]; then
  add_ng50=$(added "${LOW50[nginx]}" "${LOW50[direct]}"); add_ng99=$(added "${LOW99[nginx]}" "${LOW99[direct]}")
else add_ng50=-; add_ng99=-; fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

gw_cpu=${M_CPU_gateway:--}
v_tp=$(awk -v r="$ratio_gn" 'BEGIN { print (r + 0 >= 0.85 ? "met" : "missed") }')
v_cpu=$(awk -v c="$gw_cpu" 'BEGIN { print (c + 0 <= 200 ? "met" : "missed") }')
v_l50=$(awk -v x="$add_gw50" 'BEGIN { print (x + 0 <= 0.5 ? "met" : "missed") }')
v_l99=$(awk -v x="$add_gw99" 'BEGIN { print (x + 0 <= 2 ? "met" : "missed") }')

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<MD
# gateway-service overhead, next to nginx

\`bench/gateway.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), $("$NGINX_BIN" -v 2>&1 | head -1).
wrk $THREADS threads, $CONNECTIONS connections, ${DURATION} s per target and round after ${WARMUP} s warm-up per JVM
target, $ROUNDS rounds (the order of the targets rotates from round to round);
\`GET $PATH_UNDER_TEST\` with the admin's bearer token (local profile, H2, Redis $( [ "${BANTU_REDIS_AVAILABLE:-}" = true ] && echo on || echo "as found")).
wrk, nginx, foundation-service and gateway-service share the same $(nproc) cores. JVM flags: \`$JVM_FLAGS\`$( [ -n "$GATEWAY_JVM_EXTRA" ] && echo "; gateway also \`$GATEWAY_JVM_EXTRA\`").
nginx: 1 worker, HTTP/1.1 keepalive upstream (64 idle connections), buffered access log.

**Load average (1/5/15 min)** before the warm-up: $load_before; after the last run: $load_after (other processes on
the machine share the cores: absolute figures move with it, the ratios of one round much less).

## Headline (medians of per-round figures)

- gateway req/s ÷ nginx req/s: **$ratio_gn** (target ≥ 0.85: $v_tp)
- gateway req/s ÷ direct req/s: $ratio_gd; nginx req/s ÷ direct req/s: $ratio_nd
- gateway CPU per request: **$gw_cpu µs** (target ≤ 200 µs: $v_cpu); nginx (master + worker): ${M_CPU_nginx:--} µs
- added latency at $LOW_CONNECTIONS connection (gateway − direct): p50 **$add_gw50 ms** (target ≤ 0.5: $v_l50), p99 **$add_gw99 ms** (target ≤ 2: $v_l99);
  nginx − direct: p50 $add_ng50 ms, p99 $add_ng99 ms

| target | req/s | p50 ms | p99 ms | foundation CPU µs/req | nginx CPU µs/req | gateway CPU µs/req |
|---|---:|---:|---:|---:|---:|---:|
$summary_md
CPU per request = (user + system clock ticks of the process after − before the run) ÷ requests of the run.

## One connection (no queueing: the latency of the hop itself; ${LOW_DURATION} s each after 3 s warm-up)

| target | req/s | p50 ms | p99 ms | non-2xx |
|---|---:|---:|---:|---:|
$low_md
## Every round

| round | target | req/s | p50 ms | p99 ms | non-2xx | foundation CPU µs/req | nginx CPU µs/req | gateway CPU µs/req |
|---|---|---:|---:|---:|---:|---:|---:|---:|
$rounds_md
MD
cat "$OUT"
