import { loadJobBacklog } from "@/lib/jobs/load-job-backlog";
import { setJobBacklogSampler } from "@/lib/observability/metrics";

/** Makes /api/metrics export `job_backlog` (the backlog panel of deploy/grafana/ib-revise.json). */
export function exportJobBacklogMetric(): void {
  setJobBacklogSampler(async () => {
    const backlog = await loadJobBacklog({ from: "replica" });
    return {
      // Every queued email, sendable or not: without a mail transport nothing drains it, which is worth a page.
      emails_pending: backlog.emailsPending + backlog.emailsNotSent,
      files_pending: backlog.filesPending,
      imports_running: backlog.importsRunning,
      stuck_runs: backlog.stuckRuns,
    };
  });
}
