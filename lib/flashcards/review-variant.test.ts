import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { MistakeContent } from "@/lib/flashcards/queue-item";
import { generateVariant, reviewVariantSeed } from "@/lib/questions/generated-variant";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";
import { getReviewQueue } from "./review-queue";
import { reviewCard } from "./review-card";

const HOUR = 3_600_000;

describe("a mistake card on a generated question", () => {
  let userId: string;
  let family: { id: string; type: "MCQ" | "NUMERIC" | "WRITTEN"; stem: string; source: unknown };
  let cardId: string;
  const start = new Date();

  const mistakeAt = async (now: Date) => {
    const queue = await getReviewQueue(userId, { now, limit: 5, newPerDay: 0 });
    const item = queue.due.find((i) => i.content.kind === "mistake");
    return item!.content as MistakeContent;
  };

  beforeAll(async () => {
    userId = (await createTestUser({ courses: ["math-aa-sl"] })).id;
    family = await db.$primary().question.findFirstOrThrow({
      where: { course: { slug: "math-aa-sl" }, status: "PUBLISHED", type: "NUMERIC", source: { path: ["kind"], equals: "generated" } },
      orderBy: { key: "asc" },
      select: { id: true, type: true, stem: true, source: true },
    });
    cardId = (await db.cardState.create({ data: { userId, questionId: family.id, due: start }, select: { id: true } })).id;
  });
  afterAll(() => deleteTestUsers([userId]));

  it("shows a variant with its own answer and solution, the same one on a reload", async () => {
    const storedSeed = (family.source as { seed: number }).seed;
    const seed = reviewVariantSeed(cardId, 0, storedSeed);
    const variant = generateVariant(family, seed);
    const shown = await mistakeAt(start);
    expect(shown).toMatchObject({ questionId: family.id, variantSeed: seed, stem: variant.stem, workedSolution: variant.workedSolution });
    expect(shown.stem).not.toBe(family.stem);
    expect(shown.numericAnswer).toEqual(variant.type === "NUMERIC" ? variant.numericAnswer : null);
    expect(shown.markingPoints.map((p) => p.label)).toEqual(variant.markscheme.map((p) => p.id));
    expect(await mistakeAt(start)).toEqual(shown);
  });

  it("shows a different variant at the next review", async () => {
    const before = await mistakeAt(start);
    await reviewCard(userId, { cardStateId: cardId }, 1, start);
    const after = await mistakeAt(new Date(start.getTime() + HOUR));
    expect(after.variantSeed).not.toBe(before.variantSeed);
    expect(after.stem).not.toBe(before.stem);
    expect(after.stem).toBe(generateVariant(family, after.variantSeed!).stem);
  });
});
