import { describe, expect, it } from "vitest";
import { questionInput } from "@/lib/questions/question-input";
import psychology from "@/prisma/seed/content/questions/psychology";

// Recomputes every NUMERIC psychology answer from the data printed in its stem (read back out of the stem,
// so a typo in the data or in the stored answer both fail) and compares it with the stored value.

const numericQuestions = new Map(
  psychology.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "NUMERIC" ? [[q.key, q] as const] : [])),
);

const question = (key: string) => {
  const q = numericQuestions.get(key);
  if (!q) throw new Error(`no numeric question ${key}`);
  return q;
};

/** The numbers in the first stem line that starts with `prefix` (a comma list or a Markdown table row). */
function numbersAfter(stem: string, prefix: string): number[] {
  const line = stem.split("\n").find((l) => l.trim().startsWith(prefix));
  if (!line) throw new Error(`no line starting "${prefix}"`);
  return (line.slice(line.indexOf(prefix) + prefix.length).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

/** The numbers on the stem's data line (a line that is only a comma-separated list of numbers). */
function dataLine(stem: string): number[] {
  const line = stem.split("\n").find((l) => /^-?\d+(\.\d+)?(, -?\d+(\.\d+)?)+$/.test(l.trim()));
  if (!line) throw new Error("no data line in the stem");
  return line.split(",").map(Number);
}

/** The number written just before `after` in the stem, e.g. numberBefore(stem, " students chose"). */
function numberBefore(stem: string, after: string): number {
  const match = stem.match(new RegExp(`(\\d+(?:\\.\\d+)?)${after.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  if (!match) throw new Error(`no number before "${after}"`);
  return Number(match[1]);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The middle value, or the mean of the two middle values; the sorted copy is summed from its middle slice. */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const lo = Math.floor((s.length - 1) / 2);
  return mean(s.slice(lo, s.length - lo));
};
const sampleSd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
/** Ranks from 1 (smallest); the data used here have no ties. */
const ranks = (xs: number[]) => xs.map((x) => [...xs].sort((a, b) => a - b).indexOf(x) + 1);
const spearman = (xs: number[], ys: number[]) => {
  const ry = ranks(ys);
  const sumD2 = ranks(xs).reduce((a, r, i) => a + (r - (ry[i] ?? Number.NaN)) ** 2, 0);
  const n = xs.length;
  return 1 - (6 * sumD2) / (n * (n * n - 1));
};

function expectStored(key: string, computed: number) {
  const { numericAnswer } = question(key);
  const allowed = Math.max(numericAnswer.tolerance ?? 0, (numericAnswer.relativeTolerance ?? 0) * Math.abs(numericAnswer.value), 1e-9);
  expect(Math.abs(computed - numericAnswer.value), `${key}: computed ${computed}, stored ${numericAnswer.value}`).toBeLessThanOrEqual(allowed);
}

describe("psychology numeric answers, recomputed from their stems", () => {
  it("covers every numeric question", () => {
    const checked = [
      "psychology-r1-02",
      "psychology-r1-03",
      "psychology-r1-04",
      "psychology-r2-02",
      "psychology-r3-02",
      "psychology-h2-02",
      "psychology-h4-01",
      "psychology-h4-02",
      "psychology-h4-03",
    ];
    expect([...numericQuestions.keys()].sort()).toEqual(checked.sort());
  });

  it("r1-02: mean of group A", () => {
    const groupA = dataLine(question("psychology-r1-02").stem);
    expect(groupA).toHaveLength(8);
    expectStored("psychology-r1-02", mean(groupA));
  });

  it("r1-03: median of group B", () => {
    const groupB = dataLine(question("psychology-r1-03").stem);
    expect(groupB).toHaveLength(8);
    expectStored("psychology-r1-03", median(groupB));
  });

  it("r1-04: range of group A", () => {
    const groupA = dataLine(question("psychology-r1-04").stem);
    expect(groupA).toHaveLength(8);
    expectStored("psychology-r1-04", Math.max(...groupA) - Math.min(...groupA));
  });

  it("r2-02: percentage who agreed", () => {
    const stem = question("psychology-r2-02").stem;
    expectStored("psychology-r2-02", (numberBefore(stem, " students chose") / numberBefore(stem, " students completed")) * 100);
  });

  it("r3-02: inter-observer percentage agreement", () => {
    const stem = question("psychology-r3-02").stem;
    expectStored("psychology-r3-02", (numberBefore(stem, " of them") / numberBefore(stem, " one-minute intervals")) * 100);
  });

  it("h2-02: percentage decrease from baseline", () => {
    const stem = question("psychology-h2-02").stem;
    const after = numberBefore(stem, " minutes on puzzles");
    const baseline = numberBefore(stem, " minutes for the same children");
    expectStored("psychology-h2-02", ((baseline - after) / baseline) * 100);
  });

  it("h4-01: sample standard deviation", () => {
    const ratings = dataLine(question("psychology-h4-01").stem);
    expect(ratings).toHaveLength(8);
    expectStored("psychology-h4-01", sampleSd(ratings));
  });

  it("h4-02: Spearman's rank correlation", () => {
    const stem = question("psychology-h4-02").stem;
    const sleep = numbersAfter(stem, "| Hours of sleep |");
    const errors = numbersAfter(stem, "| Errors missed |");
    expect(sleep).toHaveLength(6);
    expect(errors).toHaveLength(6);
    expectStored("psychology-h4-02", spearman(sleep, errors));
  });

  it("h4-03: Cohen's d", () => {
    const stem = question("psychology-h4-03").stem;
    const tested = numberBefore(stem, " on a final test");
    const reread = numberBefore(stem, ". The pooled");
    const sd = numberBefore(stem, ".\n");
    expectStored("psychology-h4-03", (tested - reread) / sd);
  });
});
