import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/english-a-literature";
import cards from "@/prisma/seed/content/flashcards/english-a-literature";
import subject from "@/prisma/seed/content/subjects/english-a-literature";

// English A: Literature has no calculations, so instead of recomputing answers this file checks what can go
// wrong when the bank is edited: MCQs with duplicate options or a missing key (or every key on the same
// letter), short markschemes that do not cover their marks, Paper 1 and Paper 2 responses whose criteria do not
// match the real papers (A-D at 5 each per passage; 10/10/5/5), Paper 1 set on anything but a literary passage,
// passages that are not labelled as written for this bank, Paper 2 model answers that name works outside the
// public-domain list, and leaf topics left without practice at either level.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((f) => flashcardInput.parse(f));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const criteria = (q: Question) => q.markscheme.map((p) => [p.id, p.marks]);
const atLevel = (level: "SL" | "HL") => questions.filter((q) => q.levels.includes(level));

/** Authors writing before 1925 whose works are public domain and may be named in Paper 2 model answers. */
const PUBLIC_DOMAIN_AUTHORS = [
  "Shakespeare",
  "Austen",
  "Dickens",
  "Brontë",
  "Hardy",
  "Ibsen",
  "Chekhov",
  "Wilde",
  "Tolstoy",
  "Flaubert",
  "Dickinson",
  "Whitman",
  "Keats",
  "Shelley",
  "Browning",
  "Eliot",
  "Chopin",
  "Sophocles",
  "Wordsworth",
];

/** A passage heading written by textBlock: "**Text X: <form>, ..." naming a literary form (or a translation of a literary line). */
const HEADING = /\*\*Text [A-Z]: ([^*]*)\*\*/g;
const LITERARY_FORM = /^(poem|prose fiction|prose non-fiction|drama|(first|second) English translation)\b/;

