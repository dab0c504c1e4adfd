#!/usr/bin/env bash
# README command (1): start the whole suite on the embedded default (H2 files under ./data, no MySQL needed;
# Redis is used when one answers on localhost:6379, otherwise in-process stand-ins). Builds first when needed,
# waits until every process is ready, prints the URLs, logs to ./logs/, stops everything on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# service:port, in start order (the gateway last so its first health checks find the others)
ALL="foundation-service:8081 service-management-service:8082 business-service:8084 workflow-service:8085 finance-service:8086 analytics-monitoring-service:8083 gateway-service:8080"
SERVICES=()
for entry in $ALL; do
  svc=${entry%%:*}
  [ -d "$svc/src" ] || continue
  if [ -n "${BANTU_ONLY:-}" ] && [[ " $BANTU_ONLY " != *" $svc "* ]]; then continue; fi
  SERVICES+=("$entry")
done

# BANTU_PORT_OFFSET (default 0) moves every port (e.g. 20000: 28080…28086) and the URLs the services use to
# reach each other, so a second suite (a benchmark) can run next to one on the usual ports.
OFFSET=${BANTU_PORT_OFFSET:-0}
if [ "$OFFSET" != 0 ]; then
  for entry in foundation:8081 service-management:8082 analytics-monitoring:8083 business:8084 workflow:8085 finance:8086 gateway:8080; do
    name=${entry%%:*}; var="BANTU_SERVICES_$(echo "$name" | tr 'a-z-' 'A-Z_')_URL"
    export "$var=http://localhost:$(( ${entry##*:} + OFFSET ))"
  done
fi

# The JVM: BANTU_JAVA when set; else the newest JDK 25 or later among $JAVA_HOME, the java on the PATH and
# /usr/lib/jvm/*; else $JAVA_HOME/bin/java, else the java on the PATH. The code is compiled for 17 and runs on 17 or
# later. JDK 25 is preferred because bench/jdk.sh measured it cheaper per request than JDK 17 on both measured
# endpoints in two quiet runs (bench/results/jdk.md: 0.83-0.93x), and its AOT cache (below) starts all seven services
# sooner (bench/results/footprint.md). BANTU_JAVA=/path/to/jdk17/bin/java keeps the old choice.
java_feature() { # java binary -> its feature version (17, 25, …), empty when it does not run
  "$1" -version 2>&1 | sed -nE 's/^.* version "(1\.)?([0-9]+).*/\2/p' | head -1
}
newest_java() { # prints the newest java of feature version 25 or later among the candidates, nothing when none
  local best= best_feature=0 candidate feature seen=" "
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    candidate=$(readlink -f "$candidate")
    case "$seen" in *" $candidate "*) continue ;; esac
    seen="$seen$candidate "
    feature=$(java_feature "$candidate")
    if [ -n "$feature" ] && [ "$feature" -ge 25 ] && [ "$feature" -gt "$best_feature" ]; then
      best=$candidate; best_feature=$feature
    fi
  done
  echo "$best"
}
if [ -n "${BANTU_JAVA:-}" ]; then JAVA=$BANTU_JAVA
else
  JAVA=$(newest_java)
  if [ -z "$JAVA" ]; then
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
  fi
fi
JAVA_FEATURE=$(java_feature "$JAVA")
[ -n "$JAVA_FEATURE" ] && [ "$JAVA_FEATURE" -ge 17 ] || { echo "Java 17 or later is needed (found: $JAVA)"; exit 1; }
echo "Java: $JAVA (feature version $JAVA_FEATURE)"

