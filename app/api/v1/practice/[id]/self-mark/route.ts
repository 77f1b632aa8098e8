import { route } from "@/lib/api/route";
import { selfMarkInput, parseSessionId } from "@/lib/practice/practice-input";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";

// Scoped to the set in the URL: an attempt of another set (or user) is not found here.
export const POST = route({ access: "user", body: selfMarkInput }, ({ user, params, body }) =>
  completeSelfMarking(user.id, body.attemptId, body.labels, { practiceSessionId: parseSessionId(params.id) }));
