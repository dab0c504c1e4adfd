#!/usr/bin/env bash
# Two JVM flag sets side by side on one service (default foundation-service): both processes start at the same
# time, get the same warm-up (wrk on GET /api/foundation/users/{id} with the admin's token, alternating), and the
# script reports time to ready, CPU seconds used to get ready, RSS at ready and after the warm-up, and CPU per
# request during the warm-up. Writes bench/results/jvm-flags.md with the load average.
#   bench/jvm-flags.sh            # "before" = the local runner's old flags, "after" = its current ones
# Knobs: FLAGS_A / FLAGS_B (+ ENV_A / ENV_B, e.g. MALLOC_ARENA_MAX=2), NAME_A / NAME_B, PORT_A (28281), PORT_B
# (28282), WARM (60 s per process, in 4 alternating slices), CONNECTIONS (4), JAVA_A / JAVA_B (java binaries),
# JAR_A / JAR_B (the jar each one starts, e.g. an extracted jar that matches a class-data or AOT archive in the flags).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
NAME_A=${NAME_A:-before}; NAME_B=${NAME_B:-after}
FLAGS_A=${FLAGS_A:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m"}
FLAGS_B=${FLAGS_B:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m"}
ENV_A=${ENV_A-}; ENV_B=${ENV_B-MALLOC_ARENA_MAX=2}   # set to empty for none
JAVA_A=${JAVA_A:-java}; JAVA_B=${JAVA_B:-java}
PA=${PORT_A:-28281}; PB=${PORT_B:-28282}
WARM=${WARM:-60}; CONNECTIONS=${CONNECTIONS:-4}
JAR=foundation-service/target/foundation-service.jar
JAR_A=${JAR_A:-$JAR}; JAR_B=${JAR_B:-$JAR}
OUT=${OUT:-bench/results/jvm-flags.md}
bench_require wrk curl
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q -DskipTests -pl foundation-service -am package"; exit 1; }

bench_init
bench_local_env   # the secret; the stores stay in memory here
export BANTU_REVOCATION_STORE=memory BANTU_REDIS_AVAILABLE=false BANTU_RATE_LIMITER=memory
start() { # java env flags port dir jar -> pid
  # shellcheck disable=SC2086
  env $2 BANTU_DATA_DIR="$WORK/$5" "$1" $3 -jar "$6" --spring.profiles.active=local --server.port="$4" > "$WORK/$5.log" 2>&1 &
  echo $!
}
t0=$(date +%s%N)
A=$(start "$JAVA_A" "$ENV_A" "$FLAGS_A" "$PA" a "$JAR_A"); bench_track "$A"
B=$(start "$JAVA_B" "$ENV_B" "$FLAGS_B" "$PB" b "$JAR_B"); bench_track "$B"
declare -A READY CPU_READY RSS_READY
pending="a b"
for _ in $(seq 1 6000); do
  next=""
  for k in $pending; do
    if [ $k = a ]; then p=$PA; pid=$A; else p=$PB; pid=$B; fi
    if curl -fsS "http://127.0.0.1:$p/actuator/health/readiness" >/dev/null 2>&1; then
      READY[$k]=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
      CPU_READY[$k]=$(awk -v t="$(ticks "$pid")" -v hz="$HZ" 'BEGIN { printf "%.1f", t / hz }')
      RSS_READY[$k]=$(rss_mib "$pid")
      echo "$k ready after ${READY[$k]} s"
    else
      kill -0 "$pid" 2>/dev/null || { echo "$k died:"; tail -20 "$WORK/$k.log"; exit 1; }
      next+="$k "
    fi
  done
  pending=$next
  [ -z "$pending" ] && break
  sleep 0.2
done
[ -z "$pending" ] || { echo "not ready: $pending"; exit 1; }

bench_login "$PA"; TA=$TOKEN
bench_login "$PB"; TB=$TOKEN
UID_=00000000-0000-0000-0000-000000000011
declare -A REQ=([a]=0 [b]=0) TCK=([a]=0 [b]=0)
slice=$((WARM / 4))
for s in 1 2 3 4; do
  for k in a b; do
    if [ $k = a ]; then p=$PA; pid=$A; t=$TA; else p=$PB; pid=$B; t=$TB; fi
    c0=$(ticks "$pid")
    rps=$(wrk -t1 -c"$CONNECTIONS" -d"${slice}s" -H "Authorization: Bearer $t" "http://127.0.0.1:$p/api/foundation/users/$UID_" \
      | awk '/^Requests\/sec/ {print $2}')
    c1=$(ticks "$pid")
    REQ[$k]=$(awk -v a="${REQ[$k]}" -v r="$rps" -v d="$slice" 'BEGIN { printf "%d", a + r * d }')
    TCK[$k]=$((TCK[$k] + c1 - c0))
  done
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
row() { # key name java env flags pid
  local us
  us=$(awk -v t="${TCK[$1]}" -v n="${REQ[$1]}" -v hz="$HZ" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')
  echo "| $2 | ${READY[$1]} | ${CPU_READY[$1]} | ${RSS_READY[$1]} | $(rss_mib "$6") | ${REQ[$1]} | $us |"
}
mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<MD
# JVM flags side by side: foundation-service

\`bench/jvm-flags.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores. Both processes were launched at the same moment
(local profile, H2, in-memory revocation store) and warmed up alike: wrk $CONNECTIONS connections on
\`GET /api/foundation/users/{id}\`, ${WARM} s each in four alternating slices.
**Load average (1/5/15 min)** at the end: $load (other processes share the cores: start-up seconds scale with it).

- **$NAME_A**: \`$("$JAVA_A" -version 2>&1 | head -1)\` ${ENV_A:+\`$ENV_A\` }\`$FLAGS_A\` (\`$JAR_A\`)
- **$NAME_B**: \`$("$JAVA_B" -version 2>&1 | head -1)\` ${ENV_B:+\`$ENV_B\` }\`$FLAGS_B\` (\`$JAR_B\`)

| variant | ready after s | CPU s to ready | RSS at ready MiB | RSS after warm-up MiB | warm-up requests | CPU µs/request (warm-up) |
|---|---:|---:|---:|---:|---:|---:|
$(row a "$NAME_A" "" "" "" "$A")
$(row b "$NAME_B" "" "" "" "$B")
MD
cat "$OUT"
