import { randomBytes } from "node:crypto";
import type { UserRole } from "@/generated/prisma/client";
import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

/**
 * Sessions live in Redis, not in the cookie: the cookie's JWT carries only the session id, so any session
 * can be revoked at once (sign out everywhere, suspension, password reset) and a lookup is one GET.
 *   session:<sid>        JSON record, expires after SESSION_TTL_DAYS without use
 *   user-sessions:<uid>  set of the user's session ids (the "your devices" list)
 */
export type SessionRecord = {
  userId: string;
  email: string;
  name: string | null;
  role: UserRole;
  onboarded: boolean;
  createdAt: number;
  lastSeenAt: number;
  userAgent: string;
  ip: string;
  /** The user's sessionGeneration when the session was made; records from before it existed read as 0. */
  generation?: number;
  /** When the record was last checked against the user's row (role, status, generation). */
  dbCheckedAt?: number;
};

const ttlSeconds = () => env.SESSION_TTL_DAYS * 86_400;
// Refreshing lastSeenAt and the TTL on every request would turn each read into a write.
const TOUCH_INTERVAL_MS = 60_000;

export const sessionKey = (sid: string) => `session:${sid}`;
export const userSessionsKey = (userId: string) => `user-sessions:${userId}`;

/** The account changed (suspended, password reset, role change) while this session was being made. */
export class StaleSessionError extends Error {
  constructor() {
    super("the account changed while signing in");
    this.name = "StaleSessionError";
  }
}

type AccountState = { role: UserRole; status: string; sessionGeneration: number };
const accountState = (userId: string): Promise<AccountState | null> =>
  db.$primary().user.findUnique({ where: { id: userId }, select: { role: true, status: true, sessionGeneration: true } });

/** A session whose user is gone, not active, of another role, or of an older generation must end. */
const isCurrent = (record: Pick<SessionRecord, "role" | "generation">, account: AccountState | null) =>
  account !== null && account.status === "ACTIVE" && account.role === record.role && account.sessionGeneration === (record.generation ?? 0);

/**
 * Makes a session stamped with the user's session generation: `generation` as it was when the
 * credentials were checked (sign-in), or the current one. The account is read again once the session
 * exists, so a sign-in that completes while the account is being suspended, reset or demoted leaves no
 * session behind (StaleSessionError).
 */
export async function createSession(input: Omit<SessionRecord, "createdAt" | "lastSeenAt" | "dbCheckedAt">): Promise<string> {
  const generation = input.generation ?? (await accountState(input.userId))?.sessionGeneration ?? 0;
  const sid = randomBytes(32).toString("base64url");
  const now = Date.now();
  const record: SessionRecord = { ...input, generation, userAgent: input.userAgent.slice(0, 400), createdAt: now, lastSeenAt: now, dbCheckedAt: now };
  await redis
    .multi()
    .set(sessionKey(sid), JSON.stringify(record), "EX", ttlSeconds())
    .sadd(userSessionsKey(input.userId), sid)
    .expire(userSessionsKey(input.userId), ttlSeconds())
    .exec();
  if (!isCurrent(record, await accountState(input.userId))) {
    await revokeSession(input.userId, sid);
    throw new StaleSessionError();
  }
  await dropOldestSessions(input.userId);
  return sid;
}

/** More devices than anyone uses; a script signing in over and over cannot grow a user's sessions forever. */
export const MAX_SESSIONS_PER_USER = 20;

async function dropOldestSessions(userId: string): Promise<void> {
  if ((await redis.scard(userSessionsKey(userId))) <= MAX_SESSIONS_PER_USER) return;
  const oldest = (await listSessions(userId)).slice(MAX_SESSIONS_PER_USER).map((session) => session.id);
  if (oldest.length)
    await redis
      .multi()
      .del(...oldest.map(sessionKey))
      .srem(userSessionsKey(userId), ...oldest)
      .exec();
}

/**
 * Whether the session still matches its user's row. Checked every SESSION_DB_CHECK_SECONDS per session
 * (one primary-key read), so a revocation whose Redis delete failed still ends the session within that
 * time. When the database cannot be asked, the session stands: that outage is not the user's doing.
 */
async function stillCurrent(record: SessionRecord): Promise<boolean> {
  try {
    return isCurrent(record, await accountState(record.userId));
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not check a session against the database");
    return true;
  }
}

/** Redis could not be asked: the session is neither confirmed nor refuted (see resolve-session.ts). */
export class SessionStoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(`session store unavailable${cause instanceof Error ? `: ${cause.message}` : ""}`, { cause });
    this.name = "SessionStoreUnavailableError";
  }
}

/**
 * The live session, or null when it expired or was revoked. Extends it when it was last seen a while
 * ago. Throws SessionStoreUnavailableError when Redis is unreachable, at once while the client is
 * reconnecting rather than after the command timeout.
 */
