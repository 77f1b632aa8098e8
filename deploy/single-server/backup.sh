#!/usr/bin/env bash
# One backup of the IB Revise database: `pg_dump` in custom format (compressed; pg_restore can restore
# single tables from it) into $BACKUP_DIR, checked readable, then dumps older than $BACKUP_KEEP_DAYS
# removed (the newest $BACKUP_KEEP_MIN always stay, even when backups stopped for a while).
#   DATABASE_URL=postgresql://user:pass@primary:5432/ib_revise BACKUP_DIR=/backups deploy/single-server/backup.sh
# Run it on a schedule: the `backup` service of docker-compose.prod.yml does (every $BACKUP_INTERVAL_SECONDS),
# or cron on the host: `15 2 * * * DATABASE_URL=... BACKUP_DIR=... /srv/ib-revise/deploy/single-server/backup.sh`.
# Dump the primary directly, not through PgBouncer (pg_dump holds one snapshot across many statements).
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the primary (not PgBouncer)}"
: "${BACKUP_DIR:?set BACKUP_DIR}"
keep_days="${BACKUP_KEEP_DAYS:-14}"
keep_min="${BACKUP_KEEP_MIN:-3}"
mkdir -p "$BACKUP_DIR"

name="ib_revise-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$BACKUP_DIR/.$name.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$partial"
# A dump pg_restore cannot read is no backup: list its contents before it counts as one.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$BACKUP_DIR/$name"
echo "backup: $BACKUP_DIR/$name ($(du -h "$BACKUP_DIR/$name" | cut -f1))"

# Retention: newest first; the first $keep_min are kept whatever their age.
mapfile -t dumps < <(ls -1t "$BACKUP_DIR"/ib_revise-*.dump 2>/dev/null)
for dump in "${dumps[@]:$keep_min}"; do
  if [ -n "$(find "$dump" -maxdepth 0 -mtime "+$((keep_days - 1))")" ]; then
    rm -f "$dump"
    echo "backup: removed $dump (older than $keep_days days)"
  fi
done
