import type { ImportStatus } from "@/generated/prisma/client";

const styles: Record<ImportStatus, string> = {
  VALIDATING: "bg-slate-100 text-slate-800",
  VALIDATED: "bg-sky-100 text-sky-900",
  IMPORTING: "bg-amber-100 text-amber-900",
  SUCCEEDED: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
};

const labels: Record<ImportStatus, string> = {
  VALIDATING: "Validating",
  VALIDATED: "Validated, not started",
  IMPORTING: "Importing",
  SUCCEEDED: "Imported",
  FAILED: "Failed",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${styles[status]}`}>{labels[status]}</span>;
}

export const formatWhen = (at: Date) => `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(at)} UTC`;
