import { route } from "@/lib/api/route";
import { submitVariantInput, variantFamilyPath, variantQuery } from "@/lib/practice/variant-input";
import { submitVariantAnswer } from "@/lib/practice/submit-variant-answer";
import { getVariantView, pickVariantSeed } from "@/lib/practice/get-variant-view";

// A variant to answer: `?seed=` names one, without it a fresh one is picked. Nothing of its answer is sent.
export const GET = route({ access: "user", params: variantFamilyPath, query: variantQuery }, async ({ user, params, query }) => {
  const { seed, question } = await getVariantView(user.id, params.id, query.seed ?? (await pickVariantSeed(params.id)));
  return { seed, question };
});

// An answer to one variant of a generated question; each POST is another try, recorded as an attempt.
export const POST = route({ access: "user", body: submitVariantInput, params: variantFamilyPath }, ({ user, params, body }) =>
  submitVariantAnswer(user.id, params.id, body.seed, body.answer, body.timeSpentMs),
);
