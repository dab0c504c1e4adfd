#!/usr/bin/env bash
# Footprint of the local runner (bin/run-local.sh): time to ready of each service started alone, of all seven
# started together, and the resident memory (RSS) of every service after a warm-up through the gateway.
# Writes bench/results/footprint.md with the load average of the machine.
#
# Each variant is "name|environment|JVM flags" (environment: space-separated VAR=value handed to the runner, may be
# empty; empty flags = the runner's defaults). Variants run one after the other for every step, so they meet
# similar background load:
#   bench/footprint.sh 'before|BANTU_MALLOC_ARENA_MAX=0|<old flags>' 'after||'
# Knobs: SERVICES (all seven; a subset only makes sense with ALL=0), ALL (1: also start all seven together and
# warm them up), PORT_OFFSET (20000: ports 28080…28086), WARM (20 s of wrk per service through the gateway, 4
# connections), ALONE (1: also time each service started alone), ADMIN_PASSWORD. The runner is started with
# BANTU_CDS_WAIT=1: missing class-data archives are prepared before the timed start, not in the background during it.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
OFFSET=${PORT_OFFSET:-20000}
WARM=${WARM:-20}
ALONE=${ALONE:-1}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Admin@123456}
OUT=${OUT:-bench/results/footprint.md}
[ $# -gt 0 ] || set -- 'default||'
bench_require wrk curl

ALL=${ALL:-1}
SERVICES=${SERVICES:-"foundation-service service-management-service business-service workflow-service finance-service analytics-monitoring-service gateway-service"}
declare -A ENDPOINT=(
  [foundation-service]="/api/foundation/users?page=1&size=20"
  [service-management-service]="/api/service-management/customers?page=1&size=20"
  [business-service]="/api/business/orders?page=1&size=20"
  [workflow-service]="/api/workflow/tasks?page=1&size=20"
  [finance-service]="/api/finance/payments?page=1&size=20"
  [analytics-monitoring-service]="/api/analytics-monitoring/monitoring/alerts?page=1&size=20"
  [gateway-service]="/api/foundation/users?page=1&size=20"
)

RUNNER=
bench_init
stop_runner() {
  if [ -n "$RUNNER" ]; then bench_stop "$RUNNER"; RUNNER=; fi
}
bench_cleanup_hook() { stop_runner; }

# start the runner with a variant; waits until it prints "BANTU CRM is up" (or fails); output in $WORK/run.log
start_runner() { # envs flags only
  local envs=$1 flags=$2 only=$3
  # shellcheck disable=SC2086
  env $envs BANTU_PORT_OFFSET="$OFFSET" BANTU_SKIP_BUILD=1 BANTU_CDS_WAIT=1 ${flags:+BANTU_JVM_FLAGS="$flags"} ${only:+BANTU_ONLY="$only"} \
    bin/run-local.sh > "$WORK/run.log" 2>&1 &
  RUNNER=$!
  for _ in $(seq 1 1800); do
    grep -q "BANTU CRM is up" "$WORK/run.log" && return 0
    kill -0 "$RUNNER" 2>/dev/null || { echo "runner failed:"; tail -20 "$WORK/run.log"; return 1; }
    sleep 0.5
  done
  echo "runner timed out"; tail -20 "$WORK/run.log"; return 1
}
java_of() { sed -nE 's/^Java: (.*) \(feature version [0-9]+\)$/\1/p' "$WORK/run.log" | head -1; }
# CPU seconds (user + system) a process has used so far
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo -; }
ready_of() { sed -nE "s/^ready: $1 on :[0-9]+ after ([0-9.]+) s$/\1/p" "$WORK/run.log"; }
pid_of() { sed -nE "s/^started $1 \(pid ([0-9]+),.*/\1/p" "$WORK/run.log"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
alone_md=""; all_md=""; rss_md=""; declare -A JAVA_USED=()
for spec in "$@"; do
  name=${spec%%|*}; rest=${spec#*|}; envs=${rest%%|*}; flags=${rest#*|}
  echo "== $name: flags '${flags:-runner defaults}' env '${envs}'"
  if [ "$ALONE" = 1 ]; then
    row="| $name |"
    for svc in $SERVICES; do
      start_runner "$envs" "$flags" "$svc"
      r=$(ready_of "$svc"); p=$(pid_of "$svc"); JAVA_USED[$name]=$(java_of)
      row+=" $r s, $(rss_mib "$p") MiB |"
      echo "$name alone $svc: ready $r s"
      stop_runner
    done
    alone_md+="$row"$'\n'
  fi
  [ "$ALL" = 1 ] || continue
  start_runner "$envs" "$flags" ""
  JAVA_USED[$name]=$(java_of)
  last=0; cpu=0; row="| $name |"
  for svc in $SERVICES; do
    r=$(ready_of "$svc"); row+=" $r |"; last=$(awk -v a="$last" -v b="$r" 'BEGIN { print (b > a ? b : a) }')
    cpu=$(awk -v a="$cpu" -v b="$(cpu_of "$(pid_of "$svc")")" 'BEGIN { printf "%.1f", a + b }')
  done
  all_md+="$row **$last** | $cpu |"$'\n'
  echo "$name all seven ready after $last s ($cpu CPU s)"
  gp=$((8080 + OFFSET))
  bench_login "$gp" "$ADMIN_PASSWORD"; token=$TOKEN
  row="| $name |"; row_ready="| $name at ready |"
  for svc in $SERVICES; do row_ready+=" $(rss_mib "$(pid_of "$svc")") |"; done
  for svc in $SERVICES; do
    [ "$svc" = gateway-service ] && continue
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$gp${ENDPOINT[$svc]}")
    echo "warm-up $svc ${ENDPOINT[$svc]} ($code)"
    wrk -t1 -c4 -d"${WARM}s" -H "Authorization: Bearer $token" "http://127.0.0.1:$gp${ENDPOINT[$svc]}" >/dev/null
  done
  for svc in $SERVICES; do row+=" $(rss_mib "$(pid_of "$svc")") |"; done
  rss_md+="$row_ready"$'\n'"| $name after warm-up |${row#| $name |}"$'\n'
  stop_runner
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

declare -A SHORT=([foundation-service]=foundation [service-management-service]=service-mgmt [business-service]=business
  [workflow-service]=workflow [finance-service]=finance [analytics-monitoring-service]=analytics [gateway-service]=gateway)
header="| variant |"; sep="|---|"
for svc in $SERVICES; do header+=" ${SHORT[$svc]:-$svc} |"; sep+="---:|"; done
mkdir -p "$(dirname "$OUT")"
{
  echo "# Local runner footprint"
  echo
  echo "\`bench/footprint.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores."
  echo "Every process is started by \`bin/run-local.sh\` (local profile, H2, class-data-sharing archives, ports +$OFFSET)."
  echo "**Load average (1/5/15 min)** before: $load_before; after: $load_after. Other processes share the $(nproc) cores: start-up"
  echo "times scale with that load; compare variants of the same run."
  echo
  echo "Variants:"
  for spec in "$@"; do
    name=${spec%%|*}; rest=${spec#*|}; envs=${rest%%|*}; flags=${rest#*|}
    echo "- **$name**: \`${JAVA_USED[$name]:-?}\`, JVM flags \`${flags:-runner defaults}\`${envs:+,}" \
      "${envs:+environment \`$envs\`}"
  done
  if [ "$ALONE" = 1 ]; then
    echo
    echo "## Each service started alone: seconds from launch to ready, RSS at ready"
    echo
    echo "$header"; echo "$sep"; printf '%s' "$alone_md"
  fi
  if [ "$ALL" = 1 ]; then
    echo
    echo "## All seven started together: seconds from the first launch to each one ready (the runner starts them at once)"
    echo
    echo "CPU s: user + system seconds of the seven processes together, read when the last one is ready; on"
    echo "$(nproc) idle cores the start takes at least about that sum ÷ $(nproc)."
    echo
    echo "$header all ready | CPU s |"; echo "$sep---:|---:|"; printf '%s' "$all_md"
    echo
    echo "## RSS (MiB) at ready and after a warm-up (${WARM} s of wrk, 4 connections, per service list endpoint through the gateway)"
    echo
    echo "$header"; echo "$sep"; printf '%s' "$rss_md"
  else
    echo
    echo "(ALL=0: the services were timed alone only, not all together.)"
  fi
} > "$OUT"
cat "$OUT"
