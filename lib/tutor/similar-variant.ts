import type { UIMessageChunk } from "ai";
import { familyGenerator, freshVariantSeed, generateVariant, type GeneratedFamily } from "@/lib/questions/generated-variant";

export type SimilarVariant = {
  /** The answer as stored in the thread: the variant's question and a link to answer it. */
  text: string;
  /** Sent before the text: where the panel links to answer the variant. */
  chunk: UIMessageChunk;
};

/**
 * "Give me a similar question" for a generated question: a fresh variant from its generator, which comes
 * with its own markscheme and is marked like any question (the model's made-up question could not be).
 * Null when the question has no working generator: the model is asked instead.
 */
export function similarVariantReply(family: GeneratedFamily & { id: string }): SimilarVariant | null {
  const generated = familyGenerator(family);
  if (!generated) return null;
  const seed = freshVariantSeed(generated.seed);
  let variant;
  try {
    variant = generateVariant(family, seed);
  } catch {
    // A generator that cannot make this seed: the model writes one instead of the student seeing an error.
    return null;
  }
  const href = `/practice/variants/${family.id}?seed=${seed}`;
  const options = variant.type === "MCQ" ? `\n\n${variant.options.map((o) => `${o.id}. ${o.text}`).join("\n")}` : "";
  const text = `Here is a similar question to try (${variant.marks} ${variant.marks === 1 ? "mark" : "marks"}):\n\n${variant.stem}${options}\n\n[Answer it here](${href}): it is marked like any other question.`;
  return { text, chunk: { type: "data-variant", data: { familyId: family.id, seed, href } } };
}
