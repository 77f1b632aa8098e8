import { z } from "zod";
import { route } from "@/lib/api/route";
import { sessionSegment, uuidSegment } from "@/lib/http/path-params";
import { revokeUserSession } from "@/lib/admin/users/revoke-user-sessions";

export const DELETE = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("user"), sid: sessionSegment }) }, ({ user, params, context }) =>
  revokeUserSession(user, params.id, params.sid, context),
);
