import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { changeUserRole, userRoleInput } from "@/lib/admin/users/change-user-role";

export const PATCH = route({ access: ["ADMIN"], body: userRoleInput, params: z.object({ id: uuidSegment("user") }) }, ({ user, body, params, context }) =>
  changeUserRole(user, params.id, body.role, context),
);
