import { describe, expect, it } from "vitest";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import bank from "@/prisma/seed/content/questions/history";
import subject from "@/prisma/seed/content/subjects/history";

// History has no NUMERIC questions, so instead of recomputing answers this file checks the things that can
// go wrong when the bank is edited: MCQs with two identical options (two "right" answers), markschemes whose
// marks do not match the question, essays whose markbands are not the IB's cumulative 1-3 ... 13-15 bands,
// Paper 1 sources that are not labelled hypothetical, and HL-only papers offered at SL.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);

describe("history question bank", () => {
  it("has no NUMERIC questions (history has no calculations)", () => {
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
  });

  it("gives every MCQ four distinct options and a correct option that exists", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
    }
    expect(bad).toEqual([]);
  });

  it("makes every short written question's markscheme cover its marks without a 0-mark point", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN" && q.marks < 15)
      .filter((q) => sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks === 0) || q.marks > 4)
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every essay out of 15 against five 3-mark markbands, its key points as indicative content", () => {
    const essays = questions.filter((q) => q.type === "WRITTEN" && q.marks === 15);
    expect(essays.length).toBeGreaterThanOrEqual(20);
    for (const q of essays) {
      expect(q.paper === "P2" || q.paper === "P3", q.key).toBe(true);
      const bands = q.type === "WRITTEN" ? (q.markbands ?? []) : [];
      expect(
        bands.flatMap((c) => c.levels.map((l) => [l.min, l.max])),
        q.key,
      ).toEqual([
        [1, 3],
        [4, 6],
        [7, 9],
        [10, 12],
        [13, 15],
      ]);
      expect(q.markscheme.length, q.key).toBeGreaterThanOrEqual(3);
      expect(sumMarks(q), q.key).toBe(0);
      expect(q.workedSolution, q.key).toContain("Key points a strong answer makes");
    }
  });

  it("labels every Paper 1 source as hypothetical and asks source questions only on Paper 1", () => {
    const bad = questions
      .filter((q) => /\*\*Source [A-Z]\*\*/.test(q.stem))
      .filter((q) => q.paper !== "P1" || !/hypothetical/i.test(q.stem))
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("keeps Paper 3 HL only and the prescribed subjects on Paper 1", () => {
    const bad = questions
      .filter(
        (q) =>
          (q.paper === "P3" && q.levels.join() !== "HL") ||
          (q.topicCode.startsWith("PS") && q.paper !== "P1") ||
          (q.topicCode.startsWith("WH") && q.paper !== "P2"),
      )
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("has a question in every leaf topic at every level it is taught (HL option sections: HL-only Paper 3 questions)", () => {
    const missing: string[] = [];
    for (const topic of flattenTopics(subject.topics).filter((t) => !t.children?.length)) {
      const levels = topic.hlOnly ? (["HL"] as const) : (["SL", "HL"] as const);
      for (const level of levels) {
        const here = questions.filter((q) => q.topicCode === topic.code && q.levels.includes(level));
        if (here.length === 0 || (topic.hlOnly && here.some((q) => q.levels.join() !== "HL" || q.paper !== "P3"))) missing.push(`${topic.code} ${level}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses unique keys and spreads MCQ answers over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const keys = questions.map((q) => q.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const letters = questions.flatMap((q) => (q.type === "MCQ" ? [q.correctOptionId] : []));
    for (const letter of ["A", "B", "C", "D"]) {
      const share = letters.filter((l) => l === letter).length / letters.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("uses no bare dollar signs (money is written in words)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });
});
