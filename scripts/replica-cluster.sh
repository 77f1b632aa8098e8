#!/usr/bin/env bash
# A throwaway streaming replica of the local "main" cluster, for tests that must stop, lag or break a
# replica without touching the shared one (scripts/replica.sh, port 5433) other tests read from.
#
#   scripts/replica-cluster.sh NAME PORT create        clone main with pg_basebackup -R (once) and start it
#   scripts/replica-cluster.sh NAME PORT start         start it and wait until it answers in recovery
#   scripts/replica-cluster.sh NAME PORT stop [MODE]   pg_ctl stop mode: fast (default), smart, immediate
#   scripts/replica-cluster.sh NAME PORT drop          stop and delete it (no error when it does not exist)
#
# Every action is idempotent. Debian/Ubuntu only (postgresql-common); run as root.
set -euo pipefail
NAME="${1:?usage: replica-cluster.sh NAME PORT create|start|stop|drop}"
PORT="${2:?usage: replica-cluster.sh NAME PORT create|start|stop|drop}"
ACTION="${3:?usage: replica-cluster.sh NAME PORT create|start|stop|drop}"
MODE="${4:-fast}"
say() { printf '[replica-cluster %s] %s\n' "$NAME" "$*"; }
fail() { printf '[replica-cluster %s] ERROR: %s\n' "$NAME" "$*" >&2; exit 1; }

[ "$NAME" != "main" ] || fail "refusing to touch the primary cluster"
case "$PORT" in ''|*[!0-9]*) fail "PORT must be a number" ;; esac
command -v pg_createcluster >/dev/null || fail "pg_createcluster not found: this needs Debian's postgresql-common"
ver=$(pg_lsclusters -h | awk '$2=="main"{print $1; exit}')
[ -n "$ver" ] || fail "no PostgreSQL cluster named main"
hba="/etc/postgresql/$ver/main/pg_hba.conf"

exists() { pg_lsclusters -h | awk -v n="$NAME" '$2==n' | grep -q .; }
cluster_port() { pg_lsclusters -h | awk -v n="$NAME" '$2==n{print $3}'; }
status() { pg_lsclusters -h | awk -v n="$NAME" '$2==n{print $4}'; }
running() { case "$(status)" in online*) return 0 ;; *) return 1 ;; esac; }

do_stop() {
  exists || return 0
  if running; then
    say "stopping ($MODE)"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$NAME" stop -m "$MODE"
  fi
}

do_start() {
  exists || fail "cluster $ver/$NAME does not exist (create it first)"
  running || pg_ctlcluster --skip-systemctl-redirect "$ver" "$NAME" start
  for _ in $(seq 1 60); do
    [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc 'select pg_is_in_recovery()' 2>/dev/null)" = "t" ] && { say "streaming replica up on 127.0.0.1:$PORT"; return 0; }
    sleep 0.5
  done
  fail "did not come up in recovery mode on port $PORT (see /var/log/postgresql/postgresql-$ver-$NAME.log)"
}

do_create() {
  if exists; then
    [ "$(cluster_port)" = "$PORT" ] || fail "cluster $ver/$NAME exists on port $(cluster_port), not $PORT"
  else
    # Streaming replication connects to the pseudo-database "replication", which "all" does not cover.
    if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$hba"; then
      say "allowing local replication connections in $hba"
      echo "host replication all 127.0.0.1/32 trust" >> "$hba"
      pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
    fi
    say "creating cluster $ver/$NAME on port $PORT"
    pg_createcluster "$ver" "$NAME" --port "$PORT" >/dev/null
    datadir="/var/lib/postgresql/$ver/$NAME"
    # Keep the directory pg_createcluster made (owned by postgres, mode 0700) and replace its contents.
    find "$datadir" -mindepth 1 -delete
    runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D "$datadir" -R -X stream --checkpoint=fast
    cp "$hba" "/etc/postgresql/$ver/$NAME/pg_hba.conf"
    # A standby must allow at least as many connections as the primary.
    primary_max=$(psql -h 127.0.0.1 -p 5432 -U postgres -tAc "show max_connections")
    sed -i "s/^#\?max_connections.*/max_connections = $primary_max/" "/etc/postgresql/$ver/$NAME/postgresql.conf"
  fi
  do_start
}

do_drop() {
  exists || return 0
  MODE=immediate do_stop
  say "dropping"
  pg_dropcluster "$ver" "$NAME"
}

case "$ACTION" in
  create) do_create ;;
  start) do_start ;;
  stop) do_stop ;;
  drop) do_drop ;;
  *) fail "unknown action $ACTION (create|start|stop|drop)" ;;
esac
