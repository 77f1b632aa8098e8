import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { revokeUserSession } from "@/lib/admin/users/revoke-user-sessions";

export const DELETE = route({ access: ["ADMIN"] }, ({ user, params, request, requestId }) =>
  revokeUserSession(user, String(params.id), String(params.sid), { ip: clientIp(request.headers), requestId }),
);
