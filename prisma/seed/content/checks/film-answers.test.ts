import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, { ORIGINAL_LABEL } from "@/prisma/seed/content/questions/film";
import cards from "@/prisma/seed/content/flashcards/film";
import subject from "@/prisma/seed/content/subjects/film";

// Film has no calculations and no written exam, so instead of recomputing answers this file checks what can
// go wrong when the bank is edited: MCQs with duplicate options or a missing key (or every key on the same
// letter), short markschemes whose points do not add up to the marks, practice extended responses whose
// criteria drift from the three sets defined in the bank, scenes that are not labelled as written for the
// bank, real films named outside the short list of well-known titles (with their years), a paper code the
// subject does not have, and leaf topics (including the HL-only one) left without practice.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((f) => flashcardInput.parse(f));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);
const criteria = (q: Question) => q.markscheme.map((p) => [p.id, p.marks]);
const allText = (q: Question) => [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text), ...(q.type === "MCQ" ? q.options.map((o) => o.text) : [])];

/** Real films the bank may name (as widely known facts, never quoted), with the year it must give. */
const KNOWN_FILMS: Record<string, number> = {
  "Citizen Kane": 1941,
  "The Cabinet of Dr. Caligari": 1920,
  Nosferatu: 1922,
  Metropolis: 1927,
  "Battleship Potemkin": 1925,
  Strike: 1925,
  "Man with a Movie Camera": 1929,
  "Rome, Open City": 1945,
  "Bicycle Thieves": 1948,
  "Pather Panchali": 1955,
  "The 400 Blows": 1959,
  Breathless: 1960,
  "Double Indemnity": 1944,
  "The Jazz Singer": 1927,
  "Tokyo Story": 1953,
  Rashomon: 1950,
  Memento: 2000,
  "Pulp Fiction": 1994,
  "Run Lola Run": 1998,
  Vertigo: 1958,
  Jaws: 1975,
  "2001: A Space Odyssey": 1968,
  "Apocalypse Now": 1979,
  Festen: 1998,
};

