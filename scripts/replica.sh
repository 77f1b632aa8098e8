#!/usr/bin/env bash
# Creates (once) and starts a real streaming replica of the local PostgreSQL: a second cluster named
# "replica" on port ${REPLICA_PORT:-5433}, cloned with pg_basebackup -R from the "main" cluster.
# Debian/Ubuntu only (pg_createcluster); with Docker use docker-compose.yml instead.
set -euo pipefail
PORT="${REPLICA_PORT:-5433}"
say() { printf '[replica] %s\n' "$*"; }
command -v pg_createcluster >/dev/null || { say "pg_createcluster not found: this needs Debian's postgresql-common"; exit 1; }
ver=$(pg_lsclusters -h | awk '$2=="main"{print $1; exit}')
[ -n "$ver" ] || { say "no PostgreSQL cluster named main"; exit 1; }
hba="/etc/postgresql/$ver/main/pg_hba.conf"

# Streaming replication connects to the pseudo-database "replication", which "all" does not cover.
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$hba"; then
  say "allowing local replication connections in $hba"
  echo "host replication all 127.0.0.1/32 trust" >> "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
fi

if ! pg_lsclusters -h | awk '$2=="replica"' | grep -q .; then
  say "creating cluster $ver/replica on port $PORT"
  pg_createcluster "$ver" replica --port "$PORT" >/dev/null
  datadir="/var/lib/postgresql/$ver/replica"
  # Keep the directory pg_createcluster made (owned by postgres, mode 0700) and replace its contents.
  find "$datadir" -mindepth 1 -delete
  runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D "$datadir" -R -X stream --checkpoint=fast
  # Same client authentication as the primary (Debian keeps pg_hba.conf outside the data directory).
  cp "$hba" "/etc/postgresql/$ver/replica/pg_hba.conf"
  # A standby must allow at least as many connections as the primary.
  primary_max=$(psql -h 127.0.0.1 -p 5432 -U postgres -tAc "show max_connections")
  sed -i "s/^#\?max_connections.*/max_connections = $primary_max/" "/etc/postgresql/$ver/replica/postgresql.conf"
fi
status=$(pg_lsclusters -h | awk '$2=="replica"{print $4}')
if [ "$status" != "online" ] && [ "$status" != "online,recovery" ]; then
  say "starting cluster $ver/replica"
  pg_ctlcluster --skip-systemctl-redirect "$ver" replica start
fi
for _ in $(seq 1 30); do
  [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc 'select pg_is_in_recovery()' 2>/dev/null)" = "t" ] && break
  sleep 1
done
[ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc 'select pg_is_in_recovery()')" = "t" ] || { say "replica did not come up in recovery mode"; exit 1; }
say "streaming replica ok on 127.0.0.1:$PORT"
