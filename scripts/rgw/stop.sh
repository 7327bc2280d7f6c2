#!/usr/bin/env bash
# Stops the daemons started by start.sh, by their pid files. Safe to run in any state.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
RUN_BASE=${PORTSIDE_RUN:-$REPO/.backends}
RUN=$RUN_BASE/rgw

# running <pid>: alive and not a zombie waiting to be reaped.
running() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $st != Z* ]]; }

# RGW first, then the OSD, then the monitor; the state is in memory, so a slow exit is killed.
for name in client.rgw osd.0 mon.a; do
  f=$RUN/$name.pid
  [[ -f $f ]] || continue
  pid=$(cat "$f")
  # Only a daemon of this run dir: a stale pid file may name a reused pid.
  if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$RUN/ceph.conf"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do running "$pid" || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
done
rm -f "$RUN_BASE/rgw.env"
echo "rgw: stopped" >&2
