import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/audit/audit-cursor";
import { cursorParam, limitParam, type Page } from "@/lib/pagination/page-query";
import { errorOutcomes, tomorrow, windowStart } from "@/lib/admin/ai/ai-usage-window";

export const AI_ERRORS_PAGE_SIZE = 25;

export const listAiErrorsQuery = z.object({
  // Calls can share a millisecond: the position is (createdAt, id), the same encoding as the audit log's.
  cursor: cursorParam(decodeAuditCursor).optional(),
  limit: limitParam({ defaultLimit: AI_ERRORS_PAGE_SIZE, maxLimit: 100 }),
});
export type ListAiErrorsQuery = z.output<typeof listAiErrorsQuery>;

export type AiErrorEntry = {
  id: string;
  createdAt: Date;
  feature: string;
  model: string;
  outcome: string;
  latencyMs: number;
  user: { id: string; email: string } | null;
};

/**
 * Failed model calls in the usage window, newest first, keyset-paginated on (createdAt, id): each page
 * is one range read down the created_at index. Read from a replica.
 */
export async function listAiErrors(query: ListAiErrorsQuery, { now = new Date() }: { now?: Date } = {}): Promise<Page<AiErrorEntry>> {
  const rows = await db.$replica().aiUsage.findMany({
    where: {
      outcome: { in: errorOutcomes },
      createdAt: { gte: windowStart(now), lt: tomorrow(now) },
      ...(query.cursor ? { OR: [{ createdAt: { lt: query.cursor.createdAt } }, { createdAt: query.cursor.createdAt, id: { lt: query.cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, createdAt: true, feature: true, model: true, outcome: true, latencyMs: true, user: { select: { id: true, email: true } } },
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last) : null };
}
