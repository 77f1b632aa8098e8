import { route } from "@/lib/api/route";
import { loadOfflinePack } from "@/lib/flashcards/offline-pack";

/** The cards a device keeps for reviewing offline: today's queue and the next few days', rendered to HTML. */
export const GET = route({ access: "user" }, async ({ user }) => loadOfflinePack(user.id));
