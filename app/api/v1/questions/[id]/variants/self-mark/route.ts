import { route } from "@/lib/api/route";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";
import { selfMarkInput } from "@/lib/practice/practice-input";
import { variantFamilyPath } from "@/lib/practice/variant-input";

// Scoped to variants of the question in the URL: any other attempt (or another user's) is not found here.
export const POST = route({ access: "user", body: selfMarkInput, params: variantFamilyPath }, ({ user, params, body }) =>
  completeSelfMarking(user.id, body.attemptId, { labels: body.labels, bands: body.bands }, { variantOf: params.id }),
);
