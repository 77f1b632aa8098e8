import { enqueue } from "@/lib/jobs/enqueue";

/**
 * Call after committing outbox rows: starts a delivery run now instead of waiting for the minutely
 * sweep. Never fails the caller (enqueue logs a delivery problem; the sweep sends the rows later).
 */
export async function deliverEmailsSoon(requestId?: string): Promise<void> {
  await enqueue({ name: "email/outbox.pending", data: {} }, { requestId });
}
