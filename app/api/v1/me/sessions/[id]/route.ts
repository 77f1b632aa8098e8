import { z } from "zod";
import { route } from "@/lib/api/route";
import { sessionSegment } from "@/lib/http/path-params";
import { NotFoundError } from "@/lib/errors";
import { revokeSession } from "@/lib/auth/session-store";

export const DELETE = route({ access: "user", params: z.object({ id: sessionSegment }) }, async ({ user, params }) => {
  // Scoped to the caller's own index: another user's session id is simply not found.
  if (!(await revokeSession(user.id, params.id))) throw new NotFoundError("No such session.");
  return { revoked: 1 };
});
