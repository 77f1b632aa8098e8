import type { Metadata } from "next";
import { requireRolePage } from "@/lib/auth/current-user";
import { loadJobHealth } from "@/lib/jobs/job-health";
import { jobMode } from "@/lib/jobs/job-mode";
import { jobDefinitions } from "@/lib/workers/job-definitions";
import { isCronJob } from "@/lib/jobs/job-definition";
import { DataTable } from "@/app/_components/ui/data-table";
import { StatGrid } from "@/app/_components/ui/stat-grid";
import { NotSentNote } from "@/app/admin/emails/_components/not-sent-note";

export const metadata: Metadata = { title: "Background jobs · Admin" };

const ms = (v: number | null) => (v === null ? "–" : v < 1_000 ? `${Math.round(v)} ms` : `${(v / 1_000).toFixed(1)} s`);
const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "–");

export default async function AdminJobsPage() {
  await requireRolePage(["ADMIN"], "/admin/jobs");
  const health = await loadJobHealth();
  const mode = jobMode();
  const byId = new Map(health.functions.map((f) => [f.functionId, f]));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Background jobs</h1>
      <p className="mt-2 text-sm text-slate-600">
        {mode === "INLINE"
          ? "Inline mode: jobs run inside the app's own process after each response, and scheduled jobs run from an in-process scheduler. Right for a single machine only."
          : "Inngest mode: jobs run on Inngest, which calls this app at /api/inngest."}{" "}
        Figures cover the last {health.windowHours} hours.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Backlog</h2>
      <StatGrid
        stats={[
          { label: "Emails waiting", value: String(health.backlog.emailsPending) },
          { label: "Oldest email wait", value: ms(health.backlog.oldestEmailWaitSeconds * 1_000) },
          { label: "Files being built", value: String(health.backlog.filesPending) },
          { label: "Stuck runs (15 min+)", value: String(health.backlog.stuckRuns) },
        ]}
      />
      <NotSentNote count={health.backlog.emailsNotSent} />

      <h2 className="mt-8 text-xl font-semibold">Jobs</h2>
      <DataTable
        caption="Runs per job"
        headers={["Job", "Trigger", "Runs", "Failed", "Running", "p50", "p95", "Last started"]}
        numeric={[2, 3, 4, 5, 6]}
        rows={jobDefinitions.map((d) => {
          const f = byId.get(d.id);
          return [
            d.name,
            isCronJob(d) ? <code key="t">{d.trigger.cron}</code> : <code key="t">{d.trigger.event}</code>,
            String(f?.runs ?? 0),
            String(f?.failed ?? 0),
            String(f?.running ?? 0),
            ms(f?.p50Ms ?? null),
            ms(f?.p95Ms ?? null),
            when(f?.lastStartedAt ?? null),
          ];
        })}
      />

      <h2 className="mt-8 text-xl font-semibold">Recent failures</h2>
      {health.recentFailures.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No job has failed in this window.</p>
      ) : (
        <DataTable
          caption="Recent failures"
          headers={["Job", "Finished", "Attempts", "Error"]}
          numeric={[2]}
          rows={health.recentFailures.map((f) => [
            f.functionId,
            when(f.finishedAt),
            String(f.attempt),
            <span key="e" className="font-mono text-xs">
              {f.error}
            </span>,
          ])}
        />
      )}
    </>
  );
}
