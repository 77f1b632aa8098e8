import type { DbTransaction } from "@/lib/db/prisma";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ClassActor, ClassAuditContext } from "@/lib/classes/class-actor";

/** Every teacher write to a class is in the audit log, with the class as its entity. */
export function recordClassAudit(
  tx: DbTransaction,
  actor: ClassActor,
  classId: string,
  action: string,
  context: ClassAuditContext,
  change: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } = {},
): Promise<void> {
  return recordAudit(tx, { actorId: actor.id, action: `class.${action}`, entityType: "class", entityId: classId, ...change, ...context });
}
