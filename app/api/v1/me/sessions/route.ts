import { route } from "@/lib/api/route";
import { listSessions, revokeAllSessions } from "@/lib/auth/session-store";
import { describeDevice } from "@/lib/sessions/describe-device";

export const GET = route({ access: "user" }, async ({ user }) => ({
  items: (await listSessions(user.id)).map((s) => ({
    id: s.id,
    device: describeDevice(s.userAgent),
    ip: s.ip,
    createdAt: new Date(s.createdAt).toISOString(),
    lastSeenAt: new Date(s.lastSeenAt).toISOString(),
    current: s.id === user.sessionId,
  })),
  nextCursor: null,
}));

/** Signs out every other device. */
export const DELETE = route({ access: "user" }, async ({ user }) => ({ revoked: await revokeAllSessions(user.id, { except: user.sessionId }) }));
