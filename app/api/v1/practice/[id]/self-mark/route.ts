import { route } from "@/lib/api/route";
import { practiceSetPath, selfMarkInput } from "@/lib/practice/practice-input";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";

// Scoped to the set in the URL: an attempt of another set (or user) is not found here.
export const POST = route({ access: "user", body: selfMarkInput, params: practiceSetPath }, ({ user, params, body }) =>
  completeSelfMarking(user.id, body.attemptId, { labels: body.labels, bands: body.bands }, { practiceSessionId: params.id }),
);
