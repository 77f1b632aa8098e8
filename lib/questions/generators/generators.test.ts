import { describe, expect, it } from "vitest";
import type { TopicInput } from "@/lib/catalog/catalog-input";
import { questionInput } from "@/lib/questions/question-input";
import economics from "@/prisma/seed/content/subjects/economics";
import chemistry from "@/prisma/seed/content/subjects/chemistry";
import mathAa from "@/prisma/seed/content/subjects/math-aa";
import mathAi from "@/prisma/seed/content/subjects/math-ai";
import physics from "@/prisma/seed/content/subjects/physics";
import { checkGeneratedAnswer } from "./check-generated-answer";
import { applyRounding, roundDp, roundSig } from "./latex-format";
import type { GeneratedQuestion } from "./question-generator";
import { generateQuestions, getQuestionGenerator, questionGenerators } from "./registry";
import { SeededRandom } from "./seeded-random";

const SEEDS = 200;

function flatten(topics: TopicInput[], parentHl = false): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const t of topics) {
    const hl = parentHl || Boolean(t.hlOnly);
    out.set(t.code, hl);
    for (const [code, childHl] of flatten(t.children ?? [], hl)) out.set(code, childHl);
  }
  return out;
}
const topicsBySubject = {
  "math-aa": flatten(mathAa.topics),
  physics: flatten(physics.topics),
  economics: flatten(economics.topics),
  chemistry: flatten(chemistry.topics),
  "math-ai": flatten(mathAi.topics),
};

/** Every "$" that is not escaped opens or closes maths, so a well-formed text has an even number. */
const dollarsBalanced = (text: string) => (text.replace(/\\\$/g, "").match(/\$/g) ?? []).length % 2 === 0;

function texts(q: GeneratedQuestion): string[] {
  return [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)];
}

