import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { generateVariant } from "@/lib/questions/generated-variant";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { NumericAnswer } from "@/lib/questions/question-input";
import { submitVariantAnswer } from "@/lib/practice/submit-variant-answer";
import { getVariantView, pickVariantSeed } from "@/lib/practice/get-variant-view";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

type Family = { id: string; topicId: string; type: "MCQ" | "NUMERIC" | "WRITTEN"; source: unknown; numericAnswer: unknown };

/** A published generated NUMERIC question of math-aa-sl, and a seed whose answer differs from the stored one. */
async function generatedFamily(): Promise<{ family: Family; seed: number; answer: string }> {
  const family = await db.$primary().question.findFirstOrThrow({
    where: { course: { slug: "math-aa-sl" }, status: "PUBLISHED", type: "NUMERIC", source: { path: ["kind"], equals: "generated" } },
    orderBy: { key: "asc" },
    select: { id: true, topicId: true, type: true, source: true, numericAnswer: true },
  });
  const stored = (family.numericAnswer as NumericAnswer).value;
  for (let seed = 1000; ; seed++) {
    const variant = generateVariant(family, seed);
    if (variant.type === "NUMERIC" && variant.numericAnswer.value !== stored) return { family, seed, answer: expectedAnswerText(variant.numericAnswer) };
  }
}

describe("submitVariantAnswer and getVariantView", () => {
  let userId: string;
  let family: Family;
  let seed: number;
  let variantAnswer: string;

  beforeAll(async () => {
    userId = (await createTestUser({ courses: ["math-aa-sl"] })).id;
    ({ family, seed, answer: variantAnswer } = await generatedFamily());
  });
  afterAll(() => deleteTestUsers([userId]));

  it("shows the variant, not the stored question, and nothing of its answer before answering", async () => {
    const view = await getVariantView(userId, family.id, seed);
    expect(view).toMatchObject({
      familyId: family.id,
      seed,
      answered: null,
      question: { id: family.id, type: "NUMERIC", stem: generateVariant(family, seed).stem },
    });
    const shown = JSON.stringify(view.question);
    for (const secret of ["workedSolution", "markingPoints", "numericAnswer"]) expect(shown).not.toContain(secret);
  });

  it("marks by the variant's own answer and records an attempt of the family with the seed, counted in topic progress", async () => {
    const before = await db.$primary().topicProgress.findUnique({ where: { userId_topicId: { userId, topicId: family.topicId } } });
    const right = await submitVariantAnswer(userId, family.id, seed, { type: "NUMERIC", value: variantAnswer }, 5_000);
    expect(right.result).toMatchObject({ status: "MARKED", markedBy: "AUTO" });
    expect(right.result.marksAwarded).toBe(right.result.maxMarks);
    expect(right.view.numericAnswer?.text).toBe(variantAnswer);
    expect(right.view.workedSolution).toBe(generateVariant(family, seed).workedSolution);

    const attempt = await db.$primary().attempt.findUniqueOrThrow({ where: { id: right.attemptId } });
    expect(attempt).toMatchObject({ userId, questionId: family.id, variantSeed: seed, practiceSessionId: null, marksAwarded: right.result.maxMarks });
    const after = await db.$primary().topicProgress.findUniqueOrThrow({ where: { userId_topicId: { userId, topicId: family.topicId } } });
    expect(after.attempts).toBe((before?.attempts ?? 0) + 1);
    expect(after.fullyCorrect).toBe((before?.fullyCorrect ?? 0) + 1);

    // The page, reloaded with the attempt, shows that result against that variant.
    const view = await getVariantView(userId, family.id, seed, right.attemptId);
    expect(view.answered).toMatchObject({ attemptId: right.attemptId, marksAwarded: right.result.maxMarks, numericAnswer: { text: variantAnswer } });
    // Another seed does not claim this attempt.
    expect((await getVariantView(userId, family.id, seed + 1, right.attemptId)).answered).toBeNull();
  });

  it("marks the family's stored answer wrong for a variant, and queues the family's question as a mistake", async () => {
    const storedAnswer = expectedAnswerText(family.numericAnswer as NumericAnswer);
    const wrong = await submitVariantAnswer(userId, family.id, seed, { type: "NUMERIC", value: storedAnswer }, 5_000);
    expect(wrong.result.marksAwarded).toBeLessThan(wrong.result.maxMarks);
    const card = await db.$primary().cardState.findFirst({ where: { userId, questionId: family.id } });
    expect(card).not.toBeNull();
  });

  it("is a 404 for a question that is not generated or not published, and a 400 for an answer of the wrong type", async () => {
    const original = (await publishedQuestions("math-aa-sl", { type: "NUMERIC" })).find((q) => !q.key.startsWith("gen-"))!;
    expect(await rejectionOf(submitVariantAnswer(userId, original.id, seed, { type: "NUMERIC", value: "1" }, 0))).toMatchObject({ status: 404 });
    expect(await rejectionOf(getVariantView(userId, original.id, seed))).toMatchObject({ status: 404 });
    expect(await rejectionOf(pickVariantSeed(original.id))).toMatchObject({ status: 404 });
    expect(await rejectionOf(pickVariantSeed("00000000-0000-7000-8000-000000000000"))).toMatchObject({ status: 404 });
    expect(await rejectionOf(submitVariantAnswer(userId, family.id, seed, { type: "WRITTEN", text: "12" }, 0))).toMatchObject({ status: 400 });
  });

  it("offers variants in practice only for a generated question", async () => {
    const original = (await publishedQuestions("math-aa-sl", { type: "NUMERIC" })).find((q) => !q.key.startsWith("gen-"))!;
    const set = await createPracticeSession(userId, { mode: "questions", questionIds: [family.id, original.id] });
    expect((await getPracticeState(userId, set.id)).view).toMatchObject({ question: { id: family.id }, hasVariants: true });
    await submitVariantAnswer(userId, family.id, seed, { type: "NUMERIC", value: variantAnswer }, 0);
    // A variant answered outside the set leaves the set where it was.
    expect((await getPracticeState(userId, set.id)).view).toMatchObject({ index: 0, answered: null });
    expect((await getPracticeState(userId, set.id, 1)).view).toMatchObject({ index: 0 });
    const other = await createPracticeSession(userId, { mode: "questions", questionIds: [original.id] });
    expect((await getPracticeState(userId, other.id)).view).toMatchObject({ question: { id: original.id }, hasVariants: false });
  });

  it("picks a fresh seed, never the stored question's", async () => {
    const stored = (family.source as { seed: number }).seed;
    const seeds = await Promise.all([1, 2, 3].map(() => pickVariantSeed(family.id)));
    for (const s of seeds) expect(s).not.toBe(stored);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
