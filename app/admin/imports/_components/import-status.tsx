import type { ImportStatus } from "@/generated/prisma/client";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const tones: Record<ImportStatus, BadgeTone> = {
  VALIDATING: "neutral",
  VALIDATED: "info",
  IMPORTING: "warning",
  SUCCEEDED: "success",
  FAILED: "danger",
};

const labels: Record<ImportStatus, string> = {
  VALIDATING: "Validating",
  VALIDATED: "Validated, not started",
  IMPORTING: "Importing",
  SUCCEEDED: "Imported",
  FAILED: "Failed",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}

export const formatWhen = (at: Date) => `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(at)} UTC`;
