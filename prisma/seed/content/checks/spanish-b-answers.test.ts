import { describe, expect, it } from "vitest";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import { questionInput, type Question } from "@/lib/questions/question-input";
import cards from "@/prisma/seed/content/flashcards/spanish-b";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/spanish-b";
import subject from "@/prisma/seed/content/subjects/spanish-b";

// Spanish B has no calculations, so instead of recomputing answers this file checks what can go wrong when
// the bank is edited: MCQs with duplicate options or a missing key, markschemes that do not cover the marks,
// Paper 1 tasks whose markbands are not the three criteria (12 + 12 + 6) or whose word range and model answer
// do not match the level, reading texts that are not labelled original, markscheme quotations that are not
// in the text, and HL-only literature offered at SL.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((raw) => flashcardInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const isHlOnly = (levels: string[]) => levels.length === 1 && levels[0] === "HL";
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const writingTasks = questions.filter((q) => q.paper === "P1" && q.marks === 30);

describe("spanish-b question bank", () => {
  it("has enough questions at each level and covers every theme", () => {
    const sl = questions.filter((q) => q.levels.includes("SL"));
    const hl = questions.filter((q) => q.levels.includes("HL"));
    expect(sl.length).toBeGreaterThanOrEqual(60);
    expect(hl.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
    for (const t of subject.topics) {
      const covered = (qs: Question[]) => qs.some((q) => q.topicCode === t.code || q.topicCode.startsWith(`${t.code}.`));
      if (!t.hlOnly) expect(covered(sl), `SL topic ${t.code}`).toBe(true);
      expect(covered(hl), `HL topic ${t.code}`).toBe(true);
    }
    const perTopic = new Map<string, number>();
    for (const q of questions) perTopic.set(q.topicCode, (perTopic.get(q.topicCode) ?? 0) + 1);
    expect([...perTopic].filter(([, n]) => n < 2).map(([code]) => code)).toEqual([]);
  });

  it("gives every MCQ four distinct options, exactly one existing key, and 1 mark", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      // The explanation names the right letter first ("B: ..."), so a changed key without a changed explanation fails.
      if (!q.markscheme[0]?.text.startsWith(`${q.correctOptionId}:`)) bad.push(`${q.key}: explanation does not start with the key`);
      if (!q.workedSolution.startsWith(`**${q.correctOptionId}`)) bad.push(`${q.key}: worked solution does not start with the key`);
    }
    expect(bad).toEqual([]);
  });

  it("spreads the MCQ keys over all four letters, none keying more than a third of the MCQs", () => {
    const keys = questions.flatMap((q) => (q.type === "MCQ" ? [q.correctOptionId] : []));
    for (const letter of ["A", "B", "C", "D"]) {
      const share = keys.filter((k) => k === letter).length / keys.length;
      expect(share, letter).toBeGreaterThan(0.15);
      expect(share, letter).toBeLessThan(1 / 3);
    }
  });

  it("makes every short written markscheme cover its marks, one mark per point", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN" && q.paper === "P2")
      .filter((q) => sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks !== 1) || q.marks > 4)
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every Paper 1 task on the three criteria as chained markbands (12 + 12 + 6 = 30)", () => {
    expect(writingTasks.length).toBeGreaterThanOrEqual(10);
    const expected = [
      ["A1", 3, []],
      ["A2", 3, ["A1"]],
      ["A3", 3, ["A2"]],
      ["A4", 3, ["A3"]],
      ["B1", 3, []],
      ["B2", 3, ["B1"]],
      ["B3", 3, ["B2"]],
      ["B4", 3, ["B3"]],
      ["C1", 2, []],
      ["C2", 2, ["C1"]],
      ["C3", 2, ["C2"]],
    ];
    for (const q of writingTasks) {
      expect(
        q.markscheme.map((p) => [p.id, p.marks, p.dependsOn]),
        q.key,
      ).toEqual(expected);
      expect(sumMarks(q), q.key).toBe(30);
      expect(q.stem, q.key).toMatch(/\*\*Tipo de texto:\*\* \S/);
    }
  });

  it("states the right word range for the level and gives a model answer of that length", () => {
    const bad: string[] = [];
    for (const q of writingTasks) {
      const model = words(q.workedSolution.split("\n\n").slice(1).join("\n\n"));
      const hlOnly = isHlOnly(q.levels);
      if (!q.stem.includes("entre 450 y 600 palabras")) bad.push(`${q.key}: no HL range`);
      if (hlOnly === q.stem.includes("entre 250 y 400 palabras")) bad.push(`${q.key}: SL range does not match the levels`);
      const [min, max] = hlOnly ? [450, 600] : [250, 400];
      if (model < min || model > max) bad.push(`${q.key}: model answer has ${model} words, expected ${min}-${max}`);
    }
    expect(bad).toEqual([]);
  });

  it("labels every reading text as original and quotes in markschemes only what the text says", () => {
    const reading = questions.filter((q) => q.paper === "P2");
    expect(reading.length).toBeGreaterThanOrEqual(35);
    expect(reading.filter((q) => !q.stem.includes(ORIGINAL_LABEL)).map((q) => q.key)).toEqual([]);
    const misquoted: string[] = [];
    for (const q of reading) {
      const text = q.stem.split("\n\n---\n\n")[0] ?? "";
      for (const [, quote = ""] of q.markscheme
        .map((p) => p.text)
        .join(" ")
        .matchAll(/«([^»]+)»/g)) {
        if (quote.includes("…") || quote.includes("[")) continue; // elided or bracketed quotations
        if (!text.includes(quote)) misquoted.push(`${q.key}: «${quote}»`);
      }
    }
    expect(misquoted).toEqual([]);
  });

  it("keeps the literature topic HL only, generic, and quotes no published work", () => {
    const lit = questions.filter((q) => q.topicCode === "L");
    expect(lit.length).toBeGreaterThanOrEqual(6);
    expect(lit.filter((q) => !isHlOnly(q.levels)).map((q) => q.key)).toEqual([]);
    // Any quoted sentence in a literature stem must be one written for the exercise.
    expect(lit.filter((q) => q.stem.includes("«") && !q.stem.includes("escrita para este ejercicio")).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => f.topicCode === "L" && !isHlOnly(f.levels)).map((f) => f.key)).toEqual([]);
  });

  it("uses no bare dollar signs and prefixes every key with the subject", () => {
    expect(questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key)).toEqual([]);
    expect(questions.filter((q) => !q.key.startsWith("spanish-b-")).map((q) => q.key)).toEqual([]);
  });

  it("has enough flashcards at each level", () => {
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(40);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(55);
    expect(flashcards.filter((f) => !f.key.startsWith("spanish-b-fc-")).map((f) => f.key)).toEqual([]);
  });
});
