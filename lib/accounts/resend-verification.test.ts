import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { RateLimitedError } from "@/lib/errors";
import { verificationResendByAccount } from "@/lib/rate-limit/limiters";
import { verifyEmail } from "./verify-email";
import { resendVerificationEmail } from "./resend-verification";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser } from "@/lib/test-support/users";

const users: string[] = [];
const createUser = async (verified: boolean) => {
  const user = await createTestUser({ onboarded: false, data: { name: "Ada", emailVerifiedAt: verified ? new Date() : null } });
  users.push(user.id);
  return user;
};
const outbox = (userId: string) => db.$primary().emailOutbox.findMany({ where: { userId, template: "verify-email" }, select: { text: true } });

afterAll(async () => {
  await Promise.all(users.map((id) => verificationResendByAccount.delete(id)));
  await db.emailOutbox.deleteMany({ where: { userId: { in: users } } });
  await db.authToken.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("resendVerificationEmail", () => {
  it("emails an unverified user a new link that verifies the address", async () => {
    const user = await createUser(false);
    expect(await resendVerificationEmail(user.id)).toMatchObject({ sent: true, email: user.email, expiresInHours: 48 });
    const [email] = await outbox(user.id);
    const token = /verify-email\?token=([A-Za-z0-9_-]+)/.exec(email!.text)?.[1];
    expect(token).toBeDefined();
    expect(await verifyEmail(token!)).toBe(true);
    expect(await resendVerificationEmail(user.id)).toMatchObject({ sent: false });
    expect(await outbox(user.id)).toHaveLength(1);
  });

  it("sends nothing to a verified address", async () => {
    const user = await createUser(true);
    expect(await resendVerificationEmail(user.id)).toMatchObject({ sent: false });
    expect(await outbox(user.id)).toHaveLength(0);
  });

  it("sends at most three an hour per account", async () => {
    const user = await createUser(false);
    const now = Date.now();
    for (let i = 0; i < 3; i++) await resendVerificationEmail(user.id, new Date(now + i));
    expect(await rejectionOf(resendVerificationEmail(user.id, new Date(now + 3)))).toBeInstanceOf(RateLimitedError);
    expect(await outbox(user.id)).toHaveLength(3);
  });
});
