import { describe, expect, it } from "vitest";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import cards from "@/prisma/seed/content/flashcards/french-b";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/french-b";
import subject from "@/prisma/seed/content/subjects/french-b";

// French B has no calculations, so instead of recomputing answers this file checks what can go wrong when
// the bank is edited: MCQs with duplicate options or a missing key, markschemes that do not cover the marks
// printed in the stem, vrai/faux points without a justification, reading texts not labelled as original,
// Paper 1 tasks whose markbands are not A 12 + B 12 + C 6 or whose model answer breaks the word limit,
// and the HL-only literature topic leaking into SL.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((raw) => flashcardInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const atLevel = (level: "SL" | "HL") => questions.filter((q) => q.levels.includes(level));
const hlOnlyTopics = new Set(
  flattenTopics(subject.topics)
    .filter((t) => t.hlOnly)
    .map((t) => t.code),
);
const isWritingTask = (q: Question) => q.paper === "P1" && q.marks === 30;

/** Words of a model answer: whitespace-separated tokens that contain a letter or a digit. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe("French B question bank", () => {
  it("has enough questions at each level, and no NUMERIC ones", () => {
    expect(atLevel("SL").length).toBeGreaterThanOrEqual(60);
    expect(atLevel("HL").length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.type === "NUMERIC").map((q) => q.key)).toEqual([]);
  });

  it("gives every MCQ four distinct options, one valid key, one mark and a rationale naming the key", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.map((o) => o.id).join("") !== "ABCD") bad.push(`${q.key}: option ids not A-D`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      if (!q.markscheme[0]?.text.startsWith(`${q.correctOptionId} — `)) bad.push(`${q.key}: markscheme does not name the key`);
      if (!q.workedSolution.startsWith(`**Réponse : ${q.correctOptionId}.**`)) bad.push(`${q.key}: worked solution does not name the key`);
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

  it("makes every short written question's points (one mark each) add up to its marks and to the [n] marks in its stem", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "WRITTEN" || isWritingTask(q)) continue;
      if (sumMarks(q) !== q.marks) bad.push(`${q.key}: points add up to ${sumMarks(q)}, question worth ${q.marks}`);
      if (q.markscheme.some((p) => p.marks !== 1)) bad.push(`${q.key}: a point is not worth one mark`);
      const printed = [...q.stem.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      if (printed.length && printed.reduce((a, b) => a + b, 0) !== q.marks)
        bad.push(`${q.key}: stem prints [${printed.join("+")}] but question worth ${q.marks}`);
    }
    expect(bad).toEqual([]);
  });

  it("asks for a justification with every vrai/faux answer: one point per statement, each with a quotation", () => {
    const vf = questions.filter((q) => /\*\*vraies\*\* ou \*\*fausses\*\*/.test(q.stem));
    expect(vf.length).toBeGreaterThanOrEqual(4);
    for (const q of vf) {
      const statements = q.stem.match(/^\([a-z]\) /gm) ?? [];
      expect(q.markscheme.length, q.key).toBe(statements.length);
      for (const p of q.markscheme) expect(p.text, `${q.key} ${p.id}`).toMatch(/^\([a-z]\) (VRAI|FAUX) — .*«.+»/);
    }
  });

  it("labels every reading text as original and uses reading texts only on Paper 2", () => {
    const withText = questions.filter((q) => q.stem.includes("### Texte"));
    expect(withText.length).toBeGreaterThanOrEqual(30);
    const bad = withText.filter((q) => !q.stem.includes(ORIGINAL_LABEL) || q.paper !== "P2").map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every Paper 1 writing task out of 30 on chained bands A (12), B (12) and C (6)", () => {
    const tasks = questions.filter(isWritingTask);
    expect(tasks.length).toBeGreaterThanOrEqual(8);
    for (const q of tasks) {
      expect(q.type, q.key).toBe("WRITTEN");
      expect(q.levels.length, q.key).toBe(1);
      const byCriterion = (c: string) => q.markscheme.filter((p) => p.id.startsWith(c)).reduce((s, p) => s + p.marks, 0);
      expect([byCriterion("A"), byCriterion("B"), byCriterion("C")], q.key).toEqual([12, 12, 6]);
      expect(sumMarks(q), q.key).toBe(30);
      // Each band above the first depends on the band just below it.
      for (const [i, p] of q.markscheme.entries()) {
        const prev = q.markscheme[i - 1];
        const firstOfCriterion = !prev || prev.id[0] !== p.id[0];
        expect(p.dependsOn, `${q.key} ${p.id}`).toEqual(firstOfCriterion || !prev ? [] : [prev.id]);
      }
    }
  });

  it("states the right word limit for the level and gives a model answer within it", () => {
    for (const q of questions.filter(isWritingTask)) {
      const [min, max] = q.levels[0] === "SL" ? [250, 400] : [450, 600];
      expect(q.stem, q.key).toContain(`Écrivez de ${min} à ${max} mots`);
      const model = q.workedSolution.split("\n").slice(1).join("\n");
      const words = wordCount(model);
      expect(words, `${q.key}: model answer has ${words} words`).toBeGreaterThanOrEqual(min);
      expect(words, `${q.key}: model answer has ${words} words`).toBeLessThanOrEqual(max);
    }
  });

  it("keeps the HL-only literature topic at HL only, and has literature questions there", () => {
    expect(hlOnlyTopics).toEqual(new Set(["L"]));
    const leaks = [...questions, ...flashcards].filter((x) => hlOnlyTopics.has(x.topicCode) && x.levels.includes("SL")).map((x) => x.key);
    expect(leaks).toEqual([]);
    expect(questions.filter((q) => q.topicCode === "L").length).toBeGreaterThanOrEqual(6);
  });

  it("covers every theme at both levels, with at least two questions on each leaf topic used", () => {
    const themes = subject.topics.filter((t) => !t.hlOnly).map((t) => t.code);
    for (const level of ["SL", "HL"] as const) {
      const used = atLevel(level).map((q) => q.topicCode);
      for (const theme of themes)
        expect(
          used.some((c) => c.split(".")[0] === theme),
          `${level} theme ${theme}`,
        ).toBe(true);
      const counts = new Map<string, number>();
      for (const c of used) counts.set(c, (counts.get(c) ?? 0) + 1);
      const thin = [...counts].filter(([, n]) => n < 2).map(([c]) => c);
      expect(thin, level).toEqual([]);
    }
  });

  it("uses no bare dollar signs (only LaTeX may use them)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });
});

describe("French B flashcards", () => {
  it("has enough cards at each level, each with a French front and a non-empty back", () => {
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(40);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(55);
    const fronts = flashcards.map((f) => f.front.trim().toLowerCase());
    expect(new Set(fronts).size).toBe(fronts.length);
  });
});
