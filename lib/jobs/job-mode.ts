import { env } from "@/lib/env";

export type JobMode = "INLINE" | "INNGEST";

/** Inngest when any way of reaching an Inngest server is configured; otherwise jobs run in-process. */
export function jobMode(): JobMode {
  return env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL || env.INNGEST_DEV ? "INNGEST" : "INLINE";
}
