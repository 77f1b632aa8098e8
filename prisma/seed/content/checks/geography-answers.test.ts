import { describe, expect, it } from "vitest";
import { questionInput, type Question } from "@/lib/questions/question-input";
import geography from "@/prisma/seed/content/questions/geography";

// Recomputes every NUMERIC geography answer from figures that must appear in its own stem, so a typo in
// the stem's data or in the stored answer both fail. Each entry lists the stem figures in the order the
// formula uses them.

type Recomputation = { figures: number[]; compute: (f: number[]) => number };
const recompute = (figures: number[], compute: (f: number[]) => number): Recomputation => ({ figures, compute });

const perThousand = ([events, population]: number[]) => (events! / population!) * 1000;
const percentChange = ([from, to]: number[]) => ((to! - from!) / from!) * 100;
const share = ([part, whole]: number[]) => (part! / whole!) * 100;
const ratePerYear = ([distance, startYear, endYear]: number[]) => distance! / (endYear! - startYear!);

const recomputations: Record<string, Recomputation> = {
  // Option A: discharge = width × mean depth × velocity; hydraulic radius = area ÷ wetted perimeter;
  // recurrence interval = (n + 1) ÷ m; freshwater per person = volume ÷ population.
  "a1-01": recompute([4.8, 0.35, 0.6], ([w, d, v]) => w! * d! * v!),
  "a1-02": recompute([9.0, 1.5], ([w, d]) => (w! * d!) / (w! + 2 * d!)),
  "a2-01": recompute([59, 6], ([n, m]) => (n! + 1) / m!),
  "a3-01": recompute([38, 25], ([km3, millions]) => (km3! * 1e9) / (millions! * 1e6)),
  "b2-01": recompute([54, 1990, 2020], ratePerYear),
  "b4-03": recompute([2400, 1560], percentChange),
  "c2-02": recompute([1450, 1965, 2015], ratePerYear),
  // Each whole unit of magnitude is a tenfold increase in amplitude.
  "d2-01": recompute([7.4, 5.4], ([x, y]) => 10 ** (x! - y!)),
  "d3-02": recompute([1680, 240000], ([deaths, population]) => (deaths! / population!) * 100000),
  "e2-02": recompute([320000, 472000], percentChange),
  "e3-01": recompute([340, 850], share),
  "e4-03": recompute([1200000, 30000], ([visitors, residents]) => visitors! / residents!),
  "f1-01": recompute([472, 16000], perThousand),
  "g1-01": recompute([6.3, 1.8], ([first, second]) => first! / second!),
  "g2-02": recompute([12.4, 21.7], percentChange),
  "g3-03": recompute([18.6, 15.2], ([urban, rural]) => urban! - rural!),
  // Unit 1: crude rates per 1,000, natural increase in %, rule of 70, dependency ratio, net migration rate.
  "u1-1-01": recompute([229500, 8500000], perThousand),
  "u1-1-02": recompute([59500, 8500000], perThousand),
  "u1-1-03": recompute([31, 9], ([cbr, cdr]) => (cbr! - cdr!) / 10),
  "u1-1-04": recompute([70, 2.5], ([rule, rate]) => rule! / rate!),
  "u1-2-01": recompute([3.6, 0.9, 6.0], ([young, old, working]) => ((young! + old!) / working!) * 100),
  "u1-2-02": recompute([31200, 18000, 2400000], ([inward, outward, population]) => ((inward! - outward!) / population!) * 1000),
  "u1-3-04": recompute([4.8, 16.0], ([old, working]) => (old! / working!) * 100),
  "u1-3-05": recompute([5.46, 4.2], ([males, females]) => (males! / females!) * 100),
  "u2-1-03": recompute([480, 396], percentChange),
  "u2-1-04": recompute([396, 60], ([megatonnes, millions]) => megatonnes! / millions!),
  "u2-2-03": recompute([96, 1993, 2023], ratePerYear),
  "u3-1-01": recompute([65, 250], share),
  "u3-2-03": recompute([5.2, 2.0], ([footprint, biocapacity]) => footprint! / biocapacity!),
};

const prefix = "geography-";
const numericQuestions = geography.questions
  .map((raw) => questionInput.parse(raw))
  .flatMap((q): Extract<Question, { type: "NUMERIC" }>[] => (q.type === "NUMERIC" ? [q] : []));

/** Every number written in a stem, with thousands separators ("8,500,000", "240 000") read as one number. */
function figuresIn(stem: string): number[] {
  const joined = stem.replace(/(\d)(?:,|\\,|\s)(?=\d{3}(?!\d))/g, "$1");
  return (joined.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

describe("geography numeric answers, recomputed from their stems", () => {
  it("recomputes every numeric question, and only those", () => {
    expect(numericQuestions.length).toBeGreaterThanOrEqual(20);
    expect(numericQuestions.map((q) => q.key.slice(prefix.length)).sort()).toEqual(Object.keys(recomputations).sort());
  });

  it.each(numericQuestions.map((q) => [q.key, q] as const))("%s: the stored answer matches the figures in the stem", (key, q) => {
    const r = recomputations[key.slice(prefix.length)]!;
    const inStem = figuresIn(q.stem);
    expect(
      r.figures.filter((f) => !inStem.includes(f)),
      "figures not printed in the stem",
    ).toEqual([]);
    const computed = r.compute(r.figures);
    const { value, tolerance, relativeTolerance } = q.numericAnswer;
    const allowed = Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value), 1e-9 * Math.abs(value));
    expect(Math.abs(computed - value), `computed ${computed}, stored ${value}`).toBeLessThanOrEqual(allowed);
  });

  it("states the answer's precision when the stem asks for significant figures", () => {
    for (const q of numericQuestions) {
      const asked = /to (\d) significant figures/.exec(q.stem)?.[1];
      expect(q.numericAnswer.sigFigs, q.key).toBe(asked ? Number(asked) : undefined);
    }
  });

  it("reads figures with thousands separators and decimals from a stem", () => {
    expect(figuresIn("a population of 8,500,000 and 2.0 hectares")).toEqual([8500000, 2.0]);
    expect(figuresIn(String.raw`$240\,000$ people`)).toEqual([240000]);
    expect(figuresIn("a population of 8,500,001")).not.toContain(8500000);
  });
});

describe("geography MCQ keys", () => {
  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = geography.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "MCQ" ? [q] : []));
    expect(mcqs.length).toBeGreaterThanOrEqual(10);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });
});