# Small footprint on a developer machine (bench/footprint.sh measured each choice): C1 only (fast start, less
# compiler memory), the serial collector, a heap that starts at 64 MB and gives memory back (with the JVM's
# default initial heap of 1/64 of RAM the young generation alone is 85 MB, all of it touched between two
# collections), and at most two glibc malloc arenas (BANTU_MALLOC_ARENA_MAX=0 leaves glibc's default of 8 per core).
JVM_FLAGS=${BANTU_JVM_FLAGS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Dreactor.netty.native=false"}
# JDK 24+ turns sun.misc.Unsafe's memory access off by default, and Netty (the Redis client's transport) then falls
# back to slower code: allow it (bench/results/jdk.md: without the flag JDK 25 needed up to 3.8x the CPU per request
# of JDK 17, with it 0.92-1.29x).
if [ "$JAVA_FEATURE" -ge 24 ]; then JVM_FLAGS="$JVM_FLAGS --sun-misc-unsafe-memory-access=allow"; fi
# JDK 25+ by default: compact object headers (JEP 519, 8-byte headers). On 25 finance-service had 369-400 MiB RSS
# after a warm-up, over the 384 MiB target in four of six runs; with them 372-375 MiB, for 13-14 % more CPU to start
# all seven (bench/results/footprint.md). BANTU_JVM_FLAGS replaces the whole set, this flag included.
if [ "$JAVA_FEATURE" -ge 25 ] && [ -z "${BANTU_JVM_FLAGS:-}" ]; then
  JVM_FLAGS="$JVM_FLAGS -XX:+UseCompactObjectHeaders"
fi
if [ "${BANTU_MALLOC_ARENA_MAX:-2}" != 0 ]; then export MALLOC_ARENA_MAX=${BANTU_MALLOC_ARENA_MAX:-2}; fi

need_build=0
for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}; jar="$svc/target/$svc.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$svc/src" "$svc/pom.xml" common-lib/src common-lib/pom.xml pom.xml -newer "$jar" -type f -print -quit)" ]; then need_build=1; fi
done
if [ "$need_build" = 1 ] && [ "${BANTU_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (./mvnw -DskipTests package)…"
  # Maven's jar step keeps a jar whose own classes did not change, and Boot's repackaging then keeps its old
  # BOOT-INF/lib: a change in common-lib alone would not reach the service jars. Removing them forces both.
  for entry in "${SERVICES[@]}"; do svc=${entry%%:*}; rm -f "$svc/target/$svc.jar" "$svc/target/$svc.jar.original"; done
  ./mvnw -B -q -ntp -DskipTests package
fi

mkdir -p logs data
export BANTU_JWT_SECRET
BANTU_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')   # fresh per run, shared by all processes
export BANTU_DATA_DIR="$ROOT/data"
# analytics reads revenue from finance when finance runs in this suite
if [[ " ${SERVICES[*]} " == *" finance-service:8086 "* ]]; then
  export BANTU_SERVICES_FINANCE_URL=${BANTU_SERVICES_FINANCE_URL:-http://localhost:8086}
fi
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  export BANTU_REVOCATION_STORE=redis BANTU_REDIS_AVAILABLE=true SPRING_DATA_REDIS_HOST=127.0.0.1 BANTU_RATE_LIMITER=redis
  echo "Redis found on 127.0.0.1:6379: using it for token revocation, caches and the login rate limiter."
else
  export BANTU_REVOCATION_STORE=memory BANTU_REDIS_AVAILABLE=false BANTU_RATE_LIMITER=memory
  echo "No Redis on 127.0.0.1:6379: using in-process stand-ins."
fi

# Class-data sharing: each jar is extracted once and a training start (the context is refreshed, then the JVM exits)
# records the classes it loads; later starts map that archive and start about twice as fast on two cores. On JDK 25
# or later the archive is an AOT cache (-XX:AOTCacheOutput / -XX:AOTCache): classes loaded and linked ahead of time
# plus method profiles, faster again than the JDK 17 archive (bench/results/footprint.md). The archives are prepared
# in the background once the suite is up (niced, one service at a time, on a throw-away data directory), so they
# never delay a start: the first start of a build runs without them, the next one uses them. An archive belongs to
# one jar, one JVM build and one set of JVM flags (a different java prepares a new one; other BANTU_JVM_FLAGS get
# their own set, as a JVM refuses an archive made under flags such as another object-header layout, and silently
# starts without it). BANTU_CDS=0 turns class-data sharing off.
JAVA_ID="$JAVA $("$JAVA" -version 2>&1 | grep ' version ' | head -1) $JVM_FLAGS"
if [ "$JAVA_FEATURE" -ge 25 ]; then CDS_FILE=app.aot; else CDS_FILE=app.jsa; fi
CDS_ROOT=data/cds/jdk$JAVA_FEATURE   # one set per JDK feature version: switching JDKs keeps both
if [ -n "${BANTU_JVM_FLAGS:-}" ]; then CDS_ROOT="$CDS_ROOT-flags$(printf '%s' "$JVM_FLAGS" | cksum | cut -d' ' -f1)"; fi
cds_fresh() {
  local dir="$CDS_ROOT/$1"
  [ -f "$dir/$CDS_FILE" ] && [ "$dir/$CDS_FILE" -nt "$1/target/$1.jar" ] && [ "$(cat "$dir/jvm" 2>/dev/null)" = "$JAVA_ID" ]
}
cds_prepare_all() { # $@ = services; runs in the background, stops its current training JVM on TERM
  local child= record
  trap '[ -n "$child" ] && kill "$child" 2>/dev/null; exit 0' TERM
  for svc in "$@"; do
    local dir="$CDS_ROOT/$svc"
    rm -rf "$dir" && mkdir -p "$dir/train-data" || continue
    "$JAVA" -Djarmode=tools -jar "$svc/target/$svc.jar" extract --destination "$dir/app" >/dev/null 2>&1 || continue
    if [ "$JAVA_FEATURE" -ge 25 ]; then record="-XX:AOTCacheOutput=$dir/$CDS_FILE.tmp"
    else record="-XX:ArchiveClassesAtExit=$dir/$CDS_FILE.tmp"; fi
    # shellcheck disable=SC2086
    BANTU_DATA_DIR="$ROOT/$dir/train-data" nice -n "$CDS_NICE" "$JAVA" $JVM_FLAGS $record \
      -Dspring.context.exit=onRefresh -jar "$dir/app/$svc.jar" --spring.profiles.active=local --server.port=0 \
      > "logs/$svc.cds-training.log" 2>&1 &
    child=$!
    if wait "$child" && [ -s "$dir/$CDS_FILE.tmp" ]; then
      mv "$dir/$CDS_FILE.tmp" "$dir/$CDS_FILE" && printf '%s' "$JAVA_ID" > "$dir/jvm"
    fi
    child=
    rm -rf "$dir/train-data"
  done
  echo "class-data sharing archives ready for: $* (used from the next start)" >> logs/cds.log
}
cds_todo=()
CDS_NICE=19   # in the background: never in the way of the running suite
if [ "${BANTU_CDS:-1}" = 1 ]; then
  for entry in "${SERVICES[@]}"; do cds_fresh "${entry%%:*}" || cds_todo+=("${entry%%:*}"); done
  # BANTU_CDS_WAIT=1 (benchmarks): prepare the missing archives before the start, as a timed start needs them
  if [ ${#cds_todo[@]} -gt 0 ] && [ "${BANTU_CDS_WAIT:-0}" = 1 ]; then
    echo "Preparing class-data sharing archives for ${cds_todo[*]}…"
    CDS_NICE=0
    cds_prepare_all "${cds_todo[@]}"
    cds_todo=()
  fi
fi
launch_cmd() {
  local svc=$1 dir="$CDS_ROOT/$1"
  if [ "${BANTU_CDS:-1}" = 1 ] && cds_fresh "$svc" && [ "$JAVA_FEATURE" -ge 25 ]; then
    echo "-XX:AOTCache=$dir/$CDS_FILE -Xlog:aot=off -Xlog:cds=off -jar $dir/app/$svc.jar"
  elif [ "${BANTU_CDS:-1}" = 1 ] && cds_fresh "$svc"; then
    echo "-XX:SharedArchiveFile=$dir/$CDS_FILE -Xlog:cds=off -Xlog:cds+dynamic=off -jar $dir/app/$svc.jar"
  else
    echo "-jar $svc/target/$svc.jar"
  fi
}

PIDS=()
CDS_PID=
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping…"
  if [ -n "$CDS_PID" ]; then kill "$CDS_PID" 2>/dev/null || true; fi
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

started=$(date +%s%N)
for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}; port=$(( ${entry##*:} + OFFSET ))
  if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
    echo "Port $port is already in use: stop whatever listens there (another run of this script?)"; exit 1
  fi
  # shellcheck disable=SC2086
  "$JAVA" $JVM_FLAGS $(launch_cmd "$svc") --spring.profiles.active=local --server.port="$port" \
    > "logs/$svc.log" 2>&1 &
  PIDS+=($!)
  echo "started $svc (pid $!, port $port, log logs/$svc.log)"
done

for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}; port=$(( ${entry##*:} + OFFSET ))
  for i in $(seq 1 1200); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
      echo "ready: $svc on :$port after $(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"; break
    fi
    if [ "$i" = 1200 ]; then echo "$svc did not become ready; see logs/$svc.log"; exit 1; fi
    sleep 0.2
  done
done

if [ ${#cds_todo[@]} -gt 0 ]; then
  echo "Preparing class-data sharing archives in the background for ${cds_todo[*]} (niced; the next start uses them)."
  cds_prepare_all "${cds_todo[@]}" &
  CDS_PID=$!
fi

entry_port=$((8081 + OFFSET)); for entry in "${SERVICES[@]}"; do [ "${entry%%:*}" = gateway-service ] && entry_port=$((8080 + OFFSET)); done
cat <<MSG

BANTU CRM is up.
  Gateway / API     http://localhost:$entry_port/api/...
  Swagger UI        http://localhost:$entry_port/swagger-ui.html
  Sign in           curl -s -X POST http://localhost:$entry_port/api/foundation/auth/login \\
                      -H 'Content-Type: application/json' -d '{"email":"admin@bantu.sbs","password":"Admin@123456"}'
  Data              $ROOT/data   (delete it to start from the seed again)
  Logs              $ROOT/logs
Press Ctrl-C to stop.
MSG
wait
