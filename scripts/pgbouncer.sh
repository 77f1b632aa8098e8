#!/usr/bin/env bash
# PgBouncer (transaction pooling) on 127.0.0.1:6432 in front of the local primary on 5432, as a daemon
# with its pid, log and socket in $PGBOUNCER_RUN_DIR (default /tmp/ib-revise-pgbouncer).
#
#   scripts/pgbouncer.sh [start]   install (apt) when missing, start when not running, reload a changed config
#   scripts/pgbouncer.sh stop
#
# Safe to run any number of times. The config is scripts/pgbouncer/pgbouncer.ini (+ userlist.txt).
set -euo pipefail
cd "$(dirname "$0")"
ACTION="${1:-start}"
RUN_DIR="${PGBOUNCER_RUN_DIR:-/tmp/ib-revise-pgbouncer}"
PORT=6432
PID_FILE="$RUN_DIR/pgbouncer.pid"
say() { printf '[pgbouncer] %s\n' "$*"; }
fail() { printf '[pgbouncer] ERROR: %s\n' "$*" >&2; exit 1; }

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(ps -p "$pid" -o comm= 2>/dev/null)" = "pgbouncer" ] && echo "$pid"
}
answering() { pg_isready -q -h 127.0.0.1 -p "$PORT" -U postgres -d pgbouncer 2>/dev/null; }

if [ "$ACTION" = "stop" ]; then
  if pid=$(running_pid); then
    say "stopping (pid $pid)"
    kill -INT "$pid" # safe shutdown: waits for running transactions... up to the kill below
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid"
  fi
  exit 0
fi
[ "$ACTION" = "start" ] || fail "unknown action $ACTION (start|stop)"

if ! command -v pgbouncer >/dev/null; then
  command -v apt-get >/dev/null || fail "pgbouncer is not installed and apt-get is not available: install PgBouncer 1.18+"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing pgbouncer with apt-get"
  $SUDO apt-get install -y pgbouncer >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y pgbouncer >/dev/null; }
  # On a systemd machine the package starts its own instance on this same port: ours replaces it.
  if [ -d /run/systemd/system ]; then $SUDO systemctl disable --now pgbouncer >/dev/null 2>&1 || true; fi
fi

# PgBouncer refuses to run as root: as root, it runs as postgres, which must own its files.
RUN_AS=()
mkdir -p "$RUN_DIR"
# Two callers at once (two test runs) must not both start one: the second waits and finds it running.
exec 9>"$RUN_DIR/start.lock"
flock -w 60 9 || fail "another pgbouncer.sh held $RUN_DIR/start.lock for 60 s"
if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=(-u postgres)
  chown postgres "$RUN_DIR"
fi
rendered=$(mktemp)
sed "s|@RUN_DIR@|$RUN_DIR|g" pgbouncer/pgbouncer.ini > "$rendered"
changed=0
cmp -s "$rendered" "$RUN_DIR/pgbouncer.ini" || changed=1
install -m 0644 "$rendered" "$RUN_DIR/pgbouncer.ini"
install -m 0600 pgbouncer/userlist.txt "$RUN_DIR/userlist.txt"
rm -f "$rendered"
[ "$(id -u)" -ne 0 ] || chown postgres "$RUN_DIR/pgbouncer.ini" "$RUN_DIR/userlist.txt"

if pid=$(running_pid); then
  if [ "$changed" = 1 ]; then
    say "config changed: reloading (pid $pid)"
    kill -HUP "$pid"
  fi
else
  answering && fail "something else is listening on 127.0.0.1:$PORT (a packaged pgbouncer service? stop it first)"
  say "starting on 127.0.0.1:$PORT"
  # 9>&-: the daemon must not inherit (and so hold forever) the start lock.
  pgbouncer -d "${RUN_AS[@]}" "$RUN_DIR/pgbouncer.ini" 9>&- || fail "pgbouncer did not start (see $RUN_DIR/pgbouncer.log)"
fi
for _ in $(seq 1 50); do answering && break; sleep 0.1; done
answering || fail "pgbouncer is not answering on 127.0.0.1:$PORT (see $RUN_DIR/pgbouncer.log)"
say "ok on 127.0.0.1:$PORT (transaction pooling, primary 127.0.0.1:5432)"
