#!/usr/bin/env bash
# `npm test`: type-check, lint, unit + integration tests (real PostgreSQL, replica and Redis), then the
# end-to-end suite in Chromium against the production build. Uses .env.test (its own database).
set -euo pipefail
cd "$(dirname "$0")/.."
set -a; . ./.env.test; if [ -f .env.test.local ]; then . ./.env.test.local; fi; set +a
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n\033[1m[test] %s\033[0m\n' "$*"; }
started=$SECONDS

step "services and the test database"
bash scripts/services.sh
bash scripts/replica.sh
npx prisma generate >/dev/null
node scripts/migrate.mjs deploy
npx tsx prisma/seed/seed.ts
npx tsx scripts/seed-test-catalog.ts
npx tsx scripts/ensure-admin.ts
# Rate-limit counters and sessions from an earlier run must not leak into this one.
redis-cli --scan --pattern "${REDIS_KEY_PREFIX}*" | xargs -r -n 500 redis-cli del >/dev/null

step "type-check"
npx next typegen >/dev/null
npx tsc --noEmit -p .

step "lint and format"
npx eslint --max-warnings 0 .
npx prettier --check . >/dev/null || { npx prettier --list-different .; echo "[test] run npm run format"; exit 1; }

step "deploy as code: the AWS stack, alert rules, dashboard, backup and restore (deploy/test.sh)"
bash deploy/test.sh

step "unit and integration tests"
npx vitest run

step "production build"
npx next build

step "first-load JavaScript budget (155 kB gzip per student route)"
npx tsx scripts/bench/bundle-budget.ts .next

step "operations: two instances behind nginx, dependency failures"
npx vitest run --config vitest.ops.config.ts

step "end-to-end tests"
bash scripts/chromium.sh
npx playwright test

step "phone performance: Lighthouse on the public and student pages (bench/results/lighthouse.md)"
npx tsx scripts/lighthouse/audit-pages.ts

printf '\n[test] all passed in %ss\n' "$((SECONDS - started))"
