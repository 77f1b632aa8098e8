import { serve } from "inngest/next";
import { inngest } from "@/lib/jobs/inngest-client";
import { inngestFunctions } from "@/lib/workers/inngest-functions";
import { jobMode } from "@/lib/jobs/job-mode";

// Inngest calls this endpoint to run functions; its requests are signed with INNGEST_SIGNING_KEY and the
// SDK rejects unsigned ones outside dev mode.
export const dynamic = "force-dynamic";
// A step may run for minutes (exports, imports, the stats refresh).
export const maxDuration = 300;

const served = serve({ client: inngest, functions: inngestFunctions });

/** In inline mode no Inngest server exists to call here: say so plainly instead of the SDK's error. */
function notConfigured(): Response {
  return Response.json(
    { error: { code: "inngest_not_configured", message: "Background jobs run in-process here; Inngest is not configured (see README, Background jobs)." } },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
}

const inline = jobMode() === "INLINE";
export const GET = inline ? notConfigured : served.GET;
export const POST = inline ? notConfigured : served.POST;
export const PUT = inline ? notConfigured : served.PUT;
