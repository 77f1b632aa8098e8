import { describe, expect, it } from "vitest";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import { questionInput, type Question } from "@/lib/questions/question-input";
import cards from "@/prisma/seed/content/flashcards/spanish-ab-initio";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import bank, { ORIGINAL_LABEL, WORD_RANGE } from "@/prisma/seed/content/questions/spanish-ab-initio";
import subject from "@/prisma/seed/content/subjects/spanish-ab-initio";

// Spanish ab initio has no calculations, so instead of recomputing answers this file checks what can go wrong
// when the bank is edited: MCQs with duplicate options, a missing key or an explanation naming another letter;
// correct letters bunched on one letter; short written markschemes that do not cover their marks; Paper 1 tasks
// not marked on the three ab initio criteria (6 + 6 + 3 = 15) or with a model answer outside 70-150 words;
// reading texts and transcripts that are not labelled original; markscheme quotations that are not in the text;
// true/false items without a quotation; Spanish with unpaired ¿? or ¡!; and anything offered at HL (the course is
// SL only).

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((raw) => flashcardInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const writingTasks = questions.filter((q) => q.paper === "P1" && q.type === "WRITTEN");
const receptive = questions.filter((q) => q.paper === "P2");
/** The text of a Paper 2 stem (everything before the rule that separates it from the question). */
const textOf = (q: Question) => q.stem.split("\n\n---\n\n")[0] ?? "";
/** The model answer of a Paper 1 task (after its heading, before the notes). */
const modelOf = (q: Question) => (q.workedSolution.split("\n\n---\n\n")[0] ?? "").split("\n\n").slice(1).join("\n\n");
const count = (text: string, ch: string) => text.split(ch).length - 1;

describe("spanish-ab-initio question bank", () => {
  it("has enough SL questions, a mix of types, and a question in every leaf topic", () => {
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.filter((q) => q.levels.join() !== "SL").map((q) => q.key)).toEqual([]);
    const mcqs = questions.filter((q) => q.type === "MCQ").length;
    expect(mcqs / questions.length).toBeGreaterThan(0.35);
    expect(mcqs / questions.length).toBeLessThan(0.7);
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
    const leaves = flattenTopics(subject.topics)
      .filter((t) => !t.children?.length)
      .map((t) => t.code);
    expect(leaves.length).toBe(20);
    expect(leaves.filter((code) => !questions.some((q) => q.topicCode === code))).toEqual([]);
    // Every leaf topic has at least two questions, and every difficulty from 1 to 5 is used.
    expect(leaves.filter((code) => questions.filter((q) => q.topicCode === code).length < 2)).toEqual([]);
    expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    // Both papers that exist, and no other.
    expect(new Set(questions.map((q) => q.paper))).toEqual(new Set(["P1", "P2"]));
  });

  it("gives every MCQ four distinct options, exactly one existing key, 1 mark and an explanation that names the key", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      if (!q.markscheme[0]?.text.startsWith(`${q.correctOptionId}: `)) bad.push(`${q.key}: explanation does not start with the key`);
      const keyText = q.options.find((o) => o.id === q.correctOptionId)?.text ?? "";
      if (!q.workedSolution.startsWith(`**${q.correctOptionId}. ${keyText}**`)) bad.push(`${q.key}: worked solution does not name the key and its text`);
    }
    expect(bad).toEqual([]);
  });

  it("spreads the correct letters over A-D", () => {
    const mcqs = questions.filter((q) => q.type === "MCQ");
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.type === "MCQ" && q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThan(0.15);
      expect(share, letter).toBeLessThan(0.35);
    }
  });

  it("makes every short written markscheme cover its marks, one mark per point", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN" && q.paper === "P2")
      .filter((q) => sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks !== 1) || q.marks < 2 || q.marks > 6)
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every Paper 1 task on the three ab initio criteria as chained bands (6 + 6 + 3 = 15)", () => {
    expect(writingTasks.length).toBeGreaterThanOrEqual(6);
    const expected = [
      ["A1", 2, []],
      ["A2", 2, ["A1"]],
      ["A3", 2, ["A2"]],
      ["B1", 2, []],
      ["B2", 2, ["B1"]],
      ["B3", 2, ["B2"]],
      ["C1", 1, []],
      ["C2", 1, ["C1"]],
      ["C3", 1, ["C2"]],
    ];
    for (const q of writingTasks) {
      expect(q.marks, q.key).toBe(15);
      expect(
        q.markscheme.map((p) => [p.id, p.marks, p.dependsOn]),
        q.key,
      ).toEqual(expected);
      expect(sumMarks(q), q.key).toBe(15);
      expect(q.stem, q.key).toMatch(/\*\*Tipo de texto:\*\* \S/);
      expect(q.stem, q.key).toContain(`Escribe ${WORD_RANGE}.`);
    }
    // The text types the brief asks for: email, blog, notice and diary all appear.
    for (const kind of ["correo electrónico", "entrada de blog", "aviso", "diario"]) {
      expect(
        writingTasks.some((q) => q.stem.includes(`**Tipo de texto:** ${kind}`)),
        kind,
      ).toBe(true);
    }
  });

  it("gives every Paper 1 task a model answer of 70-150 words with paired ¿? and ¡!", () => {
    const bad: string[] = [];
    for (const q of writingTasks) {
      const model = modelOf(q);
      const n = words(model);
      if (n < 70 || n > 150) bad.push(`${q.key}: model answer has ${n} words`);
      if (count(model, "¿") !== count(model, "?")) bad.push(`${q.key}: unpaired ¿?`);
      if (count(model, "¡") !== count(model, "!")) bad.push(`${q.key}: unpaired ¡!`);
    }
    expect(bad).toEqual([]);
  });

  it("labels every reading text and transcript as original, and pairs ¿? and ¡! in them", () => {
    expect(receptive.length).toBeGreaterThanOrEqual(35);
    expect(receptive.filter((q) => !textOf(q).includes(ORIGINAL_LABEL)).map((q) => q.key)).toEqual([]);
    // Both sections of Paper 2: reading and (transcribed) listening.
    expect(receptive.filter((q) => q.stem.startsWith("**Comprensión auditiva:")).length).toBeGreaterThanOrEqual(6);
    const unpaired = receptive.filter((q) => count(textOf(q), "¿") !== count(textOf(q), "?") || count(textOf(q), "¡") !== count(textOf(q), "!"));
    expect(unpaired.map((q) => q.key)).toEqual([]);
  });

  it("quotes in markschemes only what the text says, and justifies every true/false item with a quotation", () => {
    const misquoted: string[] = [];
    for (const q of receptive) {
      const text = textOf(q);
      for (const [, quote = ""] of q.markscheme
        .map((p) => p.text)
        .join(" ")
        .matchAll(/«([^»]+)»/g)) {
        if (!text.includes(quote)) misquoted.push(`${q.key}: «${quote}»`);
      }
    }
    expect(misquoted).toEqual([]);
    const trueFalse = receptive.filter((q) => q.stem.includes("**verdaderas (V)** o **falsas (F)**"));
    expect(trueFalse.length).toBeGreaterThanOrEqual(8);
    const unjustified = trueFalse.flatMap((q) => q.markscheme.filter((p) => !/^\([a-f]\) [VF]: «[^»]+»/.test(p.text)).map((p) => `${q.key} ${p.id}`));
    expect(unjustified).toEqual([]);
  });

  it("uses no dollar signs and prefixes every key with the subject", () => {
    expect(questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key)).toEqual([]);
    expect(questions.filter((q) => !q.key.startsWith("spanab-")).map((q) => q.key)).toEqual([]);
    expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
  });

  it("has enough SL flashcards, in every theme, with the subject prefix", () => {
    expect(flashcards.length).toBeGreaterThanOrEqual(35);
    expect(flashcards.filter((f) => f.levels.join() !== "SL").map((f) => f.key)).toEqual([]);
    expect(flashcards.filter((f) => !f.key.startsWith("spanab-fc-")).map((f) => f.key)).toEqual([]);
    expect(new Set(flashcards.map((f) => f.key)).size).toBe(flashcards.length);
    for (const theme of subject.topics) {
      expect(
        flashcards.some((f) => f.topicCode.startsWith(`${theme.code}.`)),
        theme.code,
      ).toBe(true);
    }
    expect(flashcards.filter((f) => [f.front, f.back].some((t) => t.includes("$"))).map((f) => f.key)).toEqual([]);
  });
});
