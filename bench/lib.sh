# Shared pieces of the bench scripts (sourced, never run): tool checks, a signed token for a bench secret, the
# processes a script starts and stops again (each by its own pid), waiting for readiness, CPU and memory of a
# process, wrk's latency units, medians. Each script keeps its own knobs and output.
#
#   . "$(dirname "$0")/lib.sh"
#   bench_init                      # WORK (temporary directory) and the EXIT trap: tracked pids stopped, then
#                                   # bench_cleanup_hook (when the script defines one), then WORK removed
#   bench_track "$pid"              # stopped on exit
#   wait_ready PORT PID LOG [SECONDS]

# ---------------------------------------------------------------- tools and ports
bench_require() { # tool... : exits naming the first one missing
  local tool hint
  for tool in "$@"; do
    hint=; [ "$tool" = wrk ] && hint=": apt-get install -y wrk"
    command -v "$tool" >/dev/null || { echo "$tool is missing$hint" >&2; exit 1; }
  done
}
port_open() { (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
bench_ports_free() { # port... : exits when one is taken
  local p
  for p in "$@"; do
    if port_open "$p"; then echo "port $p is in use: stop what listens there or choose other ports" >&2; exit 1; fi
  done
}

# ---------------------------------------------------------------- tokens (HS256) for a per-run bench secret
bench_secret() { SECRET="bench-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
bench_token() { # sub role [extra JSON members, e.g. ,"org_id":"…"] -> a 2-hour access token signed with $SECRET
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"%s","iss":"bantu-crm","jti":"%s","iat":%d,"exp":%d,"username":"%s","roles":["%s"]%s,"type":"access"}' \
    "$1" "$(cat /proc/sys/kernel/random/uuid)" "$now" "$((now + 7200))" "${BENCH_TOKEN_USERNAME:-bench}" "$2" "${3:-}" \
    | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
  echo "$header.$payload.$signature"
}

# the seeded admin's sign-in on a foundation-service (local profile) at port $1: sets LOGIN (the answer), TOKEN and
# USER_ID; exits when it fails
bench_login() { # port [password]
  LOGIN=$(curl -fsS -X POST "http://127.0.0.1:$1/api/foundation/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"admin@bantu.sbs\",\"password\":\"${2:-Admin@123456}\"}") || true
  TOKEN=$(printf '%s' "$LOGIN" | sed -nE 's/.*"token":"([^"]+)".*/\1/p')
  USER_ID=$(printf '%s' "$LOGIN" | sed -nE 's/.*"user":\{"id":"([^"]+)".*/\1/p')
  [ -n "$TOKEN" ] && [ -n "$USER_ID" ] || { echo "login on :$1 failed: $LOGIN" >&2; exit 1; }
}

# the bench database: BENCH_DB_HOST / BENCH_DB_PORT (127.0.0.1:3306), root without a password
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
SQL="mariadb -uroot -h$DB_HOST -P$DB_PORT"

# the local-profile environment of the runner: a fresh shared secret, and the machine's Redis when one answers
bench_local_env() {
  export BANTU_JWT_SECRET
  BANTU_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  if port_open 6379; then
    export BANTU_REVOCATION_STORE=redis BANTU_REDIS_AVAILABLE=true SPRING_DATA_REDIS_HOST=127.0.0.1 BANTU_RATE_LIMITER=redis
  else
    export BANTU_REVOCATION_STORE=memory BANTU_REDIS_AVAILABLE=false BANTU_RATE_LIMITER=memory
  fi
}

# n customers through the customer API of a service-management-service at port $1 (token $2), each with a level and
# an industry of the seeded reference data, so a list page has rows and lookups to resolve
bench_create_customers() { # port token n
  local c body code levels=(2 3 4 5 6)
  local industries=(81885d96-c0a8-5e56-b13d-7b8feca6408d bf45a8a6-b87a-50ad-bf14-2460db31b688
    87573ca8-8504-5f9c-bb86-ad1e233a4cfd)
  for ((c = 1; c <= $3; c++)); do
    body=$(printf '{"name":"Bench customer %d","customer_type":"organization","level":"%s","industry_id":"%s"}' \
      "$c" "${levels[$((c % 5))]}" "${industries[$((c % 3))]}")
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $2" \
      -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$1/api/service-management/customers")
    [ "$code" = 200 ] || { echo "customer create on :$1 answered $code" >&2; exit 1; }
  done
}

# ---------------------------------------------------------------- processes
BENCH_PIDS=()
bench_init() {
  WORK=$(mktemp -d)
  trap bench_exit EXIT
  trap 'exit 130' INT TERM
}
bench_track() { BENCH_PIDS+=("$@"); }
bench_stop() { # pid... : stops and reaps them (empty arguments ignored)
  local p
  for p in "$@"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "$@"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
}
bench_exit() {
  bench_stop "${BENCH_PIDS[@]:-}"
  if declare -F bench_cleanup_hook >/dev/null; then bench_cleanup_hook || true; fi
  [ -z "${WORK:-}" ] || rm -rf "$WORK"
}
wait_ready() { # port pid log [seconds]: until /actuator/health/readiness answers 200; exits if the pid dies
  local port=$1 pid=$2 log=$3 i
  for ((i = 0; i < ${4:-${BENCH_START_TIMEOUT:-420}} * 2; i++)); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "process on :$port died, see $log" >&2; tail -20 "$log" >&2 2>/dev/null; exit 1
    fi
    sleep 0.5
  done
  echo "process on :$port not ready, see $log" >&2; tail -30 "$log" >&2 2>/dev/null; exit 1
}
bench_copy_jar() { # jar name -> path of a private copy in $WORK (a rebuild during the run cannot pull it away)
  cp "$1" "$WORK/$2" && echo "$WORK/$2"
}

# ---------------------------------------------------------------- measuring
ticks() { # pid... -> utime + stime of the processes together, in clock ticks; "-" when one is unknown
  local sum=0 p
  for p in "$@"; do
    [ -n "$p" ] && [ -r "/proc/$p/stat" ] || { echo -; return; }
    sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$sum"
}
HZ=$(getconf CLK_TCK)
jit_ticks() { # pid -> utime + stime of its JIT compiler threads (C1/C2) now alive, in clock ticks
  local pid=$1 sum=0 f line rest
  for f in /proc/"$pid"/task/*/stat; do
    read -r line < "$f" 2>/dev/null || continue
    case "$line" in
      *"(C1 CompilerThre)"*|*"(C2 CompilerThre)"*) rest=${line##*) }; set -- $rest; sum=$((sum + ${12} + ${13})) ;;
    esac
  done
  echo "$sum"
}
thread_ticks() { # pid -> "group ticks" lines: CPU of its threads now alive, grouped by name (request, shipper,
  # http-client, gc, jit, other); a thread that ended since an earlier call is missing from both, so compare groups
  # of long-lived threads only
  local pid=$1 f line name rest g
  declare -A sum=([request]=0 [shipper]=0 [http-client]=0 [gc]=0 [jit]=0 [other]=0)
  for f in /proc/"$pid"/task/*/stat; do
    read -r line < "$f" 2>/dev/null || continue
    name=${line#*(}; name=${name%)*}; rest=${line##*) }; set -- $rest
    case "$name" in
      http-nio-*|tomcat-handler-*) g=request ;;
      bantu-log-shipp*) g=shipper ;;
      HttpClient-*) g=http-client ;;
      "GC Thread"*|G1*|"VM Thread") g=gc ;;
      "C1 CompilerThre"|"C2 CompilerThre") g=jit ;;
      *) g=other ;;
    esac
    sum[$g]=$((sum[$g] + ${12} + ${13}))
  done
  for g in request shipper http-client gc jit other; do echo "$g ${sum[$g]}"; done
}
us_per_req() { # ticks_before ticks_after requests -> CPU µs per request ("-" when a tick count is unknown)
  if [ "$1" = - ] || [ "$2" = - ]; then echo -; else
    awk -v a="$1" -v b="$2" -v n="$3" -v hz="$HZ" 'BEGIN { printf "%.0f", (n > 0 ? (b - a) * 1e6 / hz / n : 0) }'
  fi
}
rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo -; }
to_ms() { # wrk latency (850.00us, 12.34ms, 1.20s) [decimals, default 2] -> milliseconds
  awk -v v="$1" -v d="${2:-2}" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%." d "f", n }'
}
median() { # numbers on stdin ("-" ignored) -> median, "-" when none
  grep -v '^-$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
