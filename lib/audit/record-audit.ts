import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";

export type AuditEntry = {
  actorId: string;
  action: string;
  entityType: string;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string;
  requestId?: string;
};

/** Records an admin write; call it inside the write's transaction so the log and the change agree. */
export async function recordAudit(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
