import { route } from "@/lib/api/route";
import { feedbackStatesQuery, loadFeedbackStates } from "@/lib/feedback/load-feedback-states";

/**
 * The AI-feedback state of the signed-in student's own attempts (`?ids=a,b`), polled by the practice and
 * mock result pages until every answer's feedback is ready or has failed. 404 if any id is not theirs.
 */
export const GET = route({ access: "user", query: feedbackStatesQuery }, async ({ user, query }) => ({
  items: await loadFeedbackStates(user.id, query.ids),
}));
