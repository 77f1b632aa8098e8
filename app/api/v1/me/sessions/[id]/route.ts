import { route } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { revokeSession } from "@/lib/auth/session-store";

export const DELETE = route({ access: "user" }, async ({ user, params }) => {
  // Scoped to the caller's own index: another user's session id is simply not found.
  if (!(await revokeSession(user.id, String(params.id)))) throw new NotFoundError("No such session.");
  return { revoked: 1 };
});
