#!/usr/bin/env bash
# Starts a single-node Ceph cluster (mon + memstore OSD + RGW) on loopback, for Object Lock tests.
#
# Ceph comes from Debian's packages, unpacked into a private root under the cache (once); nothing
# is installed system-wide. Authentication is off; all state lives in memory and in the run dir.
#
#   scripts/rgw/start.sh          # idempotent; prints export lines, also written to <run>/rgw.env
#
# Environment: PORTSIDE_CACHE (default ~/.cache/portside), PORTSIDE_RUN (default <repo>/.backends),
#              PORTSIDE_RGW_PORT (default: a free port).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${PORTSIDE_CACHE:-$HOME/.cache/portside}/rgw
RUN_BASE=${PORTSIDE_RUN:-$REPO/.backends}
RUN=$RUN_BASE/rgw
ROOT=$CACHE/root
ENV_FILE=$RUN_BASE/rgw.env
ACCESS_KEY=portside-test
SECRET_KEY=portside-test-secret
PACKAGES=(radosgw ceph-mon ceph-osd ceph-common ceph-base)
DAEMONS=(mon.a osd.0 client.rgw)

log() { echo "rgw: $*" >&2; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

alive() { [[ -f $RUN/$1.pid ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

healthy() {
  local d
  for d in "${DAEMONS[@]}"; do alive "$d" || return 1; done
  [[ -f $RUN/port ]] && curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$(cat "$RUN/port")/"
}

write_env() {
  local port
  port=$(cat "$RUN/port")
  cat >"$ENV_FILE" <<EOF
export PORTSIDE_TEST_RGW_ENDPOINT=http://127.0.0.1:$port
export PORTSIDE_TEST_RGW_ACCESS_KEY=$ACCESS_KEY
export PORTSIDE_TEST_RGW_SECRET_KEY=$SECRET_KEY
EOF
  cat "$ENV_FILE"
}

# Download the .debs and unpack them into a private root, once.
ensure_root() {
  [[ -f $ROOT/.complete ]] && return 0
  log "preparing Ceph under $ROOT (one time)"
  mkdir -p "$CACHE/debs"
  local apt=(apt-get install -y -qq --download-only --no-install-recommends
    -o "Dir::Cache::archives=$CACHE/debs" -o APT::Sandbox::User=root "${PACKAGES[@]}")
  if ! "${apt[@]}" >&2; then
    apt-get update -qq >&2
    "${apt[@]}" >&2
  fi
  rm -rf "$ROOT.tmp"
  mkdir -p "$ROOT.tmp"
  local deb
  for deb in "$CACHE"/debs/*.deb; do dpkg -x "$deb" "$ROOT.tmp"; done
  rm -rf "$ROOT"
  mv "$ROOT.tmp" "$ROOT"
  touch "$ROOT/.complete"
}

if healthy; then
  write_env
  exit 0
fi

"$HERE/stop.sh" >/dev/null 2>&1 || true
ensure_root

LIB=$ROOT/usr/lib/x86_64-linux-gnu
export LD_LIBRARY_PATH=$LIB:$LIB/ceph:$ROOT/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export PYTHONPATH=$ROOT/usr/lib/python3/dist-packages
export PATH=$ROOT/usr/bin:$PATH
BIN=$ROOT/usr/bin
CEPH=(/usr/bin/python3 "$BIN/ceph" -c "$RUN/ceph.conf")

rm -rf "$RUN"
mkdir -p "$RUN/log" "$RUN/mon/a" "$RUN/osd/0" "$RUN/rgw"
PORT=${PORTSIDE_RGW_PORT:-$(free_port)}
MON_PORT=$(free_port)
FSID=$(cat /proc/sys/kernel/random/uuid)
echo "$PORT" >"$RUN/port"

cat >"$RUN/ceph.conf" <<EOF
[global]
fsid = $FSID
mon host = [v2:127.0.0.1:$MON_PORT]
ms bind msgr1 = false
ms mon client mode = crc
public addr = 127.0.0.1
auth cluster required = none
auth service required = none
auth client required = none
auth allow insecure global id reclaim = true
run dir = $RUN
pid file = $RUN/\$name.pid
admin socket = $RUN/\$name.asok
log file = $RUN/log/\$name.log
log to stderr = false
err to stderr = false
plugin dir = $LIB/ceph
erasure code dir = $LIB/ceph/erasure-code
osd class dir = $LIB/rados-classes
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 1
osd pool default pgp num = 1
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon max pg per osd = 1000
paxos propose interval = 0.05
paxos min wait = 0.01
mon data = $RUN/mon/\$id
osd data = $RUN/osd/\$id
osd objectstore = memstore
memstore device bytes = 1073741824
osd class load list = *
osd class default list = *

[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$PORT
rgw data = $RUN/rgw
rgw enable usage log = false
EOF

t0=$SECONDS
monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$MON_PORT]" "$RUN/monmap" >/dev/null
ceph-mon -c "$RUN/ceph.conf" --mkfs -i a --monmap "$RUN/monmap"
ceph-mon -c "$RUN/ceph.conf" -i a
OSD_ID=$("${CEPH[@]}" osd create)
ceph-osd -c "$RUN/ceph.conf" -i "$OSD_ID" --mkfs 2>>"$RUN/log/osd-mkfs.log"
ceph-osd -c "$RUN/ceph.conf" -i "$OSD_ID"
radosgw -c "$RUN/ceph.conf" -n client.rgw

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/" 2>/dev/null && break
  sleep 0.5
done
if ! curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
  log "radosgw did not answer on port $PORT; see $RUN/log"
  exit 1
fi
radosgw-admin -c "$RUN/ceph.conf" user create --uid=portside --display-name=portside \
  --access-key="$ACCESS_KEY" --secret="$SECRET_KEY" >"$RUN/log/user-create.json"
log "ready on 127.0.0.1:$PORT after $((SECONDS - t0)) s"
write_env
