import { registerJobs } from "@/lib/jobs/job-registry";

// What instrumentation.ts does at server start: inline jobs find their definitions. Loaded on first use,
// so a test file's vi.mock() still applies to the domain modules the jobs import.
registerJobs(async () => (await import("@/lib/workers/job-definitions")).jobDefinitions);
