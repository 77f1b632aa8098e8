import { db } from "@/lib/db/prisma";

/** An entity's audit entries, newest first, from the primary (they were written a moment ago). */
export function auditEntriesFor(entityId: string) {
  return db.$primary().auditLog.findMany({ where: { entityId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** The audit entries written for one entity, oldest first. */
export function auditEntries(entityId: string) {
  return db
    .$primary()
    .auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { actorId: true, action: true, before: true, after: true } });
}