describe("question generators", () => {
  it("has unique ids and at least 8 generators per subject", () => {
    const ids = questionGenerators.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(questionGenerators.filter((g) => g.subject === "math-aa").length).toBeGreaterThanOrEqual(8);
    expect(questionGenerators.filter((g) => g.subject === "physics").length).toBeGreaterThanOrEqual(8);
    expect(questionGenerators.filter((g) => g.subject === "economics").length).toBeGreaterThanOrEqual(7);
    expect(questionGenerators.filter((g) => g.subject === "chemistry").length).toBeGreaterThanOrEqual(5);
    expect(questionGenerators.filter((g) => g.subject === "math-ai").length).toBeGreaterThanOrEqual(6);
  });

  describe.each(questionGenerators.map((g) => [g.id, g] as const))("%s", (id, generator) => {
    const questions = generateQuestions(id, SEEDS, 0);

    it("sits on a real syllabus topic at the right levels", () => {
      const topics = topicsBySubject[generator.subject];
      expect(topics.has(generator.topicCode)).toBe(true);
      if (topics.get(generator.topicCode)) expect(generator.levels).toEqual(["HL"]);
    });

    it(`produces ${SEEDS} questions that pass the QuestionInput schema`, () => {
      questions.forEach((q, seed) => {
        const parsed = questionInput.safeParse(q);
        expect(parsed.success, `seed ${seed}: ${parsed.error?.message}`).toBe(true);
        expect(q.key).toBe(`gen-${id}-${seed}`);
        expect(q.source).toEqual({ kind: "generated", generator: id, seed });
        expect(q.topicCode).toBe(generator.topicCode);
      });
    });

    it("stores answers that the independent checker confirms", () => {
      for (const q of questions) {
        const result = checkGeneratedAnswer(q);
        expect(result.ok, `${q.key}: ${result.message}`).toBe(true);
      }
    });

    it("rounds answers exactly as the stem says", () => {
      for (const q of questions) {
        if (q.type !== "NUMERIC" || !("expected" in q.check)) continue;
        const { value, sigFigs } = q.numericAnswer;
        const rounding = q.check.rounding;
        expect(value, q.key).toBe(applyRounding(q.check.expected, rounding));
        if (rounding.mode === "sigFigs") {
          expect(sigFigs, q.key).toBe(rounding.digits);
          expect(roundSig(value, rounding.digits), q.key).toBe(value);
          expect(q.stem, q.key).toContain(`${rounding.digits} significant figures`);
        } else {
          expect(sigFigs, q.key).toBeUndefined();
          expect(q.stem, q.key).not.toContain("significant figures");
          if (rounding.mode === "decimalPlaces") expect(roundDp(value, rounding.digits), q.key).toBe(value);
          else expect(value, q.key).toBe(q.check.expected);
        }
      }
    });

    it("is deterministic: the same seed gives the identical question", () => {
      for (const seed of [0, 1, 57, 199, 123_456_789]) expect(generator.generate(seed)).toEqual(generator.generate(seed));
    });

    it("varies with the seed", () => {
      const stems = new Set(questions.map((q) => q.stem));
      // Parameter spaces are finite, so an occasional repeat among 200 seeds is allowed, not a pattern.
      expect(stems.size).toBeGreaterThanOrEqual(SEEDS * 0.95);
      for (let s = 0; s < 20; s++) expect(questions[s]?.stem).not.toBe(questions[s + 1]?.stem);
    });

    it("writes well-formed text and markschemes", () => {
      for (const q of questions) {
        for (const text of texts(q)) {
          expect(text, q.key).not.toMatch(/undefined|NaN|Infinity|\[object/);
          expect(dollarsBalanced(text), `${q.key}: unbalanced $ in ${text}`).toBe(true);
        }
        for (const point of q.markscheme) {
          if (point.kind === "AG") continue;
          expect(point.keywords?.length ?? 0, `${q.key} ${point.id}`).toBeGreaterThanOrEqual(1);
          expect(point.keywords?.length ?? 0, `${q.key} ${point.id}`).toBeLessThanOrEqual(4);
        }
      }
    });

    it("has a checker that rejects a deliberately wrong answer", () => {
      for (const q of questions.slice(0, 25)) {
        if (q.type === "NUMERIC" && "expected" in q.check) {
          const v = q.numericAnswer.value;
          const wrongStored = { ...q, numericAnswer: { ...q.numericAnswer, value: v + Math.max(1, Math.abs(v) * 0.02) } };
          expect(checkGeneratedAnswer(wrongStored).ok, q.key).toBe(false);
          const wrongExpected = { ...q, check: { ...q.check, expected: q.check.expected * 1.02 + 1 } } as GeneratedQuestion;
          expect(checkGeneratedAnswer(wrongExpected).ok, q.key).toBe(false);
        } else if (q.check.kind === "derivative-expression") {
          const [first, ...rest] = q.check.expectedTerms;
          const wrong = { ...q, check: { ...q.check, expectedTerms: [{ ...first!, coefficient: first!.coefficient + 1 }, ...rest] } };
          expect(checkGeneratedAnswer(wrong).ok, q.key).toBe(false);
        } else throw new Error(`${q.key}: no wrong-answer test for ${q.check.kind}`);
      }
    });
  });
});

describe("registry", () => {
  it("generates consecutive seeds from startSeed", () => {
    const qs = generateQuestions("geometric-series", 3, 40);
    expect(qs.map((q) => q.key)).toEqual(["gen-geometric-series-40", "gen-geometric-series-41", "gen-geometric-series-42"]);
    expect(qs[1]).toEqual(getQuestionGenerator("geometric-series").generate(41));
  });

  it("rejects unknown generators and bad counts or seeds", () => {
    expect(() => generateQuestions("no-such-generator", 1)).toThrow(/unknown/);
    expect(() => generateQuestions("ideal-gas", -1)).toThrow(RangeError);
    expect(() => getQuestionGenerator("ideal-gas").generate(-1)).toThrow(RangeError);
    expect(() => getQuestionGenerator("ideal-gas").generate(1.5)).toThrow(RangeError);
  });
});

describe("SeededRandom", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = new SeededRandom(7);
    const b = new SeededRandom(7);
    const xs = Array.from({ length: 500 }, () => a.int(-3, 4));
    expect(Array.from({ length: 500 }, () => b.int(-3, 4))).toEqual(xs);
    expect(new Set(xs)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3, 4]));
    expect(Array.from({ length: 200 }, () => new SeededRandom(9).nonZeroInt(-1, 1)).includes(0)).toBe(false);
    expect(new SeededRandom(3).decimal(0.1, 0.3, 0.1)).toSatisfy((x: number) => [0.1, 0.2, 0.3].includes(x));
  });

  it("spreads neighbouring seeds apart", () => {
    const firsts = Array.from({ length: 100 }, (_, s) => new SeededRandom(s).int(0, 999));
    expect(new Set(firsts).size).toBeGreaterThan(90);
  });
});
