import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";

export const listUsersQuery = z.object({
  q: z.string().trim().max(200).optional(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]).optional(),
  status: z.enum(["ACTIVE", "SUSPENDED", "DELETED"]).optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export type AdminUserRow = { id: string; email: string; name: string | null; role: string; status: string; createdAt: Date; lastActiveAt: Date | null };

/** Users newest first, filtered, keyset-paginated by id (UUIDv7, so id order is sign-up order). */
export async function listUsers(query: ListUsersQuery): Promise<{ items: AdminUserRow[]; nextCursor: string | null }> {
  const where: Prisma.UserWhereInput = {
    role: query.role,
    status: query.status,
    ...(query.q ? { OR: [{ email: { contains: query.q.toLowerCase() } }, { name: { contains: query.q, mode: "insensitive" } }] } : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
  };
  const rows = await db.user.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: { id: true, email: true, name: true, role: true, status: true, createdAt: true, lastActiveAt: true },
  });
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}
