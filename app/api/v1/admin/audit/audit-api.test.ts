import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { GET } from "./route";
import { waitForReplica } from "@/lib/test-support/replica";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const get = (query: string, cookie = "") =>
  GET(new Request(`http://127.0.0.1:3100/api/v1/admin/audit${query}`, { headers: { cookie } }), { params: Promise.resolve({}) });
type Page = { items: { id: string; action: string; actor: { email: string } | null; before: unknown; after: unknown }[]; nextCursor: string | null };

describe("GET /api/v1/admin/audit", () => {
  it("lists filtered entries a page at a time, following nextCursor", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const entityId = randomUUID();
    await db.auditLog.createMany({
      data: [1, 2, 3].map((n) => ({ actorId: admin.id, action: "user.role_change", entityType: "user", entityId, before: { n }, after: { n: n + 1 } })),
    });
    await waitForReplica();
    const { cookie } = await signInAs(admin);

    const first = await get(`?entityType=user&entityId=${entityId}&limit=2`, cookie);
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as Page;
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]!.actor?.email).toBe(admin.email);
    const page2 = (await (await get(`?entityType=user&entityId=${entityId}&limit=2&cursor=${page1.nextCursor}`, cookie)).json()) as Page;
    expect(page2).toMatchObject({ nextCursor: null });
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(3);
  });

  it.each(["?from=yesterday", "?cursor=nope", "?from=2026-02-02&to=2026-02-01", "?limit=0"])("answers 400 to %s", async (query) => {
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));
    const res = await get(query, cookie);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
  });

  it("answers 401 signed out and 403 to a student", async () => {
    expect((await get("")).status).toBe(401);
    expect((await get("", (await signInAs(await createTestUser())).cookie)).status).toBe(403);
  });
});
