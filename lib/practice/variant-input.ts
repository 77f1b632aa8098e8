import { z } from "zod";
import { uuidSegment } from "@/lib/http/path-params";
import { answerInput } from "@/lib/practice/practice-input";
import { variantSeed } from "@/lib/questions/generated-variant";

/** The family's stored question in the URL: an id that is not a UUID names no question. */
export const variantFamilyPath = z.object({ id: uuidSegment("question") });

/** An answer to the variant `seed` of the question in the path. */
export const submitVariantInput = z.object({
  seed: variantSeed,
  answer: answerInput,
  timeSpentMs: z.number().int().min(0).max(86_400_000).default(0),
});

/** `?seed=` as digits only: Number("") is 0, and an empty seed must mean "pick one", not seed 0. */
const seedParam = z
  .string()
  .regex(/^\d{1,10}$/, "The seed is a whole number.")
  .transform(Number)
  .pipe(variantSeed);

/** The page's `?seed=` and `?attempt=`: anything malformed is treated as absent (a fresh seed, no result). */
export const variantPageQuery = z.object({
  seed: seedParam.optional().catch(undefined),
  attempt: z.uuid().optional().catch(undefined),
});

/** The API's `?seed=`: absent picks a fresh variant; malformed is a 400 that says so. */
export const variantQuery = z.object({ seed: seedParam.optional() });
