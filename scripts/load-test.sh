#!/usr/bin/env bash
# Load test: the packaged application under a mixed read load, with one curator writing.
#
#   scripts/load-test.sh                      # 60 s, 32 connections, 2 wrk threads
#   LOAD_DURATION=2m LOAD_CONNECTIONS=64 scripts/load-test.sh
#
# What it does, all on 127.0.0.1:
#  1. Builds target/partner-cities-kg-*.jar if there is none (mvn -DskipTests package).
#  2. Starts it (java -Xmx512m -jar …) on a free loopback port with a fresh store in a temporary
#     directory, loaded from ontology/ and data/, and two users given by environment: a curator
#     and a reader, each with a random password made for this run (never stored anywhere).
#  3. PUTs a small source graph (src/test/resources/curation/kineshma-report.ttl), warms up with
#     the read mix (LOAD_WARMUP, so that the JIT has compiled the hot paths), then forces a full GC (jcmd GC.run) and reads the heap in use
#     from /actuator/metrics/jvm.memory.used?tag=area:heap as the reader.
#  4. Runs wrk (LOAD_THREADS threads, LOAD_CONNECTIONS connections, LOAD_DURATION) with
#     scripts/load-mix.lua: query API, SPARQL and entity pages. Meanwhile one writer (curl, as the
#     curator) sends sequential SPARQL updates, each adding a numbered skos:altLabel
#     "Метка нагрузки ltN" to the lyceum of that graph, until wrk ends (at most LOAD_MAX_UPDATES).
#  5. Checks: every read answered 2xx, so no 5xx (wrk's tally and the server's own Prometheus
#     counter) and no 4xx (the mix has only valid requests); no socket errors; no lost update (the
#     labels in the store, listed and counted over /sparql, are exactly those answered 200); the
#     text index is in step (/api/search finds the last label on the lyceum); the heap in use after
#     the run, measured as before, has not grown by more than LOAD_HEAP_TOLERANCE_MB.
#  6. Stops the server (also on failure or Ctrl-C), prints a summary and writes it with the logs to
#     target/load-test/ (summary.md, wrk.txt, writer.txt, server.log).
# Exits 0 when every check holds, 1 otherwise. Needs: java 17 (and jcmd), wrk, curl, maven to build.
#
# Settings (environment): LOAD_DURATION (60s), LOAD_CONNECTIONS (32), LOAD_THREADS (2),
# LOAD_WARMUP (30s), LOAD_MAX_UPDATES (5000), LOAD_TIMEOUT (30s, wrk's per-request timeout),
# LOAD_HEAP_TOLERANCE_MB (32), LOAD_START_TIMEOUT (300, seconds), LOAD_XMX (512m), LOAD_SETTLE (5,
# seconds of quiet before each heap reading), LOAD_JAVA_OPTS (more JVM options, e.g. to record a
# flight recording: -XX:StartFlightRecording=filename=/tmp/load.jfr).
set -euo pipefail

export LC_NUMERIC=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

DURATION=${LOAD_DURATION:-60s}
CONNECTIONS=${LOAD_CONNECTIONS:-32}
THREADS=${LOAD_THREADS:-2}
WARMUP=${LOAD_WARMUP:-30s}
MAX_UPDATES=${LOAD_MAX_UPDATES:-5000}
TIMEOUT=${LOAD_TIMEOUT:-30s}
HEAP_TOLERANCE_MB=${LOAD_HEAP_TOLERANCE_MB:-32}
START_TIMEOUT=${LOAD_START_TIMEOUT:-300}
XMX=${LOAD_XMX:-512m}
SETTLE=${LOAD_SETTLE:-5}
OUT=$ROOT/target/load-test

SOURCE=https://w3id.org/partner-cities-kg/id/source/test-kineshma-2020
LYCEUM=https://w3id.org/partner-cities-kg/id/school/kineshma-lyceum-7
LABEL_PREFIX="Метка нагрузки lt"

