import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { loadSystemHealth } from "@/lib/admin/system/load-system-health";
import { DataTable } from "@/app/_components/ui/data-table";
import { StatGrid } from "@/app/_components/ui/stat-grid";
import { NotSentNote } from "@/app/admin/emails/_components/not-sent-note";
import { AutoRefresh } from "./_components/auto-refresh";
import { formatInstant, formatMinute, formatMs, formatRate } from "./_components/format-stats";
import { MultiSeries } from "./_components/multi-series";

export const metadata: Metadata = { title: "System · Admin" };

const REFRESH_SECONDS = 15;
const COLORS = ["#1f5fd6", "#d97706", "#dc2626", "#059669", "#7c3aed"];

export default async function AdminSystemPage() {
  await requireRolePage(["ADMIN"], "/admin/system");
  const health = await loadSystemHealth();
  const { requests } = health;
  const minutes = requests.series.map((m) => ({ ...m, label: formatMinute(m.at) }));
  const replicaNames = [...new Set([...health.replicas.map((r) => r.name), ...health.replicaLag.flatMap((m) => Object.keys(m.lagMs))])];

  return (
    <>
      <AutoRefresh seconds={REFRESH_SECONDS} />
      <h1 className="text-3xl font-bold tracking-tight">System</h1>
      <p className="mt-2 text-sm text-slate-600">
        The last hour across every app instance, to {formatInstant(health.generatedAt)}; refreshed every {REFRESH_SECONDS} seconds. Each instance sends its
        figures every 10 seconds, so the current minute is still filling.
      </p>

      <h2 className="sr-only">Last hour at a glance</h2>
      <StatGrid
        stats={[
          { label: "API requests", value: requests.totals.requests.toLocaleString("en-GB") },
          { label: "Server errors (5xx)", value: formatRate(requests.totals.requests ? requests.totals.errorRate : null) },
          { label: "p95 latency", value: formatMs(requests.totals.p95Ms) },
          { label: "Cache hit rate", value: formatRate(requests.totals.cacheHitRate) },
        ]}
      />

      <section aria-labelledby="traffic" className="mt-10">
        <h2 id="traffic" className="text-xl font-semibold">
          Traffic and latency
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Requests and 5xx per minute</h3>
            <MultiSeries
              kind="bar"
              unit="count"
              points={minutes.map((m) => ({ label: m.label, ok: m.requests - m.errors, errors: m.errors }))}
              series={[
                { key: "ok", name: "Answered", color: COLORS[0]! },
                { key: "errors", name: "5xx", color: COLORS[2]! },
              ]}
            />
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Latency per minute</h3>
            <MultiSeries
              kind="line"
              unit="ms"
              points={minutes.map((m) => ({ label: m.label, p50: m.p50Ms, p95: m.p95Ms, p99: m.p99Ms }))}
              series={[
                { key: "p50", name: "p50", color: COLORS[0]! },
                { key: "p95", name: "p95", color: COLORS[1]! },
                { key: "p99", name: "p99", color: COLORS[2]! },
              ]}
            />
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Cache hit rate per minute</h3>
            <MultiSeries
              kind="line"
              unit="percent"
              points={minutes.map((m) => ({ label: m.label, hitRate: m.cacheLookups ? m.cacheHits / m.cacheLookups : null }))}
              series={[{ key: "hitRate", name: "Hit rate", color: COLORS[3]! }]}
            />
          </div>
        </div>
        <h3 className="mt-6 text-sm font-semibold text-slate-700">Per route</h3>
        {requests.routes.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No API requests in the last hour.</p>
        ) : (
          <DataTable
            caption="API requests per route in the last hour"
            headers={["Route", "Requests", "5xx", "Error rate", "p50", "p95", "p99"]}
            numeric={[1, 2, 3, 4, 5, 6]}
            rows={requests.routes.map((r) => [
              <code key="r" className="text-xs">
                {r.route}
              </code>,
              r.requests.toLocaleString("en-GB"),
              r.errors.toLocaleString("en-GB"),
              formatRate(r.errorRate),
              formatMs(r.p50Ms),
              formatMs(r.p95Ms),
              formatMs(r.p99Ms),
            ])}
          />
        )}
        {requests.caches.length > 0 && (
          <DataTable
            caption="Cache lookups per cache in the last hour"
            headers={["Cache", "Hits", "Misses", "Redis errors", "Hit rate"]}
            numeric={[1, 2, 3, 4]}
            rows={requests.caches.map((c) => [
              c.cache,
              c.hits.toLocaleString("en-GB"),
              c.misses.toLocaleString("en-GB"),
              c.errors.toLocaleString("en-GB"),
              formatRate(c.hitRate),
            ])}
          />
        )}
      </section>

      <section aria-labelledby="replicas" className="mt-10">
        <h2 id="replicas" className="text-xl font-semibold">
          Read replicas
        </h2>
        {health.replicas.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No read replica is configured: the primary serves every read.</p>
        ) : (
          <>
            <h3 className="mt-4 text-sm font-semibold text-slate-700">Replay lag per minute</h3>
            <MultiSeries
              kind="line"
              unit="ms"
              points={health.replicaLag.map((m) => ({
                label: formatMinute(m.at),
                ...Object.fromEntries(replicaNames.map((name, i) => [`r${i}`, m.lagMs[name] ?? null])),
              }))}
              series={replicaNames.map((name, i) => ({ key: `r${i}`, name, color: COLORS[i % COLORS.length]! }))}
            />
            <DataTable
              caption="Read replicas now"
              headers={["Replica", "Serving reads", "Lag", "Behind (bytes)", "Last checked", "Problem"]}
              numeric={[2, 3]}
              rows={health.replicas.map((r) => [
                r.name,
                r.inRotation ? "Yes" : "No: the primary serves its reads",
                r.lagSeconds === null ? "–" : formatMs(r.lagSeconds * 1_000),
                r.lagBytes === null ? "–" : r.lagBytes.toLocaleString("en-GB"),
                formatInstant(r.lastCheckedAt),
                r.lastError ?? "–",
              ])}
            />
          </>
        )}
      </section>

      <section aria-labelledby="jobs" className="mt-10">
        <h2 id="jobs" className="text-xl font-semibold">
          Background jobs
        </h2>
        {"error" in health.jobs ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            The job figures could not be read: {health.jobs.error}
          </p>
        ) : (
          <>
            <StatGrid
              stats={[
                { label: "Emails waiting", value: String(health.jobs.health.backlog.emailsPending) },
                { label: "Files being built", value: String(health.jobs.health.backlog.filesPending) },
                { label: "Stuck runs (15 min+)", value: String(health.jobs.health.backlog.stuckRuns) },
                { label: "Failed runs, last hour", value: String(health.jobs.health.functions.reduce((sum, f) => sum + f.failed, 0)) },
              ]}
            />
            <NotSentNote count={health.jobs.health.backlog.emailsNotSent} />
            <h3 className="mt-6 text-sm font-semibold text-slate-700">Runs finished per 5 minutes</h3>
            <MultiSeries
              kind="bar"
              unit="count"
              points={health.jobs.activity.map((p) => ({ label: formatMinute(p.at), ok: p.finished - p.failed, failed: p.failed }))}
              series={[
                { key: "ok", name: "Succeeded", color: COLORS[3]! },
                { key: "failed", name: "Failed", color: COLORS[2]! },
              ]}
            />
            {health.jobs.health.recentFailures.length > 0 && (
              <DataTable
                caption="Job failures in the last hour"
                headers={["Job", "Finished", "Attempt", "Error"]}
                numeric={[2]}
                rows={health.jobs.health.recentFailures.map((f) => [
                  f.functionId,
                  formatInstant(f.finishedAt),
                  String(f.attempt),
                  <span key="e" className="font-mono text-xs">
                    {f.error}
                  </span>,
                ])}
              />
            )}
            <p className="mt-3 text-sm">
              <Link href="/admin/jobs" className="text-brand-700 hover:underline">
                Every job, over 24 hours
              </Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
