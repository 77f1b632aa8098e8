import { describe, expect, it } from "vitest";
import { questionInput } from "@/lib/questions/question-input";
import bank from "@/prisma/seed/content/questions/environmental-systems-and-societies";
import { appearsIn, type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the ESS bank is recomputed here from the figures in its stem, with the ESS
// formulae written out independently of the stored answer (Lincoln index, Simpson's reciprocal index,
// NPP = GPP − R, transfer efficiency, residence time, percentage change, doubling time, MSY, carbon budgets).
// Each check lists the figures it uses, and the test confirms that every one of them appears in the stem,
// so a stem edited without its answer (or the other way round) fails.

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const percentChange = (before: number, after: number) => ((after - before) / before) * 100;
/** Lincoln index: N = M × C / R. */
const lincoln = (marked: number, caught: number, recaptured: number) => (marked * caught) / recaptured;
/** Simpson's reciprocal index as used in ESS: D = N(N − 1) / Σ n(n − 1). */
const simpson = (counts: number[]) => {
  const n = sum(counts);
  return (n * (n - 1)) / sum(counts.map((c) => c * (c - 1)));
};

const checks: Record<string, Check> = {
  "1-2-04": check([46, 9, 38, 12], ([river, rain, outlet, evap]) => river! + rain! - (outlet! + evap!)),
  "1-3-01": check([5, 4.2, 1.6], ([people, footprint, biocapacity]) => people! * (footprint! - biocapacity!)),
  "2-1-01": check([48, 60, 16], ([m, c, r]) => lincoln(m!, c!, r!)),
  "2-2-01": check([24000, 15600], ([gpp, r]) => gpp! - r!),
  "2-2-02": check([8400, 630], ([lower, higher]) => (higher! / lower!) * 100),
  "2-2-06": check([2500, 1600, 720], ([eaten, faeces, resp]) => eaten! - faeces! - resp!),
  "2-3-02": check([560, 112], ([store, flux]) => store! / flux!),
  "2-5-03": check([35, 62], ([before, after]) => percentChange(before!, after!)),
  "3-1-01": check([12, 8, 5, 3, 2], simpson),
  "3-3-02": check([4, 0.5], ([side, edge]) => ((side! - 2 * edge!) ** 2 / side! ** 2) * 100),
  "4-1-02": check([850, 510], ([precip, et]) => (et! / precip!) * 100),
  "4-2-01": check([42, 1000000000, 28], ([km3, m3PerKm3, millions]) => (km3! * m3PerKm3!) / (millions! * 1e6)),
  "4-3-01": check([50000, 0.4], ([k, r]) => (r! * k!) / 4),
  "4-4-01": check([9.2, 3.8], ([start, after]) => start! - after!),
  "5-1-01": check([25, 22.6], ([dry, ignited]) => ((dry! - ignited!) / dry!) * 100),
  "5-2-02": check([7.5, 8], ([grain, ratio]) => grain! / ratio!),
  "6-1-03": check([340, 102], ([incoming, reflected]) => (reflected! / incoming!) * 100),
  "6-2-01": check([315, 420], ([before, after]) => percentChange(before!, after!)),
  "6-3-01": check([250, 40], ([budget, rate]) => budget! / rate!),
  // Linear decline to zero: cumulative emissions are the area of a triangle, ½ × rate × t = budget.
  "6-3-02": check([250, 40], ([budget, rate]) => (2 * budget!) / rate!),
  "7-2-01": check([2500, 950], ([input, output]) => (output! / input!) * 100),
  "7-3-01": check([420, 105, 63], ([total, recycled, composted]) => ((recycled! + composted!) / total!) * 100),
  "8-1-01": check([32, 9], ([cbr, cdr]) => (cbr! - cdr!) / 10),
  "8-1-02": check([70, 2.8], ([rule, rate]) => rule! / rate!),
  "8-3-03": check([38, 29], ([before, after]) => percentChange(before!, after!)),
  "hl-b-01": check([1.8, 45], ([megatonnes, price]) => megatonnes! * price!),
};

const questions = bank.questions.map((raw) => questionInput.parse(raw));
const numeric = numericQuestionsOf(bank);

describe("ESS numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "environmental-systems-and-societies-", atLeast: 20 });

  it("sets sigFigs wherever a stem asks for a number of significant figures", () => {
    const words: Record<string, number> = { "2": 2, "3": 3, "4": 4, two: 2, three: 3, four: 4 };
    const wrong = numeric.flatMap((q) => {
      const asked = /to (\w+) significant figures/.exec(q.stem)?.[1];
      const expected = asked ? words[asked] : undefined;
      return expected === q.numericAnswer.sigFigs ? [] : [`${q.key}: stem asks ${asked ?? "none"}, sigFigs ${q.numericAnswer.sigFigs ?? "none"}`];
    });
    expect(wrong).toEqual([]);
  });

  it("gives every question enough marking points and every MCQ distinct options", () => {
    const problems: string[] = [];
    for (const q of questions) {
      const available = q.markscheme.reduce((s, p) => s + p.marks, 0);
      if (available < q.marks) problems.push(`${q.key}: points ${available} < marks ${q.marks}`);
      if (q.type === "MCQ") {
        const texts = q.options.map((o) => o.text.trim().toLowerCase());
        if (new Set(texts).size !== texts.length) problems.push(`${q.key}: repeated option text`);
        if (!q.markscheme[0]!.text.startsWith(`${q.correctOptionId}:`)) problems.push(`${q.key}: markscheme does not name the correct option`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("recomputes the ESS formulae on textbook-style cases", () => {
    expect(lincoln(10, 10, 10)).toBe(10);
    expect(simpson([1, 1, 1, 1])).toBe(Number.POSITIVE_INFINITY);
    expect(simpson([10, 10])).toBeCloseTo((20 * 19) / 180, 10);
    expect(appearsIn("a population of 5.0 million", 5)).toBe(true);
    expect(appearsIn("a budget of 250 Gt", 25)).toBe(false);
    expect(appearsIn("a value of 24,000 kJ", 24000)).toBe(true);
  });
});

describe("ESS MCQ keys", () => {
  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = bank.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "MCQ" ? [q] : []));
    expect(mcqs.length).toBeGreaterThanOrEqual(10);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });
});
