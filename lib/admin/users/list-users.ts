import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { encodeCursor } from "@/lib/pagination/cursor";
import { idCursorParam, pageFields } from "@/lib/pagination/page-query";

const DAY_MS = 86_400_000;
export const USERS_PAGE_SIZE = 25;

/** Last-active buckets of the admin user list, measured from User.lastActiveAt. */
export const activityFilter = z.enum(["7d", "30d", "inactive-30d", "never"]);
export type ActivityFilter = z.infer<typeof activityFilter>;
export const ACTIVITY_FILTER_LABELS: Record<ActivityFilter, string> = {
  "7d": "Active in the last 7 days",
  "30d": "Active in the last 30 days",
  "inactive-30d": "Inactive for 30+ days",
  never: "Never active",
};

export const listUsersQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    role: z.enum(["STUDENT", "TEACHER", "ADMIN"]).optional(),
    status: z.enum(["ACTIVE", "SUSPENDED", "DELETED"]).optional(),
    /** Enrolled in this course (its slug). */
    course: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,100}$/, "course must be a course slug")
      .optional(),
    active: activityFilter.optional(),
    /** `cursor`: the page after (the previous page's nextCursor). */
    ...pageFields({ defaultLimit: USERS_PAGE_SIZE, maxLimit: 100 }),
    /** The page before (the current page's prevCursor). */
    before: idCursorParam.optional(),
  })
  .refine((q) => !(q.cursor && q.before), { message: "Send cursor or before, not both.", path: ["before"] });
export type ListUsersQuery = z.output<typeof listUsersQuery>;

export type AdminUserRow = { id: string; email: string; name: string | null; role: string; status: string; createdAt: Date; lastActiveAt: Date | null };
export type AdminUserPage = { items: AdminUserRow[]; nextCursor: string | null; prevCursor: string | null };

function activityWhere(filter: ActivityFilter | undefined, now: Date): Prisma.UserWhereInput {
  switch (filter) {
    case "7d":
      return { lastActiveAt: { gte: new Date(now.getTime() - 7 * DAY_MS) } };
    case "30d":
      return { lastActiveAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } };
    case "inactive-30d":
      return { lastActiveAt: { lt: new Date(now.getTime() - 30 * DAY_MS) } };
    case "never":
      return { lastActiveAt: null };
    default:
      return {};
  }
}

/**
 * Users newest first, filtered, keyset-paginated by id (UUIDv7, so id order is sign-up order). Both
 * directions are keyset reads, so going back from page 40 costs what going forward does, and every
 * cursor carries no filters: the caller keeps them beside it (in the URL).
 */
export async function listUsers(query: ListUsersQuery, now = new Date()): Promise<AdminUserPage> {
  const backwards = Boolean(query.before);
  const where: Prisma.UserWhereInput = {
    role: query.role,
    status: query.status,
    ...activityWhere(query.active, now),
    ...(query.course ? { enrolments: { some: { course: { slug: query.course } } } } : {}),
    ...(query.q ? { OR: [{ email: { contains: query.q.toLowerCase() } }, { name: { contains: query.q, mode: "insensitive" } }] } : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    ...(query.before ? { id: { gt: query.before } } : {}),
  };
  const rows = await db.user.findMany({
    where,
    orderBy: { id: backwards ? "asc" : "desc" },
    take: query.limit + 1,
    select: { id: true, email: true, name: true, role: true, status: true, createdAt: true, lastActiveAt: true },
  });
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const items = backwards ? page.reverse() : page;
  const first = items[0] ? encodeCursor(items[0].id) : null;
  const last = items.at(-1) ? encodeCursor(items.at(-1)!.id) : null;
  if (backwards) {
    // Read backwards from `before`: the rows after this page start at `before` itself, so there is a next page.
    return { items, nextCursor: last, prevCursor: more ? first : null };
  }
  // A page reached through a cursor has rows before it (the ones the caller came from).
  return { items, nextCursor: more ? last : null, prevCursor: query.cursor ? first : null };
}
