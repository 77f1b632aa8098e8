import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { seed } from "./seed";

const tableCounts = async () => {
  const p = db.$primary();
  const [subjects, courses, papers, topics, boundaries, questions, points, flashcards] = await Promise.all([
    p.subject.count(),
    p.course.count(),
    p.coursePaper.count(),
    p.topic.count(),
    p.gradeBoundary.count(),
    p.question.count(),
    p.markingPoint.count(),
    p.flashcard.count(),
  ]);
  return { subjects, courses, papers, topics, boundaries, questions, points, flashcards };
};

describe("seed", () => {
  it("runs twice without creating anything new, and fills the catalog", async () => {
    await seed(() => undefined);
    const first = await tableCounts();
    await seed(() => undefined);
    expect(await tableCounts()).toEqual(first);

    expect(first.subjects).toBeGreaterThanOrEqual(20);
    expect(first.questions).toBeGreaterThanOrEqual(300);
    expect(first.points).toBeGreaterThan(first.questions);
    const groups = await db.$primary().subject.groupBy({ by: ["group"] });
    expect(groups.map((g) => g.group).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  }, 300_000); // two full seeds of the whole bank (about 3 000 questions)

  it("gives SL courses the syllabus without its AHL topics", async () => {
    const p = db.$primary();
    const [sl, hl] = await Promise.all(
      ["math-aa-sl", "math-aa-hl"].map((slug) => p.topic.findMany({ where: { course: { slug } }, select: { code: true, hlOnly: true } })),
    );
    expect(sl!.some((t) => t.hlOnly)).toBe(false);
    expect(hl!.some((t) => t.hlOnly)).toBe(true);
    expect(new Set(hl!.map((t) => t.code))).toEqual(new Set([...sl!.map((t) => t.code), ...hl!.filter((t) => t.hlOnly).map((t) => t.code)]));
  });
});
