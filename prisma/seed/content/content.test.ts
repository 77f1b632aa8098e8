import { describe, expect, it } from "vitest";
import { findLatexErrors } from "@/lib/latex/find-latex-errors";
import { loadContent } from "./load-content";

describe("seed content", () => {
  it("validates and covers the catalog and the question bank", async () => {
    const content = await loadContent();
    const bySlug = new Map(content.map((c) => [c.subject.slug, c]));
    expect(new Set(content.map((c) => c.subject.group))).toEqual(new Set([1, 2, 3, 4, 5, 6]));

    const banked = ["math-aa", "physics", "chemistry", "biology", "economics"];
    for (const slug of banked) {
      const subject = bySlug.get(slug);
      expect(subject, slug).toBeDefined();
      expect(subject!.questions.length, slug).toBeGreaterThanOrEqual(45);
      expect(subject!.flashcards.length, slug).toBeGreaterThanOrEqual(30);
      // Every top-level syllabus topic has questions.
      const topLevel = subject!.subject.topics.map((t) => t.code);
      const questionTopics = subject!.questions.map((q) => q.topicCode);
      for (const code of topLevel)
        expect(
          questionTopics.some((t) => t === code || t.startsWith(code)),
          `${slug} topic ${code}`,
        ).toBe(true);
    }
    expect(banked.reduce((n, slug) => n + bySlug.get(slug)!.questions.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it("has no formula that KaTeX cannot render (students would see it in red)", async () => {
    const content = await loadContent();
    const problems: string[] = [];
    const check = (where: string, text: string | undefined) => {
      for (const e of text ? findLatexErrors(text) : []) problems.push(`${where}: ${e.formula} (${e.message})`);
    };
    for (const { questions, flashcards, notes } of content) {
      for (const q of questions) {
        check(`${q.key} stem`, q.stem);
        check(`${q.key} worked solution`, q.workedSolution);
        if ("options" in q) for (const o of q.options) check(`${q.key} option ${o.id}`, o.text);
        for (const p of q.markscheme) check(`${q.key} point ${p.id}`, p.text);
      }
      for (const f of flashcards) {
        check(`${f.key} front`, f.front);
        check(`${f.key} back`, f.back);
      }
      for (const n of notes) check(`${n.key}`, n.body);
    }
    expect(problems).toEqual([]);
  });
});
