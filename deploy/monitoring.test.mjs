// The Grafana dashboard and the single-server compose file, checked without Grafana or Docker: the dashboard
// parses and every series it (or alerts.yml) queries is one the app exports (lib/observability/metrics.ts,
// plus prom-client's default process/nodejs metrics), node_exporter's, or Prometheus's own `up`; and every
// file the compose file mounts exists.
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (p) => readFileSync(path.join(root, p), "utf8");

const appMetrics = [...read("lib/observability/metrics.ts").matchAll(/name: "([a-z_]+)"/g)].map((m) => m[1]);
const known = (series) =>
  appMetrics.some((name) => series === name || series === `${name}_bucket` || series === `${name}_count` || series === `${name}_sum`) ||
  /^(process_|nodejs_|node_filesystem_)/.test(series) ||
  series === "up";
// Series names in a PromQL expression: identifiers followed by `{` or `[`, or standing alone, minus functions and keywords.
const labels = new Set([
  "exported_job",
  "state",
  "route",
  "status",
  "role",
  "pool",
  "replica",
  "cache",
  "result",
  "kind",
  "instance",
  "job",
  "mountpoint",
  "fstype",
  "le",
]);
const seriesIn = (expr) =>
  [
    ...expr
      .replace(/"[^"]*"/g, '""')
      .replace(/\[[^\]]*\]/g, "")
      .matchAll(/\b([a-z_][a-z0-9_]*)\b(?!\s*\()/g),
  ]
    .map((m) => m[1])
    .filter((w) => (w.includes("_") || w === "up") && !labels.has(w));

test("the dashboard has the admin system page's panels, each querying real series", () => {
  const dashboard = JSON.parse(read("deploy/grafana/ib-revise.json"));
  const titles = dashboard.panels.map((p) => p.title);
  for (const title of [
    "p50 latency per route",
    "p95 latency per route",
    "p99 latency per route",
    "5xx rate",
    "Cache hit rate per cache",
    "Replica lag",
    "Job backlog",
    "Database pool saturation",
  ]) {
    assert.ok(titles.includes(title), title);
  }
  for (const panel of dashboard.panels) {
    assert.ok(panel.targets.length > 0, panel.title);
    for (const { expr } of panel.targets) {
      assert.ok(seriesIn(expr).length > 0, `${panel.title}: ${expr} queries no series`);
      for (const series of seriesIn(expr)) assert.ok(known(series), `${panel.title}: ${series} is not exported`);
    }
  }
});

test("every alert rule queries real series", () => {
  const rules = YAML.parse(read("deploy/prometheus/alerts.yml")).groups.flatMap((g) => g.rules);
  assert.ok(rules.length >= 10);
  for (const rule of rules) for (const series of seriesIn(rule.expr)) assert.ok(known(series), `${rule.alert}: ${series} is not exported`);
});

test("the compose file mounts files that exist and runs the release step before the app", () => {
  const compose = YAML.parse(read("deploy/single-server/docker-compose.prod.yml"), { merge: true });
  const dir = path.join(root, "deploy/single-server");
  const operatorMade = new Set(["./tls", "./acme", "./backups", "./metrics-token"]);
  for (const [name, service] of Object.entries(compose.services)) {
    for (const volume of service.volumes ?? []) {
      const source = volume.split(":")[0];
      if (!source.startsWith(".") || operatorMade.has(source)) continue;
      assert.ok(existsSync(path.join(dir, source)), `${name} mounts ${source}`);
    }
  }
  for (const name of ["app-1", "app-2"]) {
    assert.deepEqual(compose.services[name].depends_on.migrate, { condition: "service_completed_successfully" });
    assert.match(compose.services[name].environment.DATABASE_URL, /@pgbouncer:6432\//);
    assert.equal(compose.services[name].environment.INSTANCE_ID, name);
  }
  assert.match(compose.services.migrate.environment.DATABASE_URL, /@postgres:5432\//, "migrations bypass PgBouncer");
  assert.ok(existsSync(path.join(dir, compose.services["app-1"].build.context, "Dockerfile")), "builds from the repository root");
});
