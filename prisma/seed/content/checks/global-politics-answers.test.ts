import { describe, expect, it } from "vitest";
import subject from "@/prisma/seed/content/subjects/global-politics";
import flashcardFile from "@/prisma/seed/content/flashcards/global-politics";
import { questionInput, type Question } from "@/lib/questions/question-input";
import bank from "@/prisma/seed/content/questions/global-politics";

// Global Politics has no NUMERIC questions, so instead of recomputing answers this file checks what can go
// wrong when the bank is edited: MCQs with repeated options or a missing key, markschemes that do not cover
// the question's marks, levels that are not chained, stimuli not labelled hypothetical, Paper 1 questions
// that do not follow the 3/4/8/10 pattern, and HL-only papers or topics offered at SL.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const hlTopics = new Set(subject.topics.filter((t) => t.hlOnly).flatMap((t) => [t.code, ...(t.children ?? []).map((c) => c.code)]));
const paperCodesFor = (level: "SL" | "HL") => new Set(subject.courses.find((c) => c.level === level)!.papers.map((p) => p.code));

describe("global politics question bank", () => {
  it("has unique keys and no NUMERIC questions (no calculations in the subject)", () => {
    const keys = questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
  });

  it("gives every MCQ four distinct options, exactly one matching key and one mark", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      if (!q.workedSolution.startsWith(`**${q.correctOptionId}.**`)) bad.push(`${q.key}: explanation names another option`);
    }
    expect(bad).toEqual([]);
  });

  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = questions.flatMap((q) => (q.type === "MCQ" ? [q] : []));
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("makes every written markscheme cover exactly the question's marks", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN")
      .filter((q) => {
        const banded = q.markscheme.every((p) => p.id.startsWith("band"));
        return banded ? sumMarks(q) !== q.marks : sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks === 0);
      })
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("chains every level-marked answer (each level needs the one below)", () => {
    for (const q of questions.filter((x) => x.markscheme[0]?.id === "band1")) {
      const step = q.markscheme[0]?.marks;
      q.markscheme.forEach((p, i) => {
        expect(p.id, q.key).toBe(`band${i + 1}`);
        expect(p.dependsOn, q.key).toEqual(i === 0 ? [] : [`band${i}`]);
        expect(p.marks, q.key).toBe(step);
      });
    }
  });

  it("uses the Paper 1 pattern 3/4/8/10 (25 marks) with matching command terms", () => {
    const terms: Record<number, string[]> = { 3: ["Identify"], 4: ["Explain"], 8: ["Compare and contrast"], 10: ["Evaluate", "To what extent", "Discuss"] };
    const p1 = questions.filter((q) => q.paper === "P1" && q.type === "WRITTEN");
    expect(p1.length).toBeGreaterThanOrEqual(16);
    const p1Total = subject.courses.flatMap((c) => c.papers).find((p) => p.code === "P1")?.totalMarks;
    expect(3 + 4 + 8 + 10).toBe(p1Total);
    for (const q of p1) expect(terms[q.marks]?.includes(q.commandTerm), `${q.key}: ${q.marks} marks, ${q.commandTerm}`).toBe(true);
  });

  it("marks every Paper 2 essay out of 15 with key points in the worked solution", () => {
    const essays = questions.filter((q) => q.paper === "P2" && q.type === "WRITTEN");
    expect(essays.length).toBeGreaterThanOrEqual(12);
    for (const q of essays) {
      expect(q.marks, q.key).toBe(15);
      expect(q.markscheme.length, q.key).toBe(5);
      expect(q.workedSolution, q.key).toContain("Key points a strong answer makes");
    }
  });

  it("labels every source and stimulus as hypothetical", () => {
    const bad = questions
      .filter((q) => /\*\*(Source [A-Z]|Stimulus)\*\*/.test(q.stem))
      .filter((q) => {
        const labels = q.stem.match(/\*\*(Source [A-Z]|Stimulus)\*\* \*\([^)]*\)\*/g) ?? [];
        const headings = q.stem.match(/\*\*(Source [A-Z]|Stimulus)\*\*/g) ?? [];
        return labels.length !== headings.length || labels.some((l) => !/hypothetical/i.test(l));
      })
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("keeps Paper 3 and the HL extension topics HL only, and uses only papers the level has", () => {
    const sl = paperCodesFor("SL");
    const hl = paperCodesFor("HL");
    const bad = questions
      .filter(
        (q) =>
          (q.paper === "P3" || hlTopics.has(q.topicCode)) !== (q.levels.join() === "HL") ||
          (q.levels.includes("SL") && !sl.has(q.paper)) ||
          (q.levels.includes("HL") && !hl.has(q.paper)) ||
          (hlTopics.has(q.topicCode) && q.paper !== "P3"),
      )
      .map((q) => q.key);
    expect(bad).toEqual([]);
    expect(sl.has("P3")).toBe(false);
  });

  it("meets the size and spread targets", () => {
    const sl = questions.filter((q) => q.levels.includes("SL"));
    const hl = questions.filter((q) => q.levels.includes("HL"));
    expect(sl.length).toBeGreaterThanOrEqual(60);
    expect(hl.length).toBeGreaterThanOrEqual(80);
    const leaves = subject.topics.flatMap((t) => (t.children?.length ? t.children.map((c) => c.code) : [t.code]));
    for (const code of leaves) expect(questions.filter((q) => q.topicCode === code).length, code).toBeGreaterThanOrEqual(2);
    const cards = flashcardFile.flashcards;
    expect(cards.filter((c) => c.levels.includes("SL")).length).toBeGreaterThanOrEqual(40);
    expect(cards.filter((c) => c.levels.includes("HL")).length).toBeGreaterThanOrEqual(55);
    expect(cards.filter((c) => hlTopics.has(c.topicCode) && c.levels.includes("SL")).map((c) => c.key)).toEqual([]);
  });

  it("uses no bare dollar signs (no LaTeX, money in words)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });
});
