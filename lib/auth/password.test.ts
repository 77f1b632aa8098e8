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

  it("never accepts a password when there is no account, whatever is typed", async () => {
    // Equal timing is the point of verifyAgainstNothing (it runs a real argon2 verification), but timing is
    // a benchmark's business, not a test's; what a test can pin down is that it always refuses.
    for (const password of ["", "not-a-real-password-for-timing", "correct horse battery staple"]) {
      expect(await verifyAgainstNothing(password)).toBe(false);
    }
  });
});
