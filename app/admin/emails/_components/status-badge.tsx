import { OUTBOX_STATUS_LABELS, type OutboxDisplayStatus } from "@/lib/email/outbox-status";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const tones: Record<OutboxDisplayStatus, BadgeTone> = {
  PENDING: "warning",
  SENDING: "info",
  SENT: "success",
  FAILED: "danger",
  NOT_SENT: "neutral",
};

export function StatusBadge({ status }: { status: OutboxDisplayStatus }) {
  return <Badge tone={tones[status]}>{OUTBOX_STATUS_LABELS[status]}</Badge>;
}