describe("Film question bank", () => {
  it("has no NUMERIC questions and meets the counts at each level", () => {
    expect(questions.filter((q) => q.type === "NUMERIC")).toEqual([]);
    const sl = questions.filter((q) => q.levels.includes("SL"));
    const hl = questions.filter((q) => q.levels.includes("HL"));
    expect(sl.length).toBeGreaterThanOrEqual(45);
    expect(hl.length).toBeGreaterThanOrEqual(65);
    expect(hl.length - sl.length, "HL-only questions").toBeGreaterThanOrEqual(20);
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(35);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(35);
  });

  it("mixes MCQs and written answers (each between 35% and 65% of the bank)", () => {
    const share = questions.filter((q) => q.type === "MCQ").length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.65);
  });

  it("uses only keys with the film prefixes, each once", () => {
    const keys = [...questions.map((q) => q.key), ...flashcards.map((f) => f.key)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(questions.filter((q) => !q.key.startsWith("film-") || q.key.startsWith("film-fc-")).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => !f.key.startsWith("film-fc-")).map((f) => f.key)).toEqual([]);
  });

  it("uses only the paper code the subject has (P1, standing for the comparative study)", () => {
    const codes = new Set(subject.courses.flatMap((c) => c.papers.map((p) => p.code)));
    expect([...codes]).toEqual(["P1"]);
    expect(questions.filter((q) => !codes.has(q.paper)).map((q) => q.key)).toEqual([]);
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
      if (q.workedSolution.length < 40) bad.push(`${q.key}: explanation too short`);
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

  it("marks short written questions 2-6 marks, one mark per point with keywords, points adding up exactly to the marks", () => {
    const short = questions.filter((q) => q.type === "WRITTEN" && q.marks !== 10);
    expect(short.length).toBeGreaterThanOrEqual(25);
    const bad = short
      .filter((q) => q.marks < 2 || q.marks > 6 || sumMarks(q) !== q.marks || q.markscheme.some((p) => p.marks !== 1 || p.keywords.length === 0))
      .map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("marks each extended response out of 10 on one of the two practice criterion sets, with key points and a model answer", () => {
    const extended = questions.filter((q) => q.marks === 10);
    expect(extended.length).toBeGreaterThanOrEqual(3);
    for (const q of extended) {
      expect(q.type, q.key).toBe("WRITTEN");
      expect(sumMarks(q), q.key).toBe(10);
      expect(
        [
          JSON.stringify([
            ["critA", 2],
            ["critB", 6],
            ["critC", 2],
          ]),
          JSON.stringify([
            ["critA", 4],
            ["critB", 4],
            ["critC", 2],
          ]),
        ],
        q.key,
      ).toContain(JSON.stringify(criteria(q)));
      expect(q.stem, q.key).toContain("practice markbands");
      expect(q.workedSolution, q.key).toContain("Key points a strong answer makes");
      expect(q.workedSolution, q.key).toContain("Model answer");
    }
  });

  it("labels every scene or script as original, once per block, and quotes nothing unlabelled", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(/\*\*(Scene \d+|Script draft): /g) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} blocks, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(20);
  });

  it("names real films only from the list of well-known titles, always with the right year", () => {
    const bad: string[] = [];
    for (const q of questions) {
      for (const text of allText(q)) {
        // An italic title followed by a year in brackets: "*Citizen Kane* (1941)" or "*Festen* (*The Celebration*, 1998)".
        for (const m of text.matchAll(/\*([^*\n]+)\* \((?:\*[^*]+\*, )?(\d{4})\)/g)) {
          const [, title, year] = m;
          if (KNOWN_FILMS[title ?? ""] !== Number(year)) bad.push(`${q.key}: ${title} (${year})`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("quotes no dialogue from real films (no double quotation marks shortly after a known title)", () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const patterns = Object.keys(KNOWN_FILMS).map((title) => new RegExp("\\*" + escape(title) + '\\*[^\\n]{0,80}[\u201c"]'));
    const bad = questions.filter((q) => allText(q).some((t) => patterns.some((p) => p.test(t)))).map((q) => q.key);
    expect(bad).toEqual([]);
  });

  it("uses no bare dollar signs (no KaTeX is needed in Film)", () => {
    const withDollar = questions.filter((q) => allText(q).some((t) => t.includes("$"))).map((q) => q.key);
    expect(withDollar).toEqual([]);
  });

  it("puts a question in every leaf topic at each level, and only HL questions in HL-only topics", () => {
    const topics = flattenTopics(subject.topics);
    const leaves = topics.filter((t) => !t.children?.length);
    for (const level of ["SL", "HL"] as const) {
      for (const leaf of leaves.filter((t) => level === "HL" || !t.hlOnly)) {
        const n = questions.filter((q) => q.topicCode === leaf.code && q.levels.includes(level)).length;
        expect(n, `${level} ${leaf.code}`).toBeGreaterThanOrEqual(level === "HL" && leaf.hlOnly ? 8 : 5);
      }
    }
    const hlOnly = new Set(topics.filter((t) => t.hlOnly).map((t) => t.code));
    expect(questions.filter((q) => hlOnly.has(q.topicCode) && q.levels.includes("SL")).map((q) => q.key)).toEqual([]);
    expect(questions.filter((q) => !leaves.some((t) => t.code === q.topicCode)).map((q) => q.key)).toEqual([]);
    expect(
      flashcards.filter((f) => !leaves.some((t) => t.code === f.topicCode) || (hlOnly.has(f.topicCode) && f.levels.includes("SL"))).map((f) => f.key),
    ).toEqual([]);
  });

  it("has extra HL-depth practice in every core area, not only in the HL-only topic", () => {
    for (const code of ["1", "2", "3.1", "3.2", "3.3", "3.4", "3.5"]) {
      expect(
        questions.some((q) => q.topicCode === code && q.levels.length === 1 && q.levels[0] === "HL"),
        code,
      ).toBe(true);
    }
  });
});
