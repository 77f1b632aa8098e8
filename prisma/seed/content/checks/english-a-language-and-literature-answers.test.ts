import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/english-a-language-and-literature";
import cards from "@/prisma/seed/content/flashcards/english-a-language-and-literature";
import subject from "@/prisma/seed/content/subjects/english-a-language-and-literature";

// English A: Language and Literature has no calculations, so instead of recomputing answers this file checks
// what can go wrong when the bank is edited: MCQs with duplicate options or a missing key (or every key on
// the same letter), short markschemes that do not cover their marks, Paper 1 and Paper 2 responses whose
// criteria do not match the real papers (A-D at 5 each; 10/10/5/5), texts that are not labelled as written
// for this bank, Paper 1 analyses set on literary texts, and Paper 2 model answers that use works outside
// the public-domain list.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const criteria = (q: Question) => q.markscheme.map((p) => [p.id, p.marks]);

/** Authors whose works are public domain (died long ago, published before 1925) and may be named in model answers. */
const PUBLIC_DOMAIN_AUTHORS = ["Shakespeare", "Austen", "Dickens", "Ibsen", "Shelley", "Brontë", "Browning", "Hardy", "Eliot", "Chekhov", "Wilde"];

describe("English A: Language and Literature question bank", () => {
  it("has no NUMERIC questions and enough questions at each level", () => {
    expect(questions.filter((q) => q.type === "NUMERIC")).toEqual([]);
    expect(questions.filter((q) => q.levels.includes("SL")).length).toBeGreaterThanOrEqual(60);
    expect(questions.filter((q) => q.levels.includes("HL")).length).toBeGreaterThanOrEqual(80);
    expect(cards.flashcards.map((f) => flashcardInput.parse(f)).filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(40);
    expect(cards.flashcards.length).toBeGreaterThanOrEqual(55);
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
    }
    expect(bad).toEqual([]);
  });

  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = questions.filter((q) => q.type === "MCQ");
    expect(mcqs.length).toBeGreaterThanOrEqual(30);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.type === "MCQ" && q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("marks short written questions 2-6 marks with one mark per point, covering the question's marks", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN" && q.marks < 20)
      .filter((q) => q.marks < 2 || q.marks > 6 || sumMarks(q) < q.marks || q.markscheme.some((p) => p.marks !== 1))
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every Paper 1 guided analysis out of 20 on criteria A-D (5 each), with key points and a model answer", () => {
    const guided = questions.filter((q) => q.type === "WRITTEN" && q.marks === 20);
    expect(guided.length).toBeGreaterThanOrEqual(6);
    for (const q of guided) {
      expect(q.paper, q.key).toBe("P1");
      expect(criteria(q), q.key).toEqual([
        ["critA", 5],
        ["critB", 5],
        ["critC", 5],
        ["critD", 5],
      ]);
      expect(q.stem, q.key).toContain("**Guiding question:**");
      expect(q.workedSolution, q.key).toContain("Key points a strong answer makes");
      expect(q.workedSolution, q.key).toContain("Model answer");
    }
  });

  it("sets Paper 1 questions only on non-literary texts (poems, stories and plays belong with Paper 2)", () => {
    const literary = /\*\*Text [A-Z]: [^*]*(poem|short story|play)\b/i;
    expect(questions.filter((q) => literary.test(q.stem)).length).toBeGreaterThanOrEqual(8);
    const bad = questions.filter((q) => q.paper === "P1" && literary.test(q.stem)).map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks every Paper 2 essay out of 30 (A 10, B 10, C 5, D 5), answerable with any two studied works", () => {
    const essays = questions.filter((q) => q.type === "WRITTEN" && q.marks === 30);
    expect(essays.length).toBeGreaterThanOrEqual(4);
    for (const q of essays) {
      expect(q.paper, q.key).toBe("P2");
      expect(criteria(q), q.key).toEqual([
        ["critA", 10],
        ["critB", 10],
        ["critC", 5],
        ["critD", 5],
      ]);
      expect(q.stem, q.key).toContain("**two** literary works you have studied");
      expect(q.stem, q.key).not.toContain(ORIGINAL_LABEL);
    }
  });

  it("names only public-domain authors in Paper 2 model answers", () => {
    for (const q of questions.filter((x) => x.marks === 30)) {
      const works = q.workedSolution.split("\n").find((l) => l.startsWith("*Works:*"));
      expect(works, q.key).toBeDefined();
      const named = PUBLIC_DOMAIN_AUTHORS.filter((a) => works!.includes(a));
      expect(named.length, `${q.key}: ${works}`).toBeGreaterThanOrEqual(2);
      // Any capitalised possessive ("X's") outside the italic titles of the Works line must be an allowed author.
      const possessives = [...works!.replace(/\*[^*]+\*/g, "").matchAll(/([A-Z][a-zë]+)'s/g)].map((m) => m[1]);
      expect(
        possessives.filter((p) => !PUBLIC_DOMAIN_AUTHORS.includes(p ?? "")),
        q.key,
      ).toEqual([]);
    }
  });

  it("labels every quoted text as original, once per text", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(/\*\*Text [A-Z]: /g) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} texts, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(40);
  });

  it("uses no bare dollar signs (money is written in words)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });

  it("covers every top-level topic, with at least two questions on every leaf topic it uses", () => {
    const topics = flattenTopics(subject.topics);
    for (const top of subject.topics) {
      expect(
        questions.some((q) => q.topicCode.startsWith(`${top.code}.`)),
        top.code,
      ).toBe(true);
    }
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.topicCode, (counts.get(q.topicCode) ?? 0) + 1);
    for (const [code, n] of counts) {
      expect(
        topics.some((t) => t.code === code),
        code,
      ).toBe(true);
      expect(n, code).toBeGreaterThanOrEqual(2);
    }
  });
});
