import { serve } from "inngest/next";
import { inngest } from "@/lib/jobs/inngest-client";
import { inngestFunctions } from "@/lib/jobs/inngest-functions";

// Inngest calls this endpoint to run functions; its requests are signed with INNGEST_SIGNING_KEY and the
// SDK rejects unsigned ones outside dev mode. In inline mode it only answers Inngest's introspection.
export const dynamic = "force-dynamic";
// A step may run for minutes (exports, imports, the stats refresh).
export const maxDuration = 300;

export const { GET, POST, PUT } = serve({ client: inngest, functions: inngestFunctions });
