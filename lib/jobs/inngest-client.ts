import { Inngest } from "inngest";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

/**
 * The Inngest client, configured only from lib/env (never from the SDK's own reading of process.env),
 * so inline mode can never start talking to Inngest by accident.
 */
export const inngest = new Inngest({
  id: "ib-revise",
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  baseUrl: env.INNGEST_BASE_URL,
  isDev: env.INNGEST_DEV,
  logger: logger.child({ module: "inngest" }),
});
