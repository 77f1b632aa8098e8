import type { Prisma } from "@/generated/prisma/client";

/** A row as the audit log stores it (before/after): plain JSON, dates as ISO strings. */
export function auditSnapshot(row: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(row ?? null)) as Prisma.InputJsonValue;
}
