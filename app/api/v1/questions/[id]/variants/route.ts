import { route } from "@/lib/api/route";
import { submitVariantInput, variantFamilyPath } from "@/lib/practice/variant-input";
import { submitVariantAnswer } from "@/lib/practice/submit-variant-answer";

// An answer to one variant of a generated question; each POST is another try, recorded as an attempt.
export const POST = route({ access: "user", body: submitVariantInput, params: variantFamilyPath }, ({ user, params, body }) =>
  submitVariantAnswer(user.id, params.id, body.seed, body.answer, body.timeSpentMs),
);
