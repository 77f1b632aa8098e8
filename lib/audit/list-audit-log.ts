import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { decodeAuditCursor, encodeAuditCursor, type AuditPosition } from "@/lib/audit/audit-cursor";
import { cursorParam, limitParam, type Page } from "@/lib/pagination/page-query";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

const day = z.iso.date({ error: "use a date like 2026-11-22" });

export const listAuditLogQuery = z
  .object({
    /** An actor's id, or part of their email. */
    actor: z.string().trim().min(1).max(200).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    entityType: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    /** First day included (UTC). */
    from: day.optional(),
    /** Last day included (UTC). */
    to: day.optional(),
    /** Entries can share a millisecond, so the audit cursor is the last entry's (createdAt, id). */
    cursor: cursorParam(decodeAuditCursor).optional(),
    limit: limitParam({ defaultLimit: AUDIT_PAGE_SIZE, maxLimit: 100 }),
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), { message: "from must be on or before to", path: ["to"] });
export type ListAuditLogQuery = z.output<typeof listAuditLogQuery>;

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  actor: { id: string; email: string; name: string | null } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  ip: string | null;
  requestId: string | null;
};

function actorWhere(actor: string | undefined): Prisma.AuditLogWhereInput {
  if (!actor) return {};
  if (z.uuid().safeParse(actor).success) return { actorId: actor };
  return { actor: { email: { contains: actor.toLowerCase() } } };
}

function afterPosition(position: AuditPosition | undefined): Prisma.AuditLogWhereInput {
  if (!position) return {};
  return { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] };
}

/**
 * The audit log newest first, filtered, keyset-paginated on (createdAt, id): any page costs one indexed
 * range read (createdAt, or (actorId, createdAt) for one actor). Reads a replica: the log is history, and
 * a just-written entry showing a moment late is harmless.
 */
export async function listAuditLog(query: ListAuditLogQuery): Promise<Page<AuditLogEntry>> {
  const createdAt = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00.000Z`) } : {}),
    ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY_MS) } : {}),
  };
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      actorWhere(query.actor),
      { action: query.action, entityType: query.entityType, entityId: query.entityId },
      query.from || query.to ? { createdAt } : {},
      afterPosition(query.cursor),
    ],
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      ip: true,
      requestId: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last) : null };
}
