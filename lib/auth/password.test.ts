import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("hashes with argon2id, salted, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(a, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(a, "")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check, not an error", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("spends comparable time when there is no account", async () => {
    const hash = await hashPassword("some password here");
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      for (let i = 0; i < 5; i++) await work();
      return performance.now() - started;
    };
    const real = await time(() => verifyPassword(hash, "wrong password"));
    const none = await time(() => verifyAgainstNothing("wrong password"));
    expect(none / real).toBeGreaterThan(0.5);
    expect(none / real).toBeLessThan(2);
  });
});
