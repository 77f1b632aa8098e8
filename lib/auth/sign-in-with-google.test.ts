import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, getSession, listSessions } from "@/lib/auth/session-store";
import { linkGoogleAccount } from "@/lib/auth/sign-in-with-google";

const googleAccount = () => ({ type: "oidc" as const, provider: "google", providerAccountId: randomUUID() });

describe("linking a Google identity to an existing account", () => {
  it("drops the password and sessions of an unverified account it takes over (pre-hijacking)", async () => {
    const email = `google-${randomUUID()}@example.test`;
    // Someone registered the address with a password and never proved they own it...
    const squatter = await db.user.create({ data: { email, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c3F1YXR0ZXI$aGFzaA" } });
    const sid = await createSession({ userId: squatter.id, email, name: null, role: "STUDENT", onboarded: false, userAgent: "squatter", ip: "203.0.113.66" });
    // ...then the address's owner signs in with Google, which has verified it.
    const linked = await linkGoogleAccount({ email, email_verified: true, name: "Owner" }, googleAccount());
    expect(linked?.id).toBe(squatter.id);
    const after = await db.$primary().user.findUniqueOrThrow({ where: { id: squatter.id } });
    expect(after.passwordHash).toBeNull();
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(await getSession(sid)).toBeNull();
    expect(await listSessions(squatter.id)).toEqual([]);
  });

  it("keeps the password of an account whose owner had already verified the address", async () => {
    const email = `google-${randomUUID()}@example.test`;
    const owner = await db.user.create({ data: { email, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$b3duZXI$aGFzaA", emailVerifiedAt: new Date() } });
    const sid = await createSession({ userId: owner.id, email, name: null, role: "STUDENT", onboarded: false, userAgent: "owner", ip: "203.0.113.7" });
    await linkGoogleAccount({ email, email_verified: true }, googleAccount());
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: owner.id } })).passwordHash).not.toBeNull();
    expect(await getSession(sid)).not.toBeNull();
  });

  it("refuses an email Google has not verified", async () => {
    expect(await linkGoogleAccount({ email: `google-${randomUUID()}@example.test`, email_verified: false }, googleAccount())).toBeNull();
  });
});
