import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { InvalidCredentials, SignInRateLimited } from "@/lib/auth/sign-in-errors";

const PASSWORD = "right password for the burst test";

async function createAccount() {
  const email = `burst-${randomUUID()}@example.test`;
  await db.user.create({ data: { email, name: "Burst", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() } });
  return email;
}
const uniqueIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("authenticate under a parallel burst (real PostgreSQL and Redis)", () => {
  // The limiters use their in-memory fallback until the Redis client is ready.
  beforeAll(async () => {
    await redis.ping();
  });

  it("checks at most 5 passwords of a 40-request burst on one account, and refuses the right one sent last", async () => {
    const email = await createAccount();
    const ip = uniqueIp();
    const burst = Array.from({ length: 40 }, (_, i) => ({ email, password: i === 39 ? PASSWORD : `wrong guess ${i}` }));
    const outcomes = await Promise.all(
      burst.map((c) =>
        authenticate(c, ip).then(
          () => "signed in",
          (e: unknown) => e,
        ),
      ),
    );
    expect(outcomes).not.toContain("signed in");
    const wrong = outcomes.filter((o) => o instanceof InvalidCredentials);
    const limited = outcomes.filter((o) => o instanceof SignInRateLimited);
    // 5 checks: 4 say "incorrect", the 5th blocks the account; the other 35 are never checked.
    expect(wrong).toHaveLength(4);
    expect(limited).toHaveLength(36);
    await expect(authenticate({ email, password: PASSWORD }, uniqueIp())).rejects.toBeInstanceOf(SignInRateLimited);
  });

  it("signs in with the right password, and a success leaves the account's allowance whole", async () => {
    const email = await createAccount();
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) await expect(authenticate({ email, password: "wrong" }, ip)).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(authenticate({ email, password: PASSWORD }, ip)).resolves.toMatchObject({ email });
    for (let i = 0; i < 4; i++) await expect(authenticate({ email, password: "wrong" }, ip)).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(authenticate({ email, password: PASSWORD }, ip)).resolves.toMatchObject({ email });
  });
});
