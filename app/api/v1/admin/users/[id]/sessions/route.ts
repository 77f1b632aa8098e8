import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { revokeAllUserSessions } from "@/lib/admin/users/revoke-user-sessions";

export const DELETE = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("user") }) }, ({ user, params, context }) =>
  revokeAllUserSessions(user, params.id, context),
);
