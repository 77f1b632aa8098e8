import { randomInt } from "node:crypto";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { questionGenerators } from "@/lib/questions/generators/registry";
import { MAX_SEED } from "@/lib/questions/generators/seeded-random";
import type { QuestionGenerator } from "@/lib/questions/generators/question-generator";
import { questionInput, questionSourceInput, type Question } from "@/lib/questions/question-input";

/** A seed as the generators accept it (pure-rand's 31-bit range); anything else names no variant. */
export const variantSeed = z
  .number({ error: `The seed is a whole number from 0 to ${MAX_SEED}.` })
  .int(`The seed is a whole number from 0 to ${MAX_SEED}.`)
  .min(0, `The seed is a whole number from 0 to ${MAX_SEED}.`)
  .max(MAX_SEED, `The seed is a whole number from 0 to ${MAX_SEED}.`);

/** What a stored question needs for its variants: the generator and seed it was made from, and its type. */
export type GeneratedFamily = { type: "MCQ" | "NUMERIC" | "WRITTEN"; source: unknown };

const noVariants = () => new NotFoundError("This question has no variants: only generated questions do.");

/**
 * The generator a stored question came from, when it still exists and still makes questions of the
 * stored type (a renamed or retyped generator would answer with another question's marking). Null otherwise.
 */
export function familyGenerator(question: GeneratedFamily): { generator: QuestionGenerator; seed: number } | null {
  const source = questionSourceInput.safeParse(question.source);
  if (!source.success || source.data.kind !== "generated" || !source.data.generator || source.data.seed === undefined) return null;
  const generator = questionGenerators.find((g) => g.id === source.data.generator);
  if (!generator) return null;
  return generator.generate(source.data.seed).type === question.type ? { generator, seed: source.data.seed } : null;
}

/**
 * The variant of a generated question for `seed`: the generator's own question, validated as any stored
 * question is (so its answer, markscheme and solution are what it is marked and explained by). 404 when
 * the question is not generated, its generator is gone, or the variant's type differs from the family's.
 */
export function generateVariant(question: GeneratedFamily, seed: number): Question {
  const family = familyGenerator(question);
  if (!family) throw noVariants();
  const parsed = questionInput.safeParse(family.generator.generate(seed));
  // A generator that makes an invalid question for some seed is a bug in it; the student can only try another.
  if (!parsed.success || parsed.data.type !== question.type) throw new NotFoundError("There is no such variant of this question. Try another.");
  return parsed.data;
}

/** A fresh seed for "Try another like this": random, and never the stored question's own (that one is in the bank). */
export function freshVariantSeed(storedSeed: number | null): number {
  for (;;) {
    const seed = randomInt(0, MAX_SEED + 1);
    if (seed !== storedSeed) return seed;
  }
}

/**
 * The variant a mistake card shows at a review: fixed for the card until it is reviewed again (a reload
 * shows the same one), then another. FNV-1a over the card id and its review count, folded to a seed.
 */
export function reviewVariantSeed(cardStateId: string, reps: number, storedSeed: number | null): number {
  let h = 0x811c9dc5;
  for (const ch of `${cardStateId}:${reps}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  const seed = (h >>> 0) & MAX_SEED;
  // The stored question is what the student got wrong; a review asks something new.
  return seed === storedSeed ? (seed + 1) & MAX_SEED : seed;
}
