import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { db } from "@/lib/db/prisma";
import { GET } from "./route";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const get = (query: string, cookie = "") =>
  GET(new Request(`http://127.0.0.1:3100/api/v1/admin/emails${query}`, { headers: { cookie } }), { params: Promise.resolve({}) });
type Page = { items: { id: string; to: string; template: string; status: string }[]; nextCursor: string | null };

describe("GET /api/v1/admin/emails", () => {
  it("lists an admin the outbox a page at a time, newest first", async () => {
    const to = `outbox-api-${randomUUID()}@example.test`;
    for (const n of [1, 2, 3])
      await enqueueEmail(db, {
        to,
        template: "welcome",
        data: { name: `N${n}`, dashboardUrl: "http://127.0.0.1:3100/dashboard" },
        idempotencyKey: `outbox-api:${to}:${n}`,
      });
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));

    const first = await get(`?q=${encodeURIComponent(to)}&limit=2`, cookie);
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as Page;
    expect(page1.items.map((i) => i.to)).toEqual([to, to]);
    const page2 = (await (await get(`?q=${encodeURIComponent(to)}&limit=2&cursor=${page1.nextCursor}`, cookie)).json()) as Page;
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(3);
  });

  it.each(["?cursor=nope", "?limit=0", "?status=LOST"])("answers 400 to %s", async (query) => {
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));
    const res = await get(query, cookie);
    expect(res.status).toBe(400);
  });

  it("answers 401 signed out and 403 to students and teachers", async () => {
    expect((await get("")).status).toBe(401);
    expect((await get("", (await signInAs(await createTestUser())).cookie)).status).toBe(403);
    expect((await get("", (await signInAs(await createTestUser({ role: "TEACHER" }))).cookie)).status).toBe(403);
  });
});
