// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  // The edge runtime has no timers or TCP sockets for the scheduler, Redis or PostgreSQL.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobs } = await import("@/lib/jobs/start-jobs");
    await startJobs();
  }
}
