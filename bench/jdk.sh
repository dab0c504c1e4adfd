#!/usr/bin/env bash
# The same jars under several JVM configurations, side by side in one run (issue 16, target 2): JDK 17, JDK 25, and
# JDK 25 with virtual threads (BANTU_VIRTUAL_THREADS=true). Each configuration runs its own foundation-service and
# service-management-service (local profile, H2, the machine's Redis when one answers); all of them are started at
# once, warmed up alike, then measured in alternating rounds (config 1, 2, 3, 1, 2, 3, …) so they meet the same
# background load. Per configuration and endpoint: median req/s and median CPU µs per request (the service's own
# utime + stime over the requests wrk counted). Writes bench/results/jdk.md with the load average.
#
#   bench/jdk.sh                            # about 10 minutes on 2 cores
#   ROUNDS=1 DURATION=5 WARM=5 bench/jdk.sh # quick check
# Knobs: CONFIGS ("name|java binary|environment[|foundation jar|service-management jar]" …, VAR=value pairs of the
# environment separated by commas; the two jars default to this build's, so an older build can run beside it:
#   CONFIGS="before|$JDK17||/tmp/old/foundation-service.jar|/tmp/old/service-management-service.jar after|$JDK17|"),
# FLAGS (JVM flags of every process, the Docker image's by default), CONNECTIONS (16), DURATION (10 s per measured
# slice), ROUNDS (4), WARM (20 s per warm-up slice, two slices per configuration and endpoint), PORT_BASE (28380:
# foundation +1…, service-management +11…),
# CUSTOMERS (0: the local profile's empty customer table; N creates N customers through each service-management's API
# before the warm-up, with a level and an industry, and points it at its own foundation-service for the user names),
# ENDPOINTS ("users customers": which of the two to measure).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# JDK 24+ needs --sun-misc-unsafe-memory-access=allow for Netty's fast paths (Lettuce, the Redis client)
U=JDK_JAVA_OPTIONS=--sun-misc-unsafe-memory-access=allow
CONFIGS=${CONFIGS:-"jdk17|$JDK17| jdk25|$JDK25|$U jdk25-vt|$JDK25|$U,BANTU_VIRTUAL_THREADS=true"}
FLAGS=${FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m"}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-4}
ENDPOINTS=${ENDPOINTS:-users customers}
WARM=${WARM:-20}
PORT_BASE=${PORT_BASE:-28380}
OUT=${OUT:-bench/results/jdk.md}
CUSTOMERS=${CUSTOMERS:-0}
FJAR=foundation-service/target/foundation-service.jar
SJAR=service-management-service/target/service-management-service.jar
bench_require wrk curl openssl
for j in "$FJAR" "$SJAR"; do
  [ -f "$j" ] || { echo "$j is missing: ./mvnw -q -DskipTests -pl foundation-service,service-management-service -am package"; exit 1; }
done

bench_init
FJAR=$(bench_copy_jar "$FJAR" foundation.jar)
SJAR=$(bench_copy_jar "$SJAR" service-management.jar)
bench_local_env
export SPRING_DATA_REDIS_DATABASE=${BENCH_REDIS_DB:-6}
SECRET=$BANTU_JWT_SECRET
SM_TOKEN=$(bench_token 00000000-0000-0000-0000-000000000011 ADMIN)
UID_=00000000-0000-0000-0000-000000000011

read -r -a SPECS <<<"$CONFIGS"
NAMES=()
declare -A JAVA ENVS FJAR_OF SJAR_OF JARS_FROM FPORT SPORT FPID SPID READY
i=0
for spec in "${SPECS[@]}"; do
  i=$((i + 1)); IFS='|' read -r name java envs fjar sjar <<<"$spec"
  NAMES+=("$name"); JAVA[$name]=$java; ENVS[$name]=${envs//,/ }
  FJAR_OF[$name]=$FJAR; SJAR_OF[$name]=$SJAR
  if [ -n "$fjar$sjar" ]; then
    [ -f "$fjar" ] && [ -f "$sjar" ] || { echo "$name: both jars must exist ($fjar, $sjar)" >&2; exit 1; }
    JARS_FROM[$name]=", jars \`$fjar\` and \`$sjar\` (not this build)"
    FJAR_OF[$name]=$(bench_copy_jar "$fjar" "$name-foundation.jar"); SJAR_OF[$name]=$(bench_copy_jar "$sjar" "$name-service-management.jar")
  fi
  FPORT[$name]=$((PORT_BASE + i)); SPORT[$name]=$((PORT_BASE + 10 + i))
  bench_ports_free "${FPORT[$name]}" "${SPORT[$name]}"
done

start() { # name jar port tag [environment] -> pid
  mkdir -p "$WORK/$4"
  # shellcheck disable=SC2086
  env ${ENVS[$1]} ${5:-} BANTU_DATA_DIR="$WORK/$4" "${JAVA[$1]}" $FLAGS -jar "$2" --spring.profiles.active=local \
    --server.port="$3" --logging.level.com.bantu=WARN > "$WORK/$4.log" 2>&1 &
  echo $!
}
t0=$(date +%s%N)
for n in "${NAMES[@]}"; do
  FPID[$n]=$(start "$n" "${FJAR_OF[$n]}" "${FPORT[$n]}" "$n-foundation"); bench_track "${FPID[$n]}"
  names=; [ "$CUSTOMERS" -gt 0 ] && names=BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:${FPORT[$n]}
  SPID[$n]=$(start "$n" "${SJAR_OF[$n]}" "${SPORT[$n]}" "$n-sm" "$names"); bench_track "${SPID[$n]}"
done
for n in "${NAMES[@]}"; do
  wait_ready "${FPORT[$n]}" "${FPID[$n]}" "$WORK/$n-foundation.log" 600
  wait_ready "${SPORT[$n]}" "${SPID[$n]}" "$WORK/$n-sm.log" 600
  READY[$n]=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.0f", (b - a) / 1e9 }')
  echo "$n ready (both services) after ${READY[$n]} s"
done
load_start=$(loadavg)

declare -A FTOKEN
for n in "${NAMES[@]}"; do bench_login "${FPORT[$n]}"; FTOKEN[$n]=$TOKEN; done
for n in "${NAMES[@]}"; do bench_create_customers "${SPORT[$n]}" "$SM_TOKEN" "$CUSTOMERS"; done
url_of() { # name endpoint
  if [ "$2" = users ]; then echo "http://127.0.0.1:${FPORT[$1]}/api/foundation/users/$UID_"
  else echo "http://127.0.0.1:${SPORT[$1]}/api/service-management/customers?page=1&size=20"; fi
}
token_of() { if [ "$2" = users ]; then echo "${FTOKEN[$1]}"; else echo "$SM_TOKEN"; fi; }
pid_of() { if [ "$2" = users ]; then echo "${FPID[$1]}"; else echo "${SPID[$1]}"; fi; }
for n in "${NAMES[@]}"; do
  for e in $ENDPOINTS; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token_of "$n" $e)" "$(url_of "$n" $e)")
    [ "$code" = 200 ] || { echo "$n $e answered $code: $(url_of "$n" $e)" >&2; exit 1; }
  done
done

slice() { # name endpoint seconds -> "req/s µs/request"
  local pid c0 c1 out rps reqs
  pid=$(pid_of "$1" "$2")
  c0=$(ticks "$pid")
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${3}s" -H "Authorization: Bearer $(token_of "$1" "$2")" "$(url_of "$1" "$2")")
  c1=$(ticks "$pid")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  reqs=$(awk '/requests in/ {print $1}' <<<"$out")
  if grep -q 'Non-2xx' <<<"$out" || [ -z "$rps" ]; then   # a failed slice counts as no figure ("-"), not as a fast one
    echo "$1 $2: non-2xx answers or no wrk result" >&2; grep -E 'Non-2xx|requests in' <<<"$out" >&2
    echo "- -"; return
  fi
  echo "$rps $(us_per_req "$c0" "$c1" "$reqs")"
}

echo "warm-up: 2 × ${WARM} s per configuration and endpoint"
for _ in 1 2; do
  for n in "${NAMES[@]}"; do for e in $ENDPOINTS; do echo "  warm $n $e: $(slice "$n" $e "$WARM")"; done; done
done

declare -A RPS US
for r in $(seq 1 "$ROUNDS"); do
  for e in $ENDPOINTS; do
    for n in "${NAMES[@]}"; do
      read -r rps us <<<"$(slice "$n" $e "$DURATION")"
      RPS[$n.$e]+="$rps "; US[$n.$e]+="$us "
      echo "round $r $n $e: $rps req/s, $us µs CPU per request"
    done
  done
done
load_end=$(loadavg)

med() { tr ' ' '\n' <<<"$1" | grep -v '^$' | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
first=${NAMES[0]}
table() { # endpoint
  local n rps us
  echo "| configuration | req/s (median) | × ${first} | CPU µs/request (median) | × ${first} | rounds: req/s | rounds: µs/request | RSS after MiB |"
  echo "|---|---:|---:|---:|---:|---|---|---:|"
  for n in "${NAMES[@]}"; do
    rps=$(med "${RPS[$n.$1]}"); us=$(med "${US[$n.$1]}")
    echo "| $n | $rps | $(ratio "$rps" "$(med "${RPS[$first.$1]}")") | $us | $(ratio "$us" "$(med "${US[$first.$1]}")") | ${RPS[$n.$1]% } | ${US[$n.$1]% } | $(rss_mib "$(pid_of "$n" "$1")") |"
  done
}
mkdir -p "$(dirname "$OUT")"
{
  echo "# ${TITLE:-JDK 17 vs JDK 25 (and virtual threads) side by side}"
  echo
  echo "\`bench/jdk.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by wrk and every process. This build's"
  echo "jars (compiled for release 17) unless a configuration names others; each configuration runs its own foundation-service and"
  echo "service-management-service (local profile, H2, revocation store: ${BANTU_REVOCATION_STORE}), all started at once."
  echo "After 2 × ${WARM} s of warm-up per configuration and endpoint, ${ROUNDS} rounds of ${DURATION} s of wrk"
  echo "(${CONNECTIONS} connections) per configuration and endpoint, alternating configurations; medians of the rounds."
  echo "CPU per request = the service process's utime + stime during the slice ÷ the requests wrk counted."
  echo
  echo "**Load average (1/5/15 min)** when all were ready: $load_start; at the end: $load_end (the benchmark itself keeps"
  echo "about 2–3 busy; the machine is shared with other builds, so compare the configurations, not absolute figures)."
  echo
  echo "JVM flags of every process: \`$FLAGS\`"
  for n in "${NAMES[@]}"; do
    echo "- **$n**: \`$("${JAVA[$n]}" -version 2>&1 | head -1)\`${ENVS[$n]:+, environment \`${ENVS[$n]}\`}${JARS_FROM[$n]:-}; both services ready ${READY[$n]} s after the common launch"
  done
  echo
  if [[ " $ENDPOINTS " == *" users "* ]]; then
    echo "## foundation \`GET /api/foundation/users/{id}\` (token from the admin's login)"
    echo
    table users
    echo
  fi
  if [[ " $ENDPOINTS " == *" customers "* ]]; then
    rows=$((CUSTOMERS < 20 ? CUSTOMERS : 20))
    echo "## service-management \`GET /api/service-management/customers?page=1&size=20\` (an ADMIN access token$( \
      [ "$CUSTOMERS" -gt 0 ] && echo "; $CUSTOMERS customers created through the API first, a page of $rows rows" \
      || echo "; the local profile's customer table is empty: an empty page"))"
    echo
    table customers
  fi
} > "$OUT"
cat "$OUT"
