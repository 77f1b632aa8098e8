import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { setUserStatus, userStatusInput } from "@/lib/admin/users/set-user-status";

export const POST = route({ access: ["ADMIN"], body: userStatusInput }, ({ user, body, params, request, requestId }) =>
  setUserStatus(user, String(params.id), body.status, { ip: clientIp(request.headers), requestId }),
);
