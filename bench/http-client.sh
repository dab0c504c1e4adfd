#!/usr/bin/env bash
# CPU per call on the caller's side of the two HTTP clients InternalApiClient has used (common-lib): the JDK's
# java.net.http client (blocking send) and Apache HttpClient 5 (classic, pooled). Each run is a fresh JVM that warms
# up with WARM calls, then makes CALLS POSTs of an outbox-event-sized JSON body to a local nginx (one worker,
# keep-alive, a fixed small envelope as the answer); the two clients alternate for ROUNDS rounds so they meet the same
# background load. CPU = the JVM's process CPU time over the counted calls (every thread: the JDK client's selector
# thread included). Writes bench/results/http-client.md with the load average.
#   bash bench/http-client.sh                      # about 2 minutes
#   JAVAS="/usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java" bash bench/http-client.sh
# Knobs: JAVAS (the JVMs to run each client on; default: the java on the PATH), ROUNDS (4), WARM (30000),
# CALLS (20000), PORT (19190), OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAVAS=${JAVAS:-$(command -v java)}
ROUNDS=${ROUNDS:-4}
WARM=${WARM:-30000}
CALLS=${CALLS:-20000}
PORT=${PORT:-19190}
OUT=${OUT:-bench/results/http-client.md}
bench_require nginx
bench_ports_free "$PORT"
bench_init

# the client jars, as common-lib resolves them (Maven's local repository, offline)
./mvnw -B -q -ntp -pl common-lib dependency:build-classpath -Dmdep.includeGroupIds=org.apache.httpcomponents.client5,org.apache.httpcomponents.core5,org.slf4j \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$(cat "$WORK/cp.txt")
javac -d "$WORK/classes" -cp "$CP" bench/HttpClientBench.java

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$PORT;
    location / { default_type application/json; return 200 '{"code":200,"message":"ok","data":null,"timestamp":"2026-12-01T00:00:00Z"}'; }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
bench_cleanup_hook() { [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; }
URL="http://127.0.0.1:$PORT/internal/events"
load_start=$(loadavg)

declare -A CPU WALL
for r in $(seq 1 "$ROUNDS"); do
  for j in $JAVAS; do
    kinds="jdk apache"; [ $((r % 2)) = 0 ] && kinds="apache jdk"
    for k in $kinds; do
      read -r _ cpu wall <<<"$("$j" -XX:+UseSerialGC -cp "$WORK/classes:$CP" HttpClientBench "$k" "$URL" "$WARM" "$CALLS" 2>/dev/null | tail -1)"
      CPU[$j.$k]+="$cpu "; WALL[$j.$k]+="$wall "
      echo "round $r $(basename "$(dirname "$(dirname "$j")")") $k: $cpu µs CPU, $wall µs wall per call"
    done
  done
done
load_end=$(loadavg)

med() { tr ' ' '\n' <<<"$1" | grep -v '^$' | median; }
mkdir -p "$(dirname "$OUT")"
{
  echo "# HTTP client CPU per call: JDK java.net.http vs Apache HttpClient 5"
  echo
  echo "\`bench/http-client.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores. Each run a fresh JVM (\`-XX:+UseSerialGC\`):"
  echo "$WARM calls of warm-up, then $CALLS blocking POSTs (a 0.5 kB outbox-event JSON body, the headers of an internal"
  echo "call) to a local nginx answering a small envelope over keep-alive; the two clients alternate, $ROUNDS rounds."
  echo "CPU = the client JVM's process CPU time (all threads) over the counted calls ÷ calls; medians of the rounds."
  echo
  echo "**Load average (1/5/15 min)** at the start: $load_start; at the end: $load_end."
  echo
  echo "| JVM | client | CPU µs/call (median) | × jdk | wall µs/call (median) | rounds: CPU µs/call |"
  echo "|---|---|---:|---:|---:|---|"
  for j in $JAVAS; do
    v=$("$j" -version 2>&1 | head -1 | sed -E 's/.*version "([^"]+)".*/\1/')
    base=$(med "${CPU[$j.jdk]}")
    for k in jdk apache; do
      c=$(med "${CPU[$j.$k]}")
      echo "| $v | $k | $c | $(awk -v a="$c" -v b="$base" 'BEGIN { printf "%.2f", a / b }') | $(med "${WALL[$j.$k]}") | ${CPU[$j.$k]% } |"
    done
  done
} > "$OUT"
cat "$OUT"
