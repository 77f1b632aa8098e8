#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis are up (starting them when installed but stopped) and that the
# database named in DATABASE_URL exists. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."
# Variables already in the environment win over .env (as in Next.js): `npm test` exports .env.test's.
if [ -f .env ]; then
  while IFS='=' read -r name value; do
    case "$name" in ''|\#*) continue ;; esac
    if [ -z "${!name+x}" ]; then export "$name=$value"; fi
  done < .env
fi
DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/ib_revise}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

say() { printf '[services] %s\n' "$*"; }
fail() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# ── PostgreSQL ────────────────────────────────────────────────────────────────
pg_ready() { pg_isready -q -h "$PGHOST_" -p "$PGPORT_" 2>/dev/null; }
PGHOST_=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$DATABASE_URL")
PGPORT_=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$DATABASE_URL")
DBNAME=$(node -e 'const u=new URL(process.argv[1]);console.log(decodeURIComponent(u.pathname.slice(1)))' "$DATABASE_URL")
ADMIN_URL=$(node -e 'const u=new URL(process.argv[1]);u.pathname="/postgres";console.log(u.toString())' "$DATABASE_URL")

if ! command -v pg_isready >/dev/null; then
  fail "PostgreSQL is not installed. On Debian/Ubuntu: sudo apt-get install -y postgresql; on a laptop with Docker: docker compose up -d"
fi
if ! pg_ready; then
  if command -v pg_lsclusters >/dev/null && pg_lsclusters -h | awk '$2=="main"' | grep -q .; then
    ver=$(pg_lsclusters -h | awk '$2=="main"{print $1; exit}')
    say "starting PostgreSQL $ver cluster main"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start || fail "could not start PostgreSQL (see /var/log/postgresql/)"
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  fi
  pg_ready || fail "PostgreSQL is not answering at $PGHOST_:$PGPORT_ (DATABASE_URL). Start it, or fix DATABASE_URL in .env."
fi
if [ "$(psql "$ADMIN_URL" -tAc "select 1 from pg_database where datname = '$DBNAME'")" != "1" ]; then
  say "creating database $DBNAME"
  psql "$ADMIN_URL" -qc "create database \"$DBNAME\""
fi
say "PostgreSQL ok ($PGHOST_:$PGPORT_/$DBNAME)"

# ── Redis ─────────────────────────────────────────────────────────────────────
REDIS_HOST=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$REDIS_URL")
REDIS_PORT=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||6379)' "$REDIS_URL")
redis_ready() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
if ! redis_ready; then
  command -v redis-server >/dev/null || fail "Redis is not installed. On Debian/Ubuntu: sudo apt-get install -y redis-server; with Docker: docker compose up -d"
  say "starting Redis on $REDIS_HOST:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 20); do redis_ready && break; sleep 0.5; done
  redis_ready || fail "Redis is not answering at $REDIS_HOST:$REDIS_PORT (REDIS_URL)"
fi
say "Redis ok ($REDIS_HOST:$REDIS_PORT)"
