#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs before `npm run dev` or `npm start`.
# Idempotent: run it again after pulling changes.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n[setup] %s\n' "$*"; }

if [ ! -f .env ]; then
  say "creating .env from .env.example with a fresh AUTH_SECRET"
  secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64url"))')
  sed "s|^AUTH_SECRET=.*|AUTH_SECRET=${secret}|" .env.example > .env
fi

[ -d node_modules ] || { say "installing dependencies"; npm install --no-audit --no-fund; }

say "starting local services"
bash scripts/services.sh

say "generating the Prisma client"
npx prisma generate >/dev/null

say "applying database migrations"
npm run --silent db:deploy

say "seeding the catalog and question bank"
npm run --silent seed

say "admin account"
npx tsx --env-file-if-exists=.env scripts/ensure-admin.ts

say "done. Next: npm run dev (development) or npm start (production build)"
