import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { SessionRecord } from "@/lib/auth/session-store";

/**
 * What the session cookie's JWT carries besides the session id: enough to name the user and their role
 * when Redis cannot be asked, and `checkedAt`, when Redis last confirmed the session (ms since epoch).
 * Redis stays the authority: these are only read while it is unreachable (see resolve-session.ts).
 */
export type SessionClaims = z.output<typeof sessionClaims>;

const sessionClaims = z.object({
  uid: z.string().min(1),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
  onboarded: z.boolean(),
  checkedAt: z.number().int().nonnegative(),
});

/** The claims in a decoded token, or null for a token issued before they existed (or tampered with). */
export function parseSessionClaims(token: Record<string, unknown>): SessionClaims | null {
  const parsed = sessionClaims.safeParse(token);
  return parsed.success ? parsed.data : null;
}

export function claimsFromRecord(record: Pick<SessionRecord, "userId" | "email" | "name" | "role" | "onboarded">, checkedAt: number): SessionClaims {
  return { uid: record.userId, email: record.email, name: record.name, role: record.role, onboarded: record.onboarded, checkedAt };
}

/** The signed-in user a confirmed session names, as pages, handlers and the proxy see them. */
export function userFromClaims(claims: SessionClaims, sessionId: string): CurrentUser {
  return { id: claims.uid, email: claims.email, name: claims.name, role: claims.role, onboarded: claims.onboarded, sessionId };
}