describe("English A: Literature question bank", () => {
  it("has no NUMERIC questions and meets the minimums at each level", () => {
    expect(questions.filter((q) => q.type === "NUMERIC")).toEqual([]);
    expect(atLevel("SL").length).toBeGreaterThanOrEqual(45);
    expect(atLevel("HL").length).toBeGreaterThanOrEqual(65);
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(35);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(35);
    // About half MCQ, the rest written.
    const mcqShare = questions.filter((q) => q.type === "MCQ").length / questions.length;
    expect(mcqShare).toBeGreaterThanOrEqual(0.35);
    expect(mcqShare).toBeLessThanOrEqual(0.65);
  });

  it("uses unique keys with the englit- and englit-fc- prefixes, on topics of this subject", () => {
    const keys = questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !k.startsWith("englit-") || k.startsWith("englit-fc-"))).toEqual([]);
    const cardKeys = flashcards.map((f) => f.key);
    expect(new Set(cardKeys).size).toBe(cardKeys.length);
    expect(cardKeys.filter((k) => !k.startsWith("englit-fc-"))).toEqual([]);
    const codes = new Set(flattenTopics(subject.topics).map((t) => t.code));
    expect([...questions, ...flashcards].map((x) => x.topicCode).filter((c) => !codes.has(c))).toEqual([]);
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
    expect(mcqs.length).toBeGreaterThanOrEqual(30);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.type === "MCQ" && q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("marks short written questions 2-6 marks, one mark per point, covering the marks (at most two alternative points more)", () => {
    const bad = questions
      .filter((q) => q.type === "WRITTEN" && q.marks < 20)
      .filter((q) => q.marks < 2 || q.marks > 6 || sumMarks(q) < q.marks || sumMarks(q) > q.marks + 2 || q.markscheme.some((p) => p.marks !== 1))
      .map((q) => `${q.key}: ${q.marks} marks, points worth ${sumMarks(q)}`);
    expect(bad).toEqual([]);
    // Only short answers, Paper 1 analyses (20) and Paper 2 essays (30) exist.
    expect(questions.filter((q) => q.type === "WRITTEN" && q.marks > 6 && q.marks !== 20 && q.marks !== 30).map((q) => q.key)).toEqual([]);
  });

  it("marks every Paper 1 guided analysis out of 20 on criteria A-D (5 each), with a guiding question, key points and a model answer", () => {
    const guided = questions.filter((q) => q.type === "WRITTEN" && q.marks === 20);
    expect(guided.length).toBeGreaterThanOrEqual(6);
    expect(guided.filter((q) => q.levels.includes("SL")).length).toBeGreaterThanOrEqual(4);
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

  it("sets Paper 1 analyses on one unseen literary passage each, and covers all four literary forms", () => {
    const forms = new Set<string>();
    for (const q of questions.filter((x) => x.marks === 20)) {
      const headings = [...q.stem.matchAll(HEADING)].map((m) => m[1] ?? "");
      expect(headings.length, q.key).toBe(1);
      const form = LITERARY_FORM.exec(headings[0] ?? "")?.[1];
      expect(form, `${q.key}: ${headings[0]}`).toBeDefined();
      forms.add(form!);
    }
    expect([...forms].sort()).toEqual(["drama", "poem", "prose fiction", "prose non-fiction"]);
  });

  it("uses only literary passages: every passage heading names a literary form (the course studies no non-literary texts)", () => {
    const bad = questions.flatMap((q) =>
      [...q.stem.matchAll(HEADING)]
        .map((m) => m[1] ?? "")
        .filter((h) => !LITERARY_FORM.test(h))
        .map((h) => `${q.key}: ${h}`),
    );
    expect(bad).toEqual([]);
  });

  it("marks every Paper 2 essay out of 30 (A 10, B 10, C 5, D 5), answerable with any two studied works", () => {
    const essays = questions.filter((q) => q.type === "WRITTEN" && q.marks === 30);
    expect(essays.length).toBeGreaterThanOrEqual(6);
    expect(essays.filter((q) => q.levels.includes("SL")).length).toBeGreaterThanOrEqual(4);
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

  it("names only public-domain authors (writing before 1925) in Paper 2 model answers", () => {
    for (const q of questions.filter((x) => x.marks === 30)) {
      const works = q.workedSolution.split("\n").find((l) => l.startsWith("*Works:*"));
      expect(works, q.key).toBeDefined();
      const named = PUBLIC_DOMAIN_AUTHORS.filter((a) => works!.includes(a));
      expect(named.length, `${q.key}: ${works}`).toBeGreaterThanOrEqual(2);
      // Every capitalised possessive ("X's") outside the italic titles of the Works line must be an allowed author.
      const possessives = [...works!.replace(/\*[^*]+\*/g, "").matchAll(/([A-Z][a-zë]+)'s/g)].map((m) => m[1]);
      expect(
        possessives.filter((p) => !PUBLIC_DOMAIN_AUTHORS.includes(p ?? "")),
        q.key,
      ).toEqual([]);
    }
  });

  it("labels every quoted passage as original, once per passage", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(/\*\*Text [A-Z]: /g) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} passages, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(30);
  });

  it("uses no bare dollar signs (no maths in this subject)", () => {
    const withDollar = questions.filter((q) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text)].some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });

  it("puts a question in every leaf topic at both levels, and at least two questions on every leaf", () => {
    const leaves = flattenTopics(subject.topics)
      .filter((t) => !t.children?.length)
      .map((t) => t.code);
    for (const level of ["SL", "HL"] as const) {
      const practised = new Set(atLevel(level).map((q) => q.topicCode));
      expect(
        leaves.filter((code) => !practised.has(code)),
        level,
      ).toEqual([]);
    }
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.topicCode, (counts.get(q.topicCode) ?? 0) + 1);
    expect(leaves.filter((code) => (counts.get(code) ?? 0) < 2)).toEqual([]);
  });

  it("spreads difficulty from 1 to 5", () => {
    for (const d of [1, 2, 3, 4, 5])
      expect(
        questions.some((q) => q.difficulty === d),
        `difficulty ${d}`,
      ).toBe(true);
  });
});
