#!/usr/bin/env bash
# Starts / stops the local test backends and writes their endpoints to <run>/backends.env.
#
#   scripts/backends.sh start   # idempotent; a backend that fails is reported, the others still start
#   scripts/backends.sh stop    # stops everything by pid files, whatever state it is in
#   scripts/backends.sh env     # prints <run>/backends.env
#
# Backends: DynamoDB protocol (dynalite front), ClickHouse HTTP (chDB front), Ceph RGW (Object Lock).
# Environment: PORTSIDE_RUN (default <repo>/.backends), PORTSIDE_CACHE (default ~/.cache/portside),
#   PORTSIDE_REQUIRE_BACKENDS=true (exit non-zero when one fails),
#   PORTSIDE_BACKENDS_TIMEOUT (seconds to wait for each backend, default 60).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
export PORTSIDE_RUN=${PORTSIDE_RUN:-$REPO/.backends}
RUN=$PORTSIDE_RUN
ENV_FILE=$RUN/backends.env
TIMEOUT=${PORTSIDE_BACKENDS_TIMEOUT:-60}

log() { echo "backends: $*" >&2; }

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
}

alive() { [[ -f $RUN/$1.pid ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# wait_ready <name> <url>: until the url answers, the process dies or the timeout passes.
wait_ready() {
  local deadline=$((SECONDS + TIMEOUT))
  while ((SECONDS < deadline)); do
    curl -fsS -o /dev/null --max-time 2 "$2" 2>/dev/null && return 0
    alive "$1" || return 1
    sleep 0.2
  done
  return 1
}

report_failure() {
  log "$1 failed to start; last lines of $2:"
  tail -n 25 "$2" >&2 2>/dev/null || true
}

# start_node <name> <ping path> [server args...]: runs scripts/<name>/server.js on a free port.
start_node() {
  local name=$1 ping=$2 dir=$HERE/$1 port
  shift 2
  if alive "$name" && [[ -f $RUN/$name.port ]] &&
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$(cat "$RUN/$name.port")$ping"; then
    return 0
  fi
  stop_pid "$name"
  if [[ ! -f $dir/node_modules/.package-lock.json ]]; then
    log "$name: npm ci"
    # npm ci refuses a lock file that lacks optional packages for other platforms (a registry
    # mirror without them writes such a lock); npm install --no-save honours the lock, changes nothing.
    (cd "$dir" && { npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund; }) \
      >"$RUN/$name.log" 2>&1 || return 1
  fi
  port=$(free_port)
  nohup node "$dir/server.js" --port "$port" "$@" >>"$RUN/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
  echo "$port" >"$RUN/$name.port"
  wait_ready "$name" "http://127.0.0.1:$port$ping"
}

# running <pid>: alive and not a zombie waiting to be reaped.
running() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $st != Z* ]]; }

stop_pid() {
  local f=$RUN/$1.pid pid
  [[ -f $f ]] || return 0
  pid=$(cat "$f")
  # Only our own server: a stale pid file may name a reused pid.
  if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$HERE/$1/server.js"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do running "$pid" || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f" "$RUN/$1.port"
}

start() {
  mkdir -p "$RUN"
  local env=() failed=() t0=$SECONDS port rgw
  # RGW takes longest: start it in the background while the Node fronts come up.
  timeout 600 "$HERE/rgw/start.sh" >"$RUN/rgw.out" 2>"$RUN/rgw.log" &
  rgw=$!
  if start_node dynamodb /; then
    port=$(cat "$RUN/dynamodb.port")
    env+=("export PORTSIDE_TEST_DYNAMODB_ENDPOINT=http://127.0.0.1:$port")
  else
    failed+=(dynamodb); report_failure dynamodb "$RUN/dynamodb.log"
  fi
  if start_node clickhouse /ping --data "$RUN/clickhouse-data"; then
    port=$(cat "$RUN/clickhouse.port")
    env+=("export PORTSIDE_TEST_CLICKHOUSE_URL='jdbc:clickhouse://127.0.0.1:$port/default?compress=false'"
      "export PORTSIDE_TEST_CLICKHOUSE_HTTP=http://127.0.0.1:$port")
  else
    failed+=(clickhouse); report_failure clickhouse "$RUN/clickhouse.log"
  fi
  if wait "$rgw"; then
    mapfile -t -O "${#env[@]}" env <"$RUN/rgw.env"
  else
    failed+=(rgw); report_failure rgw "$RUN/rgw.log"
    tail -n 15 "$RUN"/rgw/log/*.log >&2 2>/dev/null || true
  fi
  printf '%s\n' "${env[@]}" >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  cat "$ENV_FILE"
  log "started in $((SECONDS - t0)) s; env in $ENV_FILE"
  if ((${#failed[@]})); then
    log "not running: ${failed[*]}"
    [[ ${PORTSIDE_REQUIRE_BACKENDS:-false} == true ]] && return 1
  fi
  return 0
}

stop() {
  stop_pid dynamodb
  stop_pid clickhouse
  "$HERE/rgw/stop.sh" 2>/dev/null || true
  rm -f "$ENV_FILE"
  log "stopped"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  env) cat "$ENV_FILE" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
