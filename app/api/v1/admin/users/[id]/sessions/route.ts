import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { revokeAllUserSessions } from "@/lib/admin/users/revoke-user-sessions";

export const DELETE = route({ access: ["ADMIN"] }, ({ user, params, request, requestId }) =>
  revokeAllUserSessions(user, String(params.id), { ip: clientIp(request.headers), requestId }),
);
