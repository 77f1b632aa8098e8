import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/theatre";
import cards from "@/prisma/seed/content/flashcards/theatre";
import subject from "@/prisma/seed/content/subjects/theatre";

// Theatre has no calculations and no written exam, so instead of recomputing answers this file checks what can
// go wrong when the bank is edited: MCQs with duplicate options or a missing key (or every key on the same
// letter), short markschemes whose one-mark points do not add up to the question's marks, planning tasks whose
// practice criteria do not add up or are not flagged as unofficial, scenes and stimuli that are not labelled as
// written for this bank, leaf topics with nothing to practise, HL-only material offered at SL, and assessment
// facts (weights, limits) that disagree between the flashcards and the question bank.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((f) => flashcardInput.parse(f));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const at = (level: "SL" | "HL") => questions.filter((q) => q.levels.includes(level));

/** Headings of the original scenes, stage descriptions and starting points (sceneBlock titles). */
const BLOCK_HEADING = /\*\*(Scene|Stage description|Starting point) [A-Z]: /g;

describe("Theatre question bank", () => {
  it("has no NUMERIC questions and more than the minimum number of questions and flashcards at each level", () => {
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
    expect(at("SL").length).toBeGreaterThanOrEqual(70);
    expect(at("HL").length).toBeGreaterThanOrEqual(95);
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(45);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(55);
  });

  it("mixes MCQs and written questions at each level (MCQs between 40% and 65%)", () => {
    for (const level of ["SL", "HL"] as const) {
      const share = at(level).filter((q) => q.type === "MCQ").length / at(level).length;
      expect(share, level).toBeGreaterThanOrEqual(0.4);
      expect(share, level).toBeLessThanOrEqual(0.65);
    }
  });

  it("uses every difficulty from 1 to 5, the one paper entry (P1) and no calculator", () => {
    expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    const papers = new Set(subject.courses.flatMap((c) => c.papers.map((p) => p.code)));
    expect(questions.filter((q) => !papers.has(q.paper) || q.calculator).map((q) => q.key)).toEqual([]);
  });

  it("gives every MCQ four distinct options, one existing key, one mark and an explanation naming that key", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.map((o) => o.id).join("") !== "ABCD") bad.push(`${q.key}: option ids not A-D`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      if (!q.workedSolution.startsWith(`**${q.correctOptionId}.**`)) bad.push(`${q.key}: worked solution does not give the key`);
      if (q.workedSolution.length < 60) bad.push(`${q.key}: explanation too short`);
    }
    expect(bad).toEqual([]);
  });

  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = questions.filter((q) => q.type === "MCQ");
    expect(mcqs.length).toBeGreaterThanOrEqual(40);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.type === "MCQ" && q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("marks short written questions 2-6 marks with one-mark points that add up exactly to the marks", () => {
    const short = questions.filter((q) => q.type === "WRITTEN" && q.marks <= 6);
    expect(short.length).toBeGreaterThanOrEqual(30);
    const bad = short.filter((q) => q.marks < 2 || sumMarks(q) !== q.marks || q.markscheme.some((p) => p.marks !== 1)).map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every longer written task as an 8-mark planning task on flagged practice criteria with a model answer", () => {
    const planning = questions.filter((q) => q.type === "WRITTEN" && q.marks > 6);
    expect(planning.length).toBeGreaterThanOrEqual(3);
    for (const q of planning) {
      expect(q.marks, q.key).toBe(8);
      expect(sumMarks(q), q.key).toBe(8);
      expect(
        q.markscheme.every((p, i) => p.id === `crit${String.fromCharCode(65 + i)}`),
        q.key,
      ).toBe(true);
      expect(q.stem, q.key).toContain("they are not the IB's assessment criteria");
      expect(q.workedSolution, q.key).toContain("Model answer");
    }
  });

  it("gives every question a worked solution and keywords on every marking point", () => {
    const bad = questions.filter((q) => q.workedSolution.trim().length < 40 || q.markscheme.some((p) => p.keywords.length === 0)).map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("labels every scene, stage description and starting point as original, once per block", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(BLOCK_HEADING) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} blocks, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(25);
  });

  it("uses no dollar signs (no maths in this subject; a stray $ would start KaTeX)", () => {
    const texts = (q: Question) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text), ...(q.type === "MCQ" ? q.options.map((o) => o.text) : [])];
    expect(questions.filter((q) => texts(q).some((t) => t.includes("$"))).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => `${f.front}${f.back}`.includes("$")).map((f) => f.key)).toEqual([]);
  });

  it("puts a question in every leaf topic at each level, and only HL questions and cards in HL-only topics", () => {
    const topics = flattenTopics(subject.topics);
    const leaves = topics.filter((t) => !t.children?.length);
    for (const level of ["SL", "HL"] as const) {
      for (const leaf of leaves.filter((t) => level === "HL" || !t.hlOnly)) {
        expect(at(level).filter((q) => q.topicCode === leaf.code).length, `${level} ${leaf.code}`).toBeGreaterThanOrEqual(level === "SL" ? 5 : 7);
      }
    }
    const hlOnly = new Set(topics.filter((t) => t.hlOnly).map((t) => t.code));
    expect(questions.filter((q) => hlOnly.has(q.topicCode) && q.levels.includes("SL")).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => hlOnly.has(f.topicCode) && f.levels.includes("SL")).map((f) => f.key)).toEqual([]);
    // Everything is filed under a leaf topic.
    const leafCodes = new Set(leaves.map((t) => t.code));
    expect([...questions, ...flashcards].filter((x) => !leafCodes.has(x.topicCode)).map((x) => x.key)).toEqual([]);
  });

  it("uses unique keys with the subject prefixes", () => {
    const qKeys = questions.map((q) => q.key);
    const fKeys = flashcards.map((f) => f.key);
    expect(new Set([...qKeys, ...fKeys]).size).toBe(qKeys.length + fKeys.length);
    expect(qKeys.filter((k) => !k.startsWith("theatre-") || k.startsWith("theatre-fc-"))).toEqual([]);
    expect(fKeys.filter((k) => !k.startsWith("theatre-fc-"))).toEqual([]);
  });

  it("states the same assessment facts (weights and limits) in the flashcards and the question bank", () => {
    const card = (key: string) => flashcards.find((f) => f.key === `theatre-fc-${key}`)?.back ?? "";
    const all = questions.map((q) => `${q.stem}\n${q.workedSolution}\n${q.type === "MCQ" ? q.options.map((o) => o.text).join("\n") : ""}`).join("\n");
    const facts: [string, string[]][] = [
      ["production-proposal", ["internally assessed", "30% SL, 20% HL", "12 pages", "4,000 words"]],
      ["research-presentation", ["externally assessed", "30% SL, 20% HL", "15 minutes maximum"]],
      ["collaborative-project", ["externally assessed", "40% SL, 25% HL", "7-10 minutes", "10 pages"]],
      ["solo-piece", ["HL only", "35%", "4-7 minutes", "2,500 words"]],
    ];
    for (const [key, phrases] of facts) for (const p of phrases) expect(card(key), `${key}: ${p}`).toContain(p);
    // The bank never gives a component the wrong weights or limits.
    for (const wrong of ["Internally assessed (marked by the teacher, moderated by the IB); 40%", "13-15 minutes", "3,000 words", "director's notebook"]) {
      expect(all.includes(wrong), wrong).toBe(false);
    }
    expect(all).toContain("30% at SL and 20% at HL");
    expect(all).toContain("4-7 minutes");
  });
});
