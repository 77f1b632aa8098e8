import type { EmailStatus } from "@/generated/prisma/client";

/** What an admin is told about an outbox row: NOT_SENT is a queued email that no transport will ever send. */
export type OutboxDisplayStatus = EmailStatus | "NOT_SENT";

export const OUTBOX_STATUS_LABELS: Record<OutboxDisplayStatus, string> = {
  PENDING: "Waiting",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  NOT_SENT: "Not sent: no mail transport configured",
};

export function outboxDisplayStatus(status: EmailStatus, transportConfigured: boolean): OutboxDisplayStatus {
  return !transportConfigured && (status === "PENDING" || status === "SENDING") ? "NOT_SENT" : status;
}
