import { describe, expect, it } from "vitest";
import { MAX_SEED } from "@/lib/questions/generators/seeded-random";
import { questionGenerators } from "@/lib/questions/generators/registry";
import { familyGenerator, freshVariantSeed, generateVariant, reviewVariantSeed } from "@/lib/questions/generated-variant";
import { rejectionOf } from "@/lib/test-support/rejection";

const family = { type: "NUMERIC" as const, source: { kind: "generated", generator: "arithmetic-sequence", seed: 1 } };
const statusOf = (fn: () => unknown) => rejectionOf(Promise.resolve().then(fn));

describe("generateVariant", () => {
  it("is deterministic per seed and differs across seeds", () => {
    expect(generateVariant(family, 987_654)).toEqual(generateVariant(family, 987_654));
    const stems = new Set([11, 12, 13, 14, 15].map((seed) => generateVariant(family, seed).stem));
    expect(stems.size).toBeGreaterThan(1);
    expect(generateVariant(family, 42)).toMatchObject({ type: "NUMERIC", key: "gen-arithmetic-sequence-42", source: { seed: 42 } });
  });

  it("is a 404 for a question that is not generated, whose generator is gone, or whose type differs", async () => {
    for (const source of [{ kind: "original" }, { kind: "generated", generator: "no-such-generator", seed: 1 }, { kind: "generated" }, null]) {
      expect(await statusOf(() => generateVariant({ type: "NUMERIC", source }, 5))).toMatchObject({ status: 404 });
    }
    expect(await statusOf(() => generateVariant({ ...family, type: "WRITTEN" }, 5))).toMatchObject({ status: 404 });
    expect(familyGenerator({ ...family, type: "MCQ" })).toBeNull();
    expect(familyGenerator(family)).toMatchObject({ seed: 1, generator: { id: "arithmetic-sequence" } });
  });

  it("makes a valid question of the family's type for random 31-bit seeds of every generator", () => {
    for (const generator of questionGenerators) {
      const stored = generator.generate(1);
      for (let i = 0; i < 5; i++) {
        const seed = freshVariantSeed(1);
        expect(generateVariant({ type: stored.type, source: stored.source }, seed).type, `${generator.id} seed ${seed}`).toBe(stored.type);
      }
    }
  });
});

describe("variant seeds", () => {
  it("fresh seeds are in the generators' range and never the stored seed", () => {
    for (let i = 0; i < 200; i++) {
      const seed = freshVariantSeed(7);
      expect(seed).not.toBe(7);
      expect(seed >= 0 && seed <= MAX_SEED && Number.isInteger(seed)).toBe(true);
    }
  });

  it("a review's seed is fixed for a card until its next review, and never the stored seed", () => {
    const card = "0190a3b2-7c4e-7d2a-9f00-123456789abc";
    expect(reviewVariantSeed(card, 3, null)).toBe(reviewVariantSeed(card, 3, null));
    expect(reviewVariantSeed(card, 4, null)).not.toBe(reviewVariantSeed(card, 3, null));
    const seed = reviewVariantSeed(card, 3, null);
    expect(reviewVariantSeed(card, 3, seed)).not.toBe(seed);
  });
});
