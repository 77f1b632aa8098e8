import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { changeUserRole, userRoleInput } from "@/lib/admin/users/change-user-role";

export const PATCH = route({ access: ["ADMIN"], body: userRoleInput }, ({ user, body, params, request, requestId }) =>
  changeUserRole(user, String(params.id), body.role, { ip: clientIp(request.headers), requestId }),
);
