import { jobDefinitions } from "@/lib/workers/job-definitions";
import { toInngestFunction } from "@/lib/jobs/to-inngest-function";

/** The job definitions as Inngest functions, for the serve endpoint and @inngest/test. */
export const inngestFunctions = jobDefinitions.map(toInngestFunction);
