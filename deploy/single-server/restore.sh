#!/usr/bin/env bash
# Restores a dump made by backup.sh into DATABASE_URL's database, creating the database when it does not
# exist and replacing what it holds when it does (objects in the dump are dropped and recreated), in one
# transaction: a restore that fails leaves the database as it was.
#   DATABASE_URL=postgresql://user:pass@primary:5432/ib_revise deploy/single-server/restore.sh /backups/ib_revise-20261205T021500Z.dump
# Stop the app first (docker compose stop app-1 app-2), restore, start it again; run the release step
# (migrations) if the dump is older than the code. Restore into the primary: the replica follows.
set -euo pipefail
dump="${1:?usage: restore.sh <dump file>}"
: "${DATABASE_URL:?set DATABASE_URL to the database to restore into (the primary, not PgBouncer)}"
[ -r "$dump" ] || { echo "restore: cannot read $dump" >&2; exit 1; }

# postgresql://user:pass@host:port/dbname?params → the database name, and the same URL for the
# "postgres" maintenance database (to create the target).
path="${DATABASE_URL#*://*/}"
database="${path%%\?*}"
query=""
[ "$path" != "$database" ] && query="?${path#*\?}"
maintenance="${DATABASE_URL%%/"$path"}/postgres$query"
[[ "$database" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "restore: unexpected database name '$database' in DATABASE_URL" >&2; exit 1; }

if [ "$(psql "$maintenance" -XtAc "select 1 from pg_database where datname = '$database'")" != "1" ]; then
  psql "$maintenance" -Xq -c "create database \"$database\""
  echo "restore: created database $database"
fi
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$dump"
echo "restore: $dump restored into $database"
