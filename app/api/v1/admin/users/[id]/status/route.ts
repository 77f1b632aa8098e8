import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { setUserStatus, userStatusInput } from "@/lib/admin/users/set-user-status";

export const POST = route({ access: ["ADMIN"], body: userStatusInput, params: z.object({ id: uuidSegment("user") }) }, ({ user, body, params, context }) =>
  setUserStatus(user, params.id, body.status, context),
);
