#!/usr/bin/env bash
# Stops the daemons started by start.sh, by their pid files. Safe to run in any state.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
RUN_BASE=${PORTSIDE_RUN:-$REPO/.backends}
RUN=$RUN_BASE/rgw

pids=()
for name in client.rgw osd.0 mon.a; do
  f=$RUN/$name.pid
  [[ -f $f ]] || continue
  pid=$(cat "$f")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
  rm -f "$f"
done
for pid in "${pids[@]}"; do
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
done
rm -f "$RUN_BASE/rgw.env"
echo "rgw: stopped" >&2
