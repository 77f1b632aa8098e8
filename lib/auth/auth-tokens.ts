import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenKind } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";

export const TOKEN_TTL_MINUTES: Record<AuthTokenKind, number> = {
  EMAIL_VERIFICATION: 48 * 60,
  PASSWORD_RESET: 30,
  EMAIL_CHANGE: 24 * 60,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a single-use token and returns it in the clear (for the email link); only its hash is stored. */
export async function issueAuthToken(client: DbTransaction | typeof db, userId: string, kind: AuthTokenKind, newEmail?: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.authToken.create({
    data: { userId, kind, newEmail, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + TOKEN_TTL_MINUTES[kind] * 60_000) },
  });
  return token;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The user a token belongs to when it is of this kind, unused and unexpired, without using it: lets a
 * caller refuse a bad token before doing expensive work (hashing a new password). Reads the primary.
 */
export async function findLiveAuthToken(kind: AuthTokenKind, token: string): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db.$primary().authToken.findFirst({
    where: { tokenHash: hashToken(token), kind, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  return row?.userId ?? null;
}

/** Uses every other live token of this kind that the user has (a reset makes older reset links void). */
export async function voidAuthTokens(client: DbTransaction | typeof db, userId: string, kind: AuthTokenKind): Promise<void> {
  await client.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } });
}

/**
 * Uses a token: returns its user id when the token exists, is of this kind, unused and unexpired, else
 * null. One conditional UPDATE makes it single-use even when the same link is opened twice at once.
 */
export async function consumeAuthToken(client: DbTransaction | typeof db, kind: AuthTokenKind, token: string): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const rows = await client.$queryRaw<{ user_id: string }[]>`
    update auth_tokens set used_at = now()
    where token_hash = ${hashToken(token)} and kind = ${kind}::"AuthTokenKind" and used_at is null and expires_at > now()
    returning user_id`;
  return rows[0]?.user_id ?? null;
}

/** Uses an EMAIL_CHANGE token as consumeAuthToken does, returning the user and the address it confirms. */
export async function consumeEmailChangeToken(client: DbTransaction | typeof db, token: string): Promise<{ userId: string; newEmail: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const rows = await client.$queryRaw<{ user_id: string; new_email: string | null }[]>`
    update auth_tokens set used_at = now()
    where token_hash = ${hashToken(token)} and kind = 'EMAIL_CHANGE'::"AuthTokenKind" and used_at is null and expires_at > now()
    returning user_id, new_email`;
  const row = rows[0];
  return row?.new_email ? { userId: row.user_id, newEmail: row.new_email } : null;
}
