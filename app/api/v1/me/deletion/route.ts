import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/account-data/account-deletion";

/**
 * Schedules the caller's account for erasure after the grace period → `{ deleteAfter, alreadyRequested }`.
 * Every session is revoked, this one included: the client is signed out.
 */
export const POST = route({ access: "user" }, async ({ user, request, requestId }) => {
  const { deleteAfter, alreadyRequested } = await requestAccountDeletion(user.id, { ip: clientIp(request.headers), requestId });
  return { deleteAfter, alreadyRequested };
});

/** Cancels a pending deletion → `{ cancelled }` (false when none was pending). */
export const DELETE = route({ access: "user" }, async ({ user, request, requestId }) => ({
  cancelled: await cancelAccountDeletion(user.id, { ip: clientIp(request.headers), requestId }),
}));
