import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobMode } from "@/lib/jobs/job-mode";
import { registerJobs } from "@/lib/jobs/job-registry";
import { startScheduler } from "@/lib/jobs/scheduler";
import { logger } from "@/lib/observability/logger";
import { jobDefinitions, scheduledJobs } from "@/lib/workers/job-definitions";

const log = logger.child({ module: "jobs" });

/** At server start: register the jobs, say which mode they run in, start the inline scheduler, warm dashboards once per build. */
export async function startJobs(): Promise<void> {
  registerJobs(async () => jobDefinitions);
  const mode = jobMode();
  if (mode === "INLINE") {
    log.warn(
      "background jobs run INLINE (in this process, after each response): right for a single machine only. " +
        "Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (or INNGEST_BASE_URL / INNGEST_DEV) to run them on Inngest.",
    );
    if (env.JOBS_SCHEDULER) startScheduler(scheduledJobs());
  } else {
    log.info({ baseUrl: env.INNGEST_BASE_URL ?? (env.INNGEST_DEV ? "dev server" : "Inngest Cloud") }, "background jobs run on Inngest");
  }
  // The build id as event id: every instance of a deploy sends it, the job runs once.
  const buildId = await readBuildId();
  if (buildId && env.NODE_ENV === "production") await enqueue({ name: "dashboard/warm.requested", data: {}, id: `warm-dashboards:${buildId}` });
}

async function readBuildId(): Promise<string | null> {
  try {
    return (await readFile(path.join(process.cwd(), env.NEXT_DIST_DIR, "BUILD_ID"), "utf8")).trim();
  } catch {
    return null;
  }
}
