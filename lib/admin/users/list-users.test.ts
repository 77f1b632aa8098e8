import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { listUsers, listUsersQuery, type ListUsersQuery } from "@/lib/admin/users/list-users";
import { encodeCursor } from "@/lib/pagination/cursor";
import { usersPageParams } from "@/lib/admin/users/users-page-params";
import { waitForReplica } from "@/lib/test-support/replica";

const DAY = 86_400_000;
const now = new Date();
const token = `lu${randomUUID().slice(0, 8)}`;
const nameToken = `Nm${randomUUID().slice(0, 8)}`;
const ids: Record<string, string> = {};

type Seed = {
  tag: string;
  lastActiveDaysAgo: number | null;
  courses?: string[];
  role?: "STUDENT" | "TEACHER" | "ADMIN";
  status?: "ACTIVE" | "SUSPENDED";
  name?: string;
};

async function seed(users: Seed[]) {
  for (const u of users) {
    const user = await db.user.create({
      data: {
        email: `${token}-${u.tag}@example.test`,
        name: u.name ?? `User ${u.tag}`,
        role: u.role,
        status: u.status,
        lastActiveAt: u.lastActiveDaysAgo === null ? null : new Date(now.getTime() - u.lastActiveDaysAgo * DAY),
        enrolments: u.courses ? { create: u.courses.map((slug) => ({ course: { connect: { slug } } })) } : undefined,
      },
      select: { id: true },
    });
    ids[u.tag] = user.id;
  }
}

const list = (query: Partial<ListUsersQuery>) => listUsers(listUsersQuery.parse({ q: token, ...query }), now);
const tagsOf = (items: { id: string }[]) => items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0]).sort();

beforeAll(async () => {
  await seed([
    { tag: "recent", lastActiveDaysAgo: 2, courses: ["biology-hl"] },
    { tag: "month", lastActiveDaysAgo: 10, courses: ["biology-sl"] },
    { tag: "lapsed", lastActiveDaysAgo: 40, courses: ["biology-hl", "chemistry-sl"], role: "TEACHER" },
    { tag: "never", lastActiveDaysAgo: null, name: `Ada ${nameToken}` },
    { tag: "suspended", lastActiveDaysAgo: null, status: "SUSPENDED" },
    ...Array.from({ length: 7 }, (_, i): Seed => ({ tag: `page${i}`, lastActiveDaysAgo: i, role: i % 3 === 0 ? "TEACHER" : "STUDENT" })),
  ]);
  await waitForReplica();
});

describe("listUsers filters", () => {
  it("searches emails and, ignoring case, names", async () => {
    expect((await list({})).items).toHaveLength(12);
    const byName = await listUsers(listUsersQuery.parse({ q: nameToken.toUpperCase() }), now);
    expect(tagsOf(byName.items)).toEqual(["never"]);
  });

  it("keeps users enrolled in the chosen course", async () => {
    expect(tagsOf((await list({ course: "biology-hl" })).items)).toEqual(["lapsed", "recent"]);
    expect(tagsOf((await list({ course: "chemistry-sl" })).items)).toEqual(["lapsed"]);
    expect((await list({ course: "no-such-course" })).items).toEqual([]);
  });

  it("buckets users by when they were last active", async () => {
    const pages = ["page0", "page1", "page2", "page3", "page4", "page5", "page6"];
    expect(tagsOf((await list({ active: "7d" })).items)).toEqual([...pages, "recent"].sort());
    expect(tagsOf((await list({ active: "30d" })).items)).toEqual([...pages, "month", "recent"].sort());
    expect(tagsOf((await list({ active: "inactive-30d" })).items)).toEqual(["lapsed"]);
    expect(tagsOf((await list({ active: "never" })).items)).toEqual(["never", "suspended"]);
  });

  it("combines role, status, course and activity filters", async () => {
    expect(tagsOf((await list({ role: "TEACHER", course: "biology-hl" })).items)).toEqual(["lapsed"]);
    expect(tagsOf((await list({ status: "SUSPENDED", active: "never" })).items)).toEqual(["suspended"]);
    expect((await list({ role: "ADMIN" })).items).toEqual([]);
  });

  it("refuses malformed filters and a cursor in both directions", () => {
    expect(listUsersQuery.safeParse({ active: "yesterday" }).success).toBe(false);
    expect(listUsersQuery.safeParse({ course: "Biology HL; drop" }).success).toBe(false);
    expect(listUsersQuery.safeParse({ cursor: encodeCursor(randomUUID()), before: encodeCursor(randomUUID()) }).success).toBe(false);
  });
});

describe("listUsers pagination", () => {
  const filters = { role: "STUDENT" as const, active: "7d" as const };
  const expected = () =>
    Object.entries(ids)
      .filter(([tag]) => ["page1", "page2", "page4", "page5", "recent"].includes(tag))
      .map(([, id]) => id)
      .sort()
      .reverse();

  it("walks forward and back through filtered pages without repeating or skipping a row", async () => {
    const forward: string[][] = [];
    let page = await list({ ...filters, limit: 2 });
    expect(page.prevCursor).toBeNull();
    forward.push(page.items.map((i) => i.id));
    while (page.nextCursor) {
      // Every request re-sends the filters from the link, exactly as the page builds it.
      const params = usersPageParams({ q: token, ...filters, limit: 2 }, { cursor: page.nextCursor });
      expect(params).toMatchObject({ q: token, role: "STUDENT", active: "7d", limit: "2" });
      page = await listUsers(listUsersQuery.parse(params), now);
      forward.push(page.items.map((i) => i.id));
    }
    expect(forward.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(forward.flat()).toEqual(expected());

    const backward: string[][] = [forward.at(-1)!];
    while (page.prevCursor) {
      page = await listUsers(listUsersQuery.parse(usersPageParams({ q: token, ...filters, limit: 2 }, { before: page.prevCursor })), now);
      backward.unshift(page.items.map((i) => i.id));
    }
    expect(backward).toEqual(forward);
    expect(page.nextCursor).toBe(encodeCursor(forward[0]!.at(-1)!));
  });

  it("builds links that drop empty filters and the default page size", () => {
    expect(usersPageParams({ q: "", role: "ADMIN", limit: 25 }, null)).toEqual({ role: "ADMIN" });
    expect(usersPageParams({ course: "biology-hl" }, { before: "x" })).toEqual({ course: "biology-hl", before: "x" });
  });
});
