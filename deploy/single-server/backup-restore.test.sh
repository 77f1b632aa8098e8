#!/usr/bin/env bash
# Exercises backup.sh and restore.sh against the local PostgreSQL, on a scratch database of its own (never
# the dev or test database): the app's schema (every migration) plus rows in its tables, then dump, drop
# the database, restore, and compare every table's row count and content checksum; then retention.
# Needs DATABASE_URL (any database on the server; only its server and credentials are used). Run by npm test.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?DATABASE_URL names the local PostgreSQL}"
here=deploy/single-server
scratch="ib_revise_backup_test_$$"
server="${DATABASE_URL%/*}"
url="$server/$scratch"
work="$(mktemp -d)"
fail() { echo "backup-restore test: FAIL: $*" >&2; exit 1; }
cleanup() { psql "$server/postgres" -Xq -c "drop database if exists \"$scratch\" with (force)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

psql "$server/postgres" -Xq -c "create database \"$scratch\""
DATABASE_URL="$url" node scripts/migrate.mjs deploy >/dev/null
# Rows in the app's own tables, plus types a careless dump loses (jsonb, arrays, bytea, unicode, NULLs),
# and a sequence whose position must survive.
psql "$url" -Xq -v ON_ERROR_STOP=1 <<'SQL'
insert into users (id, email, name, updated_at)
  select gen_random_uuid(), 'student' || g || '@example.org', 'Élève ' || g || ' 学生', now() from generate_series(1, 500) g;
create table backup_probe (id bigserial primary key, doc jsonb, tags text[], raw bytea, note text);
insert into backup_probe (doc, tags, raw, note)
  select jsonb_build_object('n', g, 'sq', g * g), array['a' || g, 'b'], decode(md5(g::text), 'hex'), case when g % 7 = 0 then null else 'x' || g end
  from generate_series(1, 2000) g;
SQL

snapshot() {
  psql "$url" -XtA -v ON_ERROR_STOP=1 <<'SQL'
select format('%s %s %s', c.relname,
  (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from public.%I', c.relname), false, true, '')))[1]::text,
  (xpath('/row/h/text()', query_to_xml(format('select md5(coalesce(string_agg(t::text, ''|'' order by t::text), '''')) as h from public.%I t', c.relname), false, true, '')))[1]::text)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and c.relkind = 'r' order by c.relname;
select 'backup_probe_id_seq ' || last_value from backup_probe_id_seq;
SQL
}
snapshot > "$work/before"
grep -q '^users 500 ' "$work/before" || fail "the scratch database was not filled"
grep -q '^_prisma_migrations [1-9]' "$work/before" || fail "the migrations were not applied"

BACKUP_DIR="$work/backups" DATABASE_URL="$url" "$here/backup.sh"
dump="$(ls "$work"/backups/ib_revise-*.dump)"
[ "$(echo "$dump" | wc -l)" = 1 ] || fail "expected one dump, got: $dump"

psql "$server/postgres" -Xq -c "drop database \"$scratch\" with (force)"
DATABASE_URL="$url" "$here/restore.sh" "$dump"
snapshot > "$work/after"
diff -u "$work/before" "$work/after" || fail "the restored database differs from the one dumped"
# The sequence continues where it was, not from 1.
[ "$(psql "$url" -XqtAc "insert into backup_probe (note) values ('after') returning id")" = 2001 ] || fail "the sequence did not survive the restore"

# Restoring over an existing database replaces its contents.
psql "$url" -Xq -c "delete from users; drop table backup_probe"
DATABASE_URL="$url" "$here/restore.sh" "$dump" >/dev/null
snapshot > "$work/again"
diff -u "$work/before" "$work/again" || fail "restoring over an existing database did not bring it back"

# Retention: dumps older than BACKUP_KEEP_DAYS go, but the newest BACKUP_KEEP_MIN stay whatever their age.
touch -d '40 days ago' "$work/backups/ib_revise-20200101T000000Z.dump" "$work/backups/ib_revise-20200102T000000Z.dump"
touch -d '2 days ago' "$work/backups/ib_revise-20200103T000000Z.dump"
sleep 1
BACKUP_DIR="$work/backups" BACKUP_KEEP_DAYS=14 BACKUP_KEEP_MIN=2 DATABASE_URL="$url" "$here/backup.sh" >/dev/null
left="$(cd "$work/backups" && ls -1 ib_revise-*.dump | sort | tr '\n' ' ')"
[ "$(cd "$work/backups" && ls -1 ib_revise-2020*.dump | tr '\n' ' ')" = "ib_revise-20200103T000000Z.dump " ] || fail "retention kept the wrong dumps: $left"
[ "$(cd "$work/backups" && ls -1 ib_revise-*.dump | wc -l)" = 3 ] || fail "retention: expected the 2-day-old dump and both new ones, got: $left"
BACKUP_DIR="$work/backups" BACKUP_KEEP_DAYS=1 BACKUP_KEEP_MIN=5 DATABASE_URL="$url" "$here/backup.sh" >/dev/null
[ -e "$work/backups/ib_revise-20200103T000000Z.dump" ] || fail "BACKUP_KEEP_MIN: the newest dumps must stay whatever their age"

echo "backup-restore test: passed (dump, drop, restore: $(wc -l < "$work/before") tables with equal rows and content; retention)"