export async function getSession(sid: string): Promise<SessionRecord | null> {
  if (!isRedisUsable(redis)) throw new SessionStoreUnavailableError(new Error(`redis is ${redis.status}`));
  let raw: string | null;
  try {
    raw = await redis.get(sessionKey(sid));
  } catch (err) {
    throw new SessionStoreUnavailableError(err);
  }
  if (!raw) return null;
  const record = JSON.parse(raw) as SessionRecord;
  const now = Date.now();
  const checkDue = now - (record.dbCheckedAt ?? 0) > env.SESSION_DB_CHECK_SECONDS * 1_000;
  if (checkDue) {
    if (!(await stillCurrent(record))) {
      await revokeSession(record.userId, sid).catch((err: Error) => logger.warn({ err: err.message }, "could not delete a stale session"));
      return null;
    }
    record.dbCheckedAt = now;
  }
  if (checkDue || now - record.lastSeenAt > TOUCH_INTERVAL_MS) {
    record.lastSeenAt = now;
    // XX: never resurrect a session revoked between the GET and this write. A failed touch only delays
    // the sliding expiry; the session was read, so it is not failed for it.
    await redis
      .multi()
      .set(sessionKey(sid), JSON.stringify(record), "EX", ttlSeconds(), "XX")
      .expire(userSessionsKey(record.userId), ttlSeconds())
      .exec()
      .catch((err: Error) => logger.warn({ err: err.message }, "could not extend a session"));
  }
  return record;
}

export type SessionSummary = SessionRecord & { id: string };

/** The user's live sessions, newest first; ids of expired sessions are pruned from the index. */
export async function listSessions(userId: string): Promise<SessionSummary[]> {
  const ids = await redis.smembers(userSessionsKey(userId));
  if (!ids.length) return [];
  const raws = await redis.mget(ids.map(sessionKey));
  const gone = ids.filter((_, i) => !raws[i]);
  if (gone.length) await redis.srem(userSessionsKey(userId), ...gone);
  return ids.flatMap((id, i) => (raws[i] ? [{ id, ...(JSON.parse(raws[i]!) as SessionRecord) }] : [])).sort((a, b) => b.createdAt - a.createdAt);
}

/** Revokes one of the user's sessions; a session id that is not the user's is left alone. */
export async function revokeSession(userId: string, sid: string): Promise<boolean> {
  if (!(await redis.sismember(userSessionsKey(userId), sid))) return false;
  const [[, deleted] = []] = (await redis.multi().del(sessionKey(sid)).srem(userSessionsKey(userId), sid).exec()) ?? [];
  return deleted === 1;
}

/** Signs the user out everywhere (optionally except the current session); returns how many were revoked. */
export async function revokeAllSessions(userId: string, options: { except?: string } = {}): Promise<number> {
  const ids = (await redis.smembers(userSessionsKey(userId))).filter((id) => id !== options.except);
  if (!ids.length) return 0;
  const deleted = await redis.del(...ids.map(sessionKey));
  await redis.srem(userSessionsKey(userId), ...ids);
  return deleted;
}

/**
 * Ends every session of the user that no longer matches their row (after a change that raised their
 * session generation, suspended them or changed their role). Idempotent: run again, it ends what is still
 * stale. Returns how many were ended, or null when Redis could not be reached; those sessions then end at
 * their next check against the database, within SESSION_DB_CHECK_SECONDS.
 */
export async function endStaleSessions(userId: string): Promise<number | null> {
  try {
    const [sessions, account] = await Promise.all([listSessions(userId), accountState(userId)]);
    const stale = sessions.filter((session) => !isCurrent(session, account)).map((session) => session.id);
    if (!stale.length) return 0;
    await redis
      .multi()
      .del(...stale.map(sessionKey))
      .srem(userSessionsKey(userId), ...stale)
      .exec();
    return stale.length;
  } catch (err) {
    logger.warn({ err: (err as Error).message, userId }, "could not end sessions now; they end at their next database check");
    return null;
  }
}

/** Applies a change (role, onboarding, name, email) to every live session of the user. */
export async function updateUserSessions(userId: string, patch: Partial<Pick<SessionRecord, "role" | "onboarded" | "name" | "email">>): Promise<void> {
  for (const session of await listSessions(userId)) {
    const { id, ...record } = session;
    await redis.set(sessionKey(id), JSON.stringify({ ...record, ...patch }), "KEEPTTL", "XX");
  }
}

/**
 * Stamps one session with the user's current generation, so it survives a change that raised it (the
 * device that changed the password stays signed in while endStaleSessions ends the others).
 */
export async function keepSessionCurrent(sid: string, generation: number): Promise<void> {
  const raw = await redis.get(sessionKey(sid));
  if (!raw) return;
  await redis.set(sessionKey(sid), JSON.stringify({ ...(JSON.parse(raw) as SessionRecord), generation }), "KEEPTTL", "XX");
}
