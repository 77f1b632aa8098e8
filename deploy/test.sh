#!/usr/bin/env bash
# The deploy-as-code checks, offline (called by scripts/test.sh; about a minute once installed):
#   1. deploy/aws: `npm ci` there, type-check, synthesise the CDK app and assert its template;
#   2. deploy/prometheus: `promtool check rules` + `promtool test rules`, and the single-server scrape config;
#   3. deploy/grafana: the dashboard parses and only queries series the app (or node_exporter) exports;
#   4. deploy/single-server: backup, drop, restore against the local PostgreSQL (a scratch database).
# promtool comes with Debian's `prometheus` package, installed with apt-get the first time (as root or via sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[deploy] %s\n' "$*"; }

SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
if ! command -v promtool >/dev/null; then
  say "installing promtool (Debian's prometheus package) with apt-get, once per machine"
  $SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null \
    || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }
fi

say "AWS stack (CDK): synthesised offline, template asserted"
if [ ! -f deploy/aws/node_modules/.package-lock.json ] || [ deploy/aws/package-lock.json -nt deploy/aws/node_modules/.package-lock.json ]; then
  (cd deploy/aws && npm ci --no-audit --no-fund --silent)
fi
(cd deploy/aws && npm test --silent 2>&1 | grep -E '^# (tests|pass|fail)|^not ok' ; exit "${PIPESTATUS[0]}")

say "Prometheus rules"
promtool check rules deploy/prometheus/alerts.yml
promtool test rules deploy/prometheus/alerts.test.yml
# The scrape config as the container sees it, with its mounted paths pointing at the repository's files.
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
echo "token" > "$scratch/metrics-token"
sed -e "s#/etc/prometheus/alerts.yml#$PWD/deploy/prometheus/alerts.yml#" -e "s#/etc/prometheus/metrics-token#$scratch/metrics-token#" \
  deploy/single-server/prometheus.yml > "$scratch/prometheus.yml"
promtool check config "$scratch/prometheus.yml" >/dev/null

say "Grafana dashboard and compose file"
node --test deploy/monitoring.test.mjs 2>&1 | grep -E '^# (tests|pass|fail)|^not ok' ; [ "${PIPESTATUS[0]}" = 0 ]

say "backup and restore"
bash deploy/single-server/backup-restore.test.sh