log() { printf '[load-test] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

for tool in java jcmd wrk curl; do
  command -v "$tool" >/dev/null || die "needs $tool on the PATH"
done

JAR=$(ls target/partner-cities-kg-*.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$JAR" ]]; then
  log "no jar in target/: building it"
  mvn -q -B -ntp -DskipTests package
  JAR=$(ls target/partner-cities-kg-*.jar | head -n 1)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kg-load.XXXXXX")
SERVER_PID=""
WRITER_PID=""
WRK_PID=""
cleanup() {
  local status=$?
  for pid in "$WRK_PID" "$WRITER_PID"; do
    if [[ -n "$pid" ]]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping the server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  mkdir -p "$OUT"
  if [[ -f "$WORK/server.log" ]]; then cp "$WORK/server.log" "$OUT/server.log"; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
CURATOR_PASSWORD=$(secret)
READER_PASSWORD=$(secret)
# curl reads the credentials from files, so they do not show in the process list.
umask 077
printf 'user = "load-curator:%s"\n' "$CURATOR_PASSWORD" >"$WORK/curator.curlrc"
printf 'user = "load-reader:%s"\n' "$READER_PASSWORD" >"$WORK/reader.curlrc"
umask 022

log "starting $JAR (store in $WORK/store)"
: >"$WORK/server.log"
KG_SECURITY_USERS_0_NAME=load-curator KG_SECURITY_USERS_0_PASSWORD="$CURATOR_PASSWORD" KG_SECURITY_USERS_0_ROLE=curator \
KG_SECURITY_USERS_1_NAME=load-reader KG_SECURITY_USERS_1_PASSWORD="$READER_PASSWORD" KG_SECURITY_USERS_1_ROLE=reader \
  java "-Xmx$XMX" ${LOAD_JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port=0 \
  --kg.store.directory="$WORK/store" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

PORT=""
for _ in $(seq 1 "$START_TIMEOUT"); do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$WORK/server.log" >&2; die "the server stopped while starting"; }
  PORT=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$WORK/server.log" | head -n 1 || true)
  if [[ -n "$PORT" ]] && curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    break
  fi
  PORT=""
  sleep 1
done
[[ -n "$PORT" ]] || die "the server was not up within $START_TIMEOUT s"
BASE=http://127.0.0.1:$PORT
log "up at $BASE"

# Heap in use after a full GC, in MB (the metric read as the reader). Waits first for the
# requests that wrk left in flight to finish, so that they are not measured as live data.
heap_mb() {
  sleep "$SETTLE"
  jcmd "$SERVER_PID" GC.run >/dev/null || log "warning: jcmd GC.run failed; the heap is read without a forced GC"
  sleep 1
  curl -fsS -K "$WORK/reader.curlrc" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | sed -n 's/.*"value":\([0-9.eE+-]*\).*/\1/p' | awk '{ printf "%.1f", $1 / 1048576 }'
}

# CPU seconds the server process has used so far (user + system).
cpu_seconds() {
  awk -v tick="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tick }' "/proc/$SERVER_PID/stat"
}

# One SPARQL SELECT on the public endpoint, as CSV without its header.
sparql_csv() {
  curl -fsS -G "$BASE/sparql" -H 'Accept: text/csv' --data-urlencode "query=$1" | tail -n +2 | tr -d '\r'
}

# The server's own count of answers with a 5xx status, from the Prometheus scrape.
server_5xx() {
  curl -fsS -K "$WORK/reader.curlrc" "$BASE/actuator/prometheus" \
    | awk '/^http_server_requests_seconds_count\{/ && /status="5[0-9][0-9]"/ { n += $NF } END { printf "%d", n }'
}

status=$(curl -sS -o "$WORK/put.json" -w '%{http_code}' -K "$WORK/curator.curlrc" -X PUT -H 'Content-Type: text/turtle' \
  --data-binary @src/test/resources/curation/kineshma-report.ttl "$BASE/data?graph=$SOURCE")
[[ "$status" == 201 ]] || die "PUT of the source graph answered $status: $(cat "$WORK/put.json")"

export LOAD_ROOT=$ROOT
log "warming up for $WARMUP"
# wrk runs in the background and is waited for, so that Ctrl-C or TERM stop everything at once
# (bash runs its traps during wait, not while a foreground command runs).
run_wrk() {
  local out=$1
  shift
  wrk -t "$THREADS" -c "$CONNECTIONS" --timeout "$TIMEOUT" -s scripts/load-mix.lua "$@" "$BASE" >"$out" &
  WRK_PID=$!
  wait "$WRK_PID"
  WRK_PID=""
}
run_wrk "$WORK/warmup.txt" -d "$WARMUP"
grep -q '5xx=0 ' "$WORK/warmup.txt" || log "warning: 5xx during the warm-up: $(grep '^status:' "$WORK/warmup.txt")"
HEAP_BEFORE=$(heap_mb)
SERVER_5XX_BEFORE=$(server_5xx)
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "heap in use after GC: $HEAP_BEFORE MB"

# The writer: one update at a time until the stop file appears. Writes "n status seconds" lines.
writer() {
  local n=0
  while [[ ! -e "$WORK/stop" && $n -lt $MAX_UPDATES ]]; do
    n=$((n + 1))
    local body="PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT DATA { GRAPH <$SOURCE> { <$LYCEUM> skos:altLabel \"$LABEL_PREFIX$n\"@ru } }"
    local result
    result=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 -K "$WORK/curator.curlrc" \
      -H 'Content-Type: application/sparql-update' --data-binary "$body" "$BASE/update" 2>/dev/null) || result="000 0"
    echo "$n $result" >>"$WORK/writer.txt"
  done
}
: >"$WORK/writer.txt"
CPU_BEFORE=$(cpu_seconds)
writer &
WRITER_PID=$!

log "load: wrk -t $THREADS -c $CONNECTIONS -d $DURATION with one writer"
run_wrk "$WORK/wrk.txt" -d "$DURATION" --latency
cat "$WORK/wrk.txt" >&2
touch "$WORK/stop"
wait "$WRITER_PID"
WRITER_PID=""
LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)
CPU_USED=$(awk -v a="$(cpu_seconds)" -v b="$CPU_BEFORE" 'BEGIN { printf "%.1f", a - b }')

# Figures of the read load.
read -r -a fields <<<"$(sed -n 's/^RESULT //p' "$WORK/wrk.txt")"
declare -A R
for field in "${fields[@]}"; do R[${field%%=*}]=${field#*=}; done

# Figures of the writer.
UPDATES_SENT=$(wc -l <"$WORK/writer.txt")
UPDATES_OK=$(awk '$2 == 200' "$WORK/writer.txt" | wc -l)
UPDATES_FAILED=$(awk '$2 != 200 { printf "%s%s:%s", sep, $1, $2; sep = " " }' "$WORK/writer.txt")
WRITER_MS=$(awk '$2 == 200 { print $3 * 1000 }' "$WORK/writer.txt" | sort -n | awk '
  { v[NR] = $1 } END { if (NR == 0) { print "- - -"; exit }
    p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; printf "%.0f %.0f %.0f", p50, p99, v[NR] }')
read -r WRITER_P50 WRITER_P99 WRITER_MAX <<<"$WRITER_MS"

# Lost updates: every label answered 200 must be in the store, and nothing else.
PREFIXES="PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
PATTERN="GRAPH <$SOURCE> { <$LYCEUM> skos:altLabel ?label FILTER(STRSTARTS(STR(?label), \"$LABEL_PREFIX\")) }"
STORED_COUNT=$(sparql_csv "$PREFIXES SELECT (COUNT(DISTINCT ?label) AS ?n) { $PATTERN }" | tr -d '"')
sparql_csv "$PREFIXES SELECT DISTINCT ?label { $PATTERN }" | LC_ALL=C sort >"$WORK/stored.txt"
awk -v p="$LABEL_PREFIX" '$2 == 200 { print p $1 }' "$WORK/writer.txt" | LC_ALL=C sort >"$WORK/accepted.txt"
LOST=$(LC_ALL=C comm -23 "$WORK/accepted.txt" "$WORK/stored.txt" | wc -l)
UNCONFIRMED=$(LC_ALL=C comm -13 "$WORK/accepted.txt" "$WORK/stored.txt" | wc -l)

# The text index: the last accepted label finds the lyceum.
LAST=$(awk '$2 == 200 { n = $1 } END { print n }' "$WORK/writer.txt")
INDEX_OK=no
if [[ -n "$LAST" ]] && curl -fsS -G "$BASE/api/search" --data-urlencode "q=lt$LAST" \
  | grep -F '"id":"school/kineshma-lyceum-7"' | grep -qF "\"snippet\":\"$LABEL_PREFIX$LAST\""; then
  INDEX_OK=yes
fi

SERVER_5XX=$(( $(server_5xx) - SERVER_5XX_BEFORE ))
SERVER_ERRORS=$(grep -c ' ERROR ' "$WORK/server.log" || true)
HEAP_AFTER=$(heap_mb)
HEAP_GROWTH=$(awk -v a="$HEAP_AFTER" -v b="$HEAP_BEFORE" 'BEGIN { printf "%+.1f", a - b }')

VERDICT=()
[[ "${R[s5xx]:-1}" == 0 && "$SERVER_5XX" == 0 ]] || VERDICT+=("5xx answers")
# Every request of the mix is valid, so anything but 2xx means the mix or the server is wrong.
[[ "${R[s3xx]:-1}" == 0 && "${R[s4xx]:-1}" == 0 && "${R[sother]:-1}" == 0 && "${R[s2xx]:-0}" -gt 0 ]] || VERDICT+=("answers other than 2xx")
[[ "$LOST" == 0 && "$UNCONFIRMED" == 0 && "$STORED_COUNT" == "$UPDATES_OK" && "$UPDATES_OK" -gt 0 ]] || VERDICT+=("lost or unconfirmed updates")
[[ -z "$UPDATES_FAILED" ]] || VERDICT+=("updates not answered 200")
[[ "$INDEX_OK" == yes ]] || VERDICT+=("text index not in step")
[[ "$(( ${R[connect]:-1} + ${R[read]:-1} + ${R[write]:-1} + ${R[timeout]:-1} ))" == 0 ]] || VERDICT+=("socket errors")
awk -v g="$HEAP_GROWTH" -v t="$HEAP_TOLERANCE_MB" 'BEGIN { exit !(g <= t) }' || VERDICT+=("heap grew")

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
MEM=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
JAVA=$(java -version 2>&1 | head -n 1)
SUMMARY=$(cat <<EOF
## Load test $(date -u '+%Y-%m-%d %H:%M UTC')

Command: \`LOAD_DURATION=$DURATION LOAD_CONNECTIONS=$CONNECTIONS LOAD_THREADS=$THREADS scripts/load-test.sh\`
(wrk -t $THREADS -c $CONNECTIONS -d $DURATION --timeout $TIMEOUT --latency -s scripts/load-mix.lua, after a $WARMUP warm-up;
one writer sending sequential SPARQL updates as the curator at the same time)

Machine: $(nproc) cores ($CPU), $MEM; $JAVA, -Xmx$XMX; $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 1-2);
load average (1/5/15 min) before $LOAD_BEFORE, after $LOAD_AFTER.

| read load | |
|---|---:|
| requests answered (sent to api / sparql / pages) | ${R[requests]} (${R[api]} / ${R[sparql]} / ${R[page]}) |
| requests/s | ${R[rps]} |
| CPU seconds used by the server during the load (share of all cores) | $CPU_USED ($(awk -v c="$CPU_USED" -v s="${R[seconds]}" -v n="$(nproc)" 'BEGIN { printf "%.0f%%", 100 * c / s / n }')) |
| requests per server CPU second | $(awk -v c="$CPU_USED" -v r="${R[requests]}" 'BEGIN { printf "%.1f", r / c }') |
| latency p50 / p90 / p99 / max ms | ${R[p50]} / ${R[p90]} / ${R[p99]} / ${R[max]} |
| 2xx / 3xx / 4xx / 5xx | ${R[s2xx]} / ${R[s3xx]} / ${R[s4xx]} / ${R[s5xx]} |
| socket errors (connect / read / write / timeout) | ${R[connect]} / ${R[read]} / ${R[write]} / ${R[timeout]} |
| 5xx counted by the server (Prometheus) | $SERVER_5XX |
| ERROR lines in the server log | $SERVER_ERRORS |

| writer | |
|---|---:|
| updates sent / answered 200 | $UPDATES_SENT / $UPDATES_OK |
| update latency p50 / p99 / max ms | $WRITER_P50 / $WRITER_P99 / $WRITER_MAX |
| labels in the store (COUNT DISTINCT over /sparql) | $STORED_COUNT |
| lost (answered 200, not stored) / unconfirmed (stored, not answered 200) | $LOST / $UNCONFIRMED |
| last label found by /api/search | $INDEX_OK |
| not answered 200 (update:status) | ${UPDATES_FAILED:-none} |

| heap in use after a full GC | MB |
|---|---:|
| before the load | $HEAP_BEFORE |
| after the load | $HEAP_AFTER |
| growth | $HEAP_GROWTH |

Verdict: $(if [[ ${#VERDICT[@]} -eq 0 ]]; then echo "every check holds"; else IFS=,; echo "FAILED: ${VERDICT[*]}"; fi)
EOF
)

mkdir -p "$OUT"
cp "$WORK/wrk.txt" "$WORK/writer.txt" "$OUT/"
printf '%s\n' "$SUMMARY" >"$OUT/summary.md"
printf '\n%s\n' "$SUMMARY"
[[ ${#VERDICT[@]} -eq 0 ]]
