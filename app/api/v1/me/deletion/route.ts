import { route } from "@/lib/api/route";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/account-data/account-deletion";

/**
 * Schedules the caller's account for erasure after the grace period → `{ deleteAfter, alreadyRequested }`.
 * Every session is revoked, this one included: the client is signed out.
 */
export const POST = route({ access: "user" }, async ({ user, context }) => {
  const { deleteAfter, alreadyRequested } = await requestAccountDeletion(user.id, context);
  return { deleteAfter, alreadyRequested };
});

/** Cancels a pending deletion → `{ cancelled }` (false when none was pending). */
export const DELETE = route({ access: "user" }, async ({ user, context }) => ({
  cancelled: await cancelAccountDeletion(user.id, context),
}));
