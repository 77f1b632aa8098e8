import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createUnsubscribeToken, unsubscribeUrl } from "@/lib/reminders/unsubscribe-token";
import { GET, POST } from "./route";

const userIds: string[] = [];
const params = { params: Promise.resolve({}) };

async function subscribedUser(): Promise<string> {
  const user = await db.user.create({ data: { email: `unsub-${randomUUID()}@example.test`, emailReminders: true }, select: { id: true } });
  userIds.push(user.id);
  return user.id;
}
const remindersOn = async (id: string) => (await db.$primary().user.findUniqueOrThrow({ where: { id }, select: { emailReminders: true } })).emailReminders;

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("GET /api/v1/reminders/unsubscribe", () => {
  it("asks first: a link followed by a mail scanner changes nothing; the page's button unsubscribes", async () => {
    const id = await subscribedUser();
    const res = await GET(new Request(unsubscribeUrl(id)), params);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Stop study reminders?");
    expect(html).not.toContain("@example.test");
    expect(await remindersOn(id)).toBe(true);

    const action = /<form method="post" action="([^"]+)"/.exec(html)![1]!.replaceAll("&amp;", "&");
    const submitted = await POST(
      new Request(new URL(action, "http://127.0.0.1:3100"), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" }),
      params,
    );
    expect(submitted.status).toBe(303);
    expect(new URL(submitted.headers.get("location")!).pathname).toBe("/reminders/unsubscribed");
    expect(await remindersOn(id)).toBe(false);
  });

  it("answers a tampered or missing token with a 400 page and changes nothing", async () => {
    const id = await subscribedUser();
    const other = await subscribedUser();
    const [, mac] = createUnsubscribeToken(other).split(".");
    for (const query of [`?token=${id}.${mac}`, "?token=garbage", ""]) {
      const res = await GET(new Request(`http://127.0.0.1:3100/api/v1/reminders/unsubscribe${query}`), params);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).toContain("This unsubscribe link is not valid.");
    }
    expect(await remindersOn(id)).toBe(true);
    expect(await remindersOn(other)).toBe(true);
  });
});

describe("POST /api/v1/reminders/unsubscribe (RFC 8058 one-click)", () => {
  const post = (url: string) =>
    POST(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }), params);

  it("turns reminders off", async () => {
    const id = await subscribedUser();
    const res = await post(unsubscribeUrl(id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(await remindersOn(id)).toBe(false);
  });

  it("refuses an invalid token with a 400 JSON error", async () => {
    const id = await subscribedUser();
    const res = await post(`http://127.0.0.1:3100/api/v1/reminders/unsubscribe?token=${id}.${"x".repeat(43)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_unsubscribe_link");
    expect(await remindersOn(id)).toBe(true);
  });
});
