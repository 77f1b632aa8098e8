import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/visual-arts";
import cards from "@/prisma/seed/content/flashcards/visual-arts";
import subject from "@/prisma/seed/content/subjects/visual-arts";

// Visual Arts has no written exam and no calculations, so instead of recomputing answers this file checks what
// can go wrong when the bank is edited: MCQs with duplicate options or a missing key (or every key on the same
// letter), short markschemes that do not cover their marks, extended responses whose practice criteria do not
// add up (A-D at 3 each = 12), imagined artworks that are not labelled as written for this bank, items on the
// HL-only artist project offered at SL, a leaf topic left without questions, and keys outside the subject's
// prefixes.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((f) => flashcardInput.parse(f));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const topics = flattenTopics(subject.topics);
const leaves = topics.filter((t) => !t.children?.length);
const atLevel = (level: "SL" | "HL") => questions.filter((q) => q.levels.includes(level));

describe("Visual Arts question bank", () => {
  it("has no NUMERIC questions and enough questions and flashcards at each level", () => {
    expect(questions.filter((q) => q.type === "NUMERIC")).toEqual([]);
    expect(atLevel("SL").length).toBeGreaterThanOrEqual(60);
    expect(atLevel("HL").length).toBeGreaterThanOrEqual(85);
    expect(atLevel("HL").length - atLevel("SL").length).toBeGreaterThanOrEqual(20);
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(40);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(50);
  });

  it("mixes MCQs and written questions at both levels, and uses every difficulty 1-5", () => {
    for (const level of ["SL", "HL"] as const) {
      const qs = atLevel(level);
      const mcqShare = qs.filter((q) => q.type === "MCQ").length / qs.length;
      expect(mcqShare, level).toBeGreaterThanOrEqual(0.4);
      expect(mcqShare, level).toBeLessThanOrEqual(0.65);
    }
    expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it("files every question under the subject's only paper entry (the coursework, no timed exam)", () => {
    const codes = new Set(subject.courses.flatMap((c) => c.papers.map((p) => p.code)));
    expect([...codes]).toEqual(["P1"]);
    expect(questions.filter((q) => q.paper !== "P1" || q.calculator).map((q) => q.key)).toEqual([]);
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

  it("marks short written questions 2-6 marks with one mark per point, covering the question's marks", () => {
    const short = questions.filter((q) => q.type === "WRITTEN" && q.marks !== 12);
    expect(short.length).toBeGreaterThanOrEqual(30);
    const bad = short
      .filter((q) => q.marks < 2 || q.marks > 6 || sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks !== 1 || p.keywords.length === 0))
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every extended response out of 12 on practice criteria A-D (3 each), with key points and a model answer", () => {
    const extended = questions.filter((q) => q.type === "WRITTEN" && q.marks === 12);
    expect(extended.length).toBeGreaterThanOrEqual(3);
    expect(
      extended.some((q) => q.levels.includes("SL")),
      "an SL extended response",
    ).toBe(true);
    for (const q of extended) {
      expect(
        q.markscheme.map((p) => [p.id, p.marks]),
        q.key,
      ).toEqual([
        ["critA", 3],
        ["critB", 3],
        ["critC", 3],
        ["critD", 3],
      ]);
      expect(q.workedSolution, q.key).toContain("Key points a strong answer makes");
      expect(q.workedSolution, q.key).toContain("Model answer");
    }
  });

  it("labels every imagined artwork and piece of student writing as original, once per block", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(/\*\*(Artwork|Extract) [A-Z]: /g) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} blocks, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(15);
    // Analysis prompts on imagined artworks at SL as well as HL.
    expect(atLevel("SL").filter((q) => q.stem.includes("**Artwork ")).length).toBeGreaterThanOrEqual(10);
  });

  it("uses no dollar signs (no maths in this subject, and KaTeX would misread them)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });

  it("prefixes and keeps unique every key", () => {
    const keys = [...questions.map((q) => q.key), ...flashcards.map((f) => f.key)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(questions.filter((q) => !q.key.startsWith("visarts-") || q.key.startsWith("visarts-fc-")).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => !f.key.startsWith("visarts-fc-")).map((f) => f.key)).toEqual([]);
  });

  it("puts at least three questions in every leaf topic, SL questions in every SL topic, and HL-only items in HL-only topics", () => {
    for (const leaf of leaves) {
      const inLeaf = questions.filter((q) => q.topicCode === leaf.code);
      expect(inLeaf.length, leaf.code).toBeGreaterThanOrEqual(3);
      if (leaf.hlOnly) {
        expect(
          inLeaf.filter((q) => q.levels.includes("SL")).map((q) => q.key),
          leaf.code,
        ).toEqual([]);
        expect(
          flashcards.filter((f) => f.topicCode === leaf.code && f.levels.includes("SL")).map((f) => f.key),
          leaf.code,
        ).toEqual([]);
      } else {
        expect(inLeaf.filter((q) => q.levels.includes("SL")).length, leaf.code).toBeGreaterThanOrEqual(3);
      }
    }
    expect(questions.filter((q) => !leaves.some((t) => t.code === q.topicCode)).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => !leaves.some((t) => t.code === f.topicCode)).map((f) => f.key)).toEqual([]);
  });

  it("has flashcards on every topic the student's level offers", () => {
    for (const leaf of leaves) {
      expect(flashcards.filter((f) => f.topicCode === leaf.code).length, leaf.code).toBeGreaterThanOrEqual(3);
    }
  });
});
