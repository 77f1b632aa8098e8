import { OUTBOX_STATUS_LABELS, type OutboxDisplayStatus } from "@/lib/email/outbox-status";

const styles: Record<OutboxDisplayStatus, string> = {
  PENDING: "bg-amber-100 text-amber-950",
  SENDING: "bg-sky-100 text-sky-950",
  SENT: "bg-emerald-100 text-emerald-950",
  FAILED: "bg-red-100 text-red-950",
  NOT_SENT: "bg-slate-200 text-slate-900",
};

export function StatusBadge({ status }: { status: OutboxDisplayStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{OUTBOX_STATUS_LABELS[status]}</span>;
}
