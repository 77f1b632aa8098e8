import { describe, expect, it } from "vitest";
import { contentCoverage, MIN_FLASHCARDS, MIN_QUESTIONS, NOTED_SUBJECTS } from "./content-coverage";
import { loadContent } from "./load-content";

// Every course of the catalog is written: each is held to the minimums and to a question on every leaf
// topic it teaches, so coverage cannot quietly fall back when content is edited.
describe("content coverage", () => {
  it("meets the question and flashcard minimums in every one of the 45 courses", async () => {
    const courses = contentCoverage(await loadContent());
    expect(courses.length).toBe(45);
    expect(courses.filter((c) => !c.meetsMinimums).map((c) => `${c.slug}: ${c.questions} questions, ${c.flashcards} cards`)).toEqual([]);
    for (const c of courses) {
      expect(c.questions, c.slug).toBeGreaterThanOrEqual(MIN_QUESTIONS[c.slug.endsWith("-hl") ? "HL" : "SL"]);
      expect(c.flashcards, c.slug).toBeGreaterThanOrEqual(MIN_FLASHCARDS);
    }
  });

  it("has a question on every leaf topic of every course", async () => {
    const gaps = contentCoverage(await loadContent())
      .filter((c) => c.leafTopicsWithoutQuestions.length)
      .map((c) => `${c.slug}: ${c.leafTopicsWithoutQuestions.join(" ")}`);
    expect(gaps).toEqual([]);
  });

  it("has a revision note on every leaf topic of the ten most-taken subjects, at both levels", async () => {
    const noted = contentCoverage(await loadContent()).filter((c) => NOTED_SUBJECTS.some((s) => c.slug === `${s}-sl` || c.slug === `${s}-hl`));
    expect(noted).toHaveLength(20);
    expect(noted.filter((c) => c.leafTopicsWithNotes < c.leafTopics).map((c) => `${c.slug}: ${c.leafTopicsWithNotes}/${c.leafTopics}`)).toEqual([]);
  });
});
