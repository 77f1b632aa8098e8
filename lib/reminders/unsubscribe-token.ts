import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

// One-click unsubscribe links carry the user id and an HMAC of it, so they work without a session (mail
// clients follow them signed out) and cannot be forged for someone else. They do not expire: an old
// reminder's link should still work. Rotating AUTH_SECRET invalidates them all.
const PURPOSE = "study-reminders-unsubscribe:";

const mac = (userId: string) =>
  createHmac("sha256", env.AUTH_SECRET)
    .update(PURPOSE + userId)
    .digest("base64url");

export function createUnsubscribeToken(userId: string): string {
  return `${userId}.${mac(userId)}`;
}

/** The user id the token was made for, or null when it is malformed, forged or tampered with. */
export function verifyUnsubscribeToken(token: string): string | null {
  const dot = token.indexOf(".");
  if (dot < 0 || token.length > 200) return null;
  const userId = token.slice(0, dot);
  if (!z.uuid().safeParse(userId).success) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(userId));
  // timingSafeEqual needs equal lengths; the length of a MAC is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

/** The link in the email and in its List-Unsubscribe header (GET: a person clicking; POST: RFC 8058 one-click). */
export function unsubscribeUrl(userId: string): string {
  const url = new URL("/api/v1/reminders/unsubscribe", env.APP_URL);
  url.searchParams.set("token", createUnsubscribeToken(userId));
  return url.toString();
}
