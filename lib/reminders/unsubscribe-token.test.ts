import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "./unsubscribe-token";

describe("unsubscribe tokens", () => {
  it("verify to the user they were made for", () => {
    const userId = randomUUID();
    expect(verifyUnsubscribeToken(createUnsubscribeToken(userId))).toBe(userId);
  });

  it("put the token in an absolute link to the unsubscribe handler", () => {
    const userId = randomUUID();
    const url = new URL(unsubscribeUrl(userId));
    expect(url.pathname).toBe("/api/v1/reminders/unsubscribe");
    expect(verifyUnsubscribeToken(url.searchParams.get("token")!)).toBe(userId);
  });

  it.each(["", "garbage", "not-a-uuid.abc", `${randomUUID()}`, `${randomUUID()}.`, `${randomUUID()}.${"A".repeat(43)}`, `${"x".repeat(300)}`])(
    "refuse a malformed or forged token: %s",
    (token) => {
      expect(verifyUnsubscribeToken(token)).toBeNull();
    },
  );

  it("refuse a token whose user id or MAC was changed", () => {
    const token = createUnsubscribeToken(randomUUID());
    const [, mac] = token.split(".");
    // Someone else's id with the first user's MAC.
    expect(verifyUnsubscribeToken(`${randomUUID()}.${mac}`)).toBeNull();
    // One character of the MAC flipped.
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}${last}`)).toBeNull();
    // Truncated.
    expect(verifyUnsubscribeToken(token.slice(0, -1))).toBeNull();
  });
});
