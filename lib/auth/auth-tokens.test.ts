import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { consumeAuthToken, issueAuthToken } from "@/lib/auth/auth-tokens";

describe("single-use auth tokens", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await db.user.create({ data: { email: `tokens-${randomUUID()}@example.test` } })).id;
  });
  afterAll(async () => {
    await db.user.delete({ where: { id: userId } });
  });

  it("stores only a hash and can be used exactly once", async () => {
    const token = await issueAuthToken(db, userId, "PASSWORD_RESET");
    const stored = await db.$primary().authToken.findMany({ where: { userId } });
    expect(stored.some((t) => t.tokenHash.includes(token))).toBe(false);
    expect(await consumeAuthToken(db, "PASSWORD_RESET", token)).toBe(userId);
    expect(await consumeAuthToken(db, "PASSWORD_RESET", token)).toBeNull();
  });

  it("is single-use even when redeemed twice at the same moment", async () => {
    const token = await issueAuthToken(db, userId, "PASSWORD_RESET");
    const results = await Promise.all([1, 2, 3, 4].map(() => consumeAuthToken(db, "PASSWORD_RESET", token)));
    expect(results.filter(Boolean)).toEqual([userId]);
  });

  it("is refused after it expires, and for the wrong purpose", async () => {
    const expired = await issueAuthToken(db, userId, "PASSWORD_RESET");
    await db.authToken.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await consumeAuthToken(db, "PASSWORD_RESET", expired)).toBeNull();

    const verification = await issueAuthToken(db, userId, "EMAIL_VERIFICATION");
    expect(await consumeAuthToken(db, "PASSWORD_RESET", verification)).toBeNull();
    expect(await consumeAuthToken(db, "EMAIL_VERIFICATION", verification)).toBe(userId);
  });

  it("rejects malformed tokens without querying", async () => {
    expect(await consumeAuthToken(db, "PASSWORD_RESET", "' or 1=1 --")).toBeNull();
    expect(await consumeAuthToken(db, "PASSWORD_RESET", "x".repeat(10_000))).toBeNull();
  });
});
