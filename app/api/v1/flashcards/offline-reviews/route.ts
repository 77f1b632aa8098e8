import { route } from "@/lib/api/route";
import { offlineReviewSyncInput } from "@/lib/flashcards/offline-review-input";
import { syncOfflineReviews } from "@/lib/flashcards/sync-offline-reviews";

/** Saves reviews made offline: each gets applied, duplicate, superseded or rejected, so the device can forget it. */
export const POST = route({ access: "user", body: offlineReviewSyncInput }, async ({ user, body }) => ({
  results: await syncOfflineReviews(user.id, body.userId, body.reviews),
}));
