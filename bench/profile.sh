#!/usr/bin/env bash
# Where one GET's CPU goes (issue 16, target 2): starts one service alone (local profile, H2, the machine's Redis
# when one answers) on the given JVM, drives the endpoint with wrk, records JFR (settings=profile, deep stacks) over
# the measured part and charges the execution samples to activities with bench/jfr-summary.py. Also prints the
# CPU µs per request of the process over the recorded part (the recording itself costs a few per cent).
#
#   bench/profile.sh                                   # foundation GET /users/{id} on JDK 25
#   SERVICE=service-management bench/profile.sh        # GET /customers?page=1&size=20
#   JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java WARM=60 DURATION=30 bench/profile.sh
# Knobs: SERVICE (foundation | service-management), JAVA, JAR (this build's by default), FLAGS (the Docker image's
# JVM flags), CONNECTIONS (8), WARM (90 s of wrk before recording), DURATION (30 s recorded), TOP (25 leaf methods),
# OUT (bench/results/profile-<service>.md), PORT (28480), KEEP (a directory to keep the .jfr in), URL_PATH (another
# GET of the same service, e.g. /api/service-management/industries, to see the cost of a request with little work),
# CUSTOMERS (service-management only: 0, the local profile's empty customer table; N starts a foundation-service too,
# for the user names, and creates N customers through the API before the warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SERVICE=${SERVICE:-foundation}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
FLAGS=${FLAGS:-"-XX:+UseSerialGC -Xss512k -Xmx256m"}
CONNECTIONS=${CONNECTIONS:-8}
WARM=${WARM:-90}
DURATION=${DURATION:-30}
TOP=${TOP:-25}
PORT=${PORT:-28480}
OUT=${OUT:-bench/results/profile-$SERVICE.md}
case "$SERVICE" in
  foundation) JAR=${JAR:-foundation-service/target/foundation-service.jar} ;;
  service-management) JAR=${JAR:-service-management-service/target/service-management-service.jar} ;;
  *) echo "SERVICE must be foundation or service-management" >&2; exit 1 ;;
esac
bench_require wrk curl jcmd jfr python3
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q -DskipTests -pl ${SERVICE}-service -am package" >&2; exit 1; }
bench_ports_free "$PORT"
bench_init
JAR=$(bench_copy_jar "$JAR" "$SERVICE.jar")
bench_local_env
export SPRING_DATA_REDIS_DATABASE=${BENCH_REDIS_DB:-6}
SECRET=$BANTU_JWT_SECRET
UID_=00000000-0000-0000-0000-000000000011
extra=
case "$("$JAVA" -version 2>&1 | head -1)" in *'"17.'*) ;; *) extra=--sun-misc-unsafe-memory-access=allow ;; esac
mkdir -p "$WORK/data"
CUSTOMERS=${CUSTOMERS:-0}
if [ "$SERVICE" = service-management ] && [ "$CUSTOMERS" -gt 0 ]; then
  bench_ports_free $((PORT + 1))
  mkdir -p "$WORK/foundation"
  FJAR=$(bench_copy_jar foundation-service/target/foundation-service.jar foundation.jar)
  # shellcheck disable=SC2086
  BANTU_DATA_DIR="$WORK/foundation" "$JAVA" $extra $FLAGS -jar "$FJAR" --spring.profiles.active=local \
    --server.port=$((PORT + 1)) --logging.level.com.bantu=WARN > "$WORK/foundation.log" 2>&1 &
  FOUNDATION_PID=$!; bench_track "$FOUNDATION_PID"
  wait_ready $((PORT + 1)) "$FOUNDATION_PID" "$WORK/foundation.log" 600
  export BANTU_SERVICES_FOUNDATION_URL=http://127.0.0.1:$((PORT + 1))
fi
# shellcheck disable=SC2086
BANTU_DATA_DIR="$WORK/data" "$JAVA" $extra $FLAGS -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" \
  --spring.profiles.active=local --server.port="$PORT" --logging.level.com.bantu=WARN > "$WORK/service.log" 2>&1 &
PID=$!; bench_track "$PID"
wait_ready "$PORT" "$PID" "$WORK/service.log" 600
if [ "$SERVICE" = foundation ]; then
  bench_login "$PORT"
  URL="http://127.0.0.1:$PORT/api/foundation/users/$UID_"
else
  TOKEN=$(bench_token "$UID_" ADMIN)
  URL="http://127.0.0.1:$PORT/api/service-management/customers?page=1&size=20"
fi
[ -n "${URL_PATH:-}" ] && URL="http://127.0.0.1:$PORT$URL_PATH"
[ "$SERVICE" = service-management ] && [ "$CUSTOMERS" -gt 0 ] && bench_create_customers "$PORT" "$TOKEN" "$CUSTOMERS"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
[ "$code" = 200 ] || { echo "$URL answered $code" >&2; exit 1; }
echo "warming up for ${WARM} s..."
wrk -t1 -c"$CONNECTIONS" -d"${WARM}s" -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
load_start=$(loadavg)
jcmd "$PID" JFR.start name=profile settings=profile > /dev/null
c0=$(ticks "$PID")
out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$URL")
c1=$(ticks "$PID")
jcmd "$PID" JFR.dump name=profile filename="$WORK/profile.jfr" > /dev/null
load_end=$(loadavg)
grep -q 'Non-2xx' <<<"$out" && { echo "non-2xx answers: $out" >&2; exit 1; }
reqs=$(awk '/requests in/ {print $1}' <<<"$out")
rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
us=$(us_per_req "$c0" "$c1" "$reqs")
jfr print --stack-depth 256 --json --events jdk.ExecutionSample "$WORK/profile.jfr" > "$WORK/samples.json"
summary=$(python3 bench/jfr-summary.py "$WORK/samples.json" "$TOP")
[ -n "${KEEP:-}" ] && mkdir -p "$KEEP" && cp "$WORK/profile.jfr" "$KEEP/profile-$SERVICE.jfr"
{
  echo "# Profile: $SERVICE \`GET ${URL#http://127.0.0.1:$PORT}\`"
  echo
  [ "$CUSTOMERS" -gt 0 ] && printf '%s\n\n' "$CUSTOMERS customers created through the API first; a \
foundation-service beside it answers the user names."
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/profile.sh\`: the service alone (local profile, H2 in the process,"
  echo "Redis $( [ "${BANTU_REVOCATION_STORE}" = redis ] && echo "on 127.0.0.1:6379" || echo "not available: in-memory revocation")) on \`$("$JAVA" -version 2>&1 | head -1)\`,"
  echo "flags \`$FLAGS\`; wrk -t1 -c$CONNECTIONS, ${WARM} s of warm-up, then ${DURATION} s recorded with JFR (settings=profile)."
  echo "Load average at the start of the recording: $load_start; at the end: $load_end ($(nproc) cores)."
  echo
  echo "Recorded part: $rps req/s, **$us µs CPU per request** (utime + stime of the process / requests, recording"
  echo "included)."
  echo
  echo "$summary"
} > "$OUT"
echo "wrote $OUT"
cat "$OUT"
