import { loadJobBacklog } from "@/lib/jobs/load-job-backlog";
import { setJobBacklogSampler } from "@/lib/observability/metrics";

/** Makes /api/metrics export `job_backlog` (the backlog panel of deploy/grafana/ib-revise.json). */
export function exportJobBacklogMetric(): void {
  setJobBacklogSampler(async () => {
    const backlog = await loadJobBacklog({ from: "replica" });
    return {
      emails_pending: backlog.emailsPending,
      files_pending: backlog.filesPending,
      imports_running: backlog.importsRunning,
      stuck_runs: backlog.stuckRuns,
    };
  });
}
