import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getCourse } from "@/lib/catalog/get-course";
import { assemblePaper } from "./assemble-paper";
import { MAX_OVERSHOOT } from "./pick-questions";
import { topLevelTopics } from "./top-level-topics";

const questionsOf = (ids: string[]) =>
  db.question.findMany({ where: { id: { in: ids } }, select: { id: true, marks: true, paper: true, calculator: true, status: true, topicId: true } });

describe("assemblePaper (seeded bank)", () => {
  it("builds Maths AA HL Paper 1 to its marks, without calculator questions, over the syllabus's topics", async () => {
    const paper = await assemblePaper("math-aa-hl", "P1", { seed: 11 });
    expect(paper.paper).toMatchObject({ code: "P1", totalMarks: 110, durationMinutes: 120, calculator: false });
    expect(paper.targetMarks).toBe(110);
    expect(paper.totalMarks).toBeGreaterThanOrEqual(110 - 2);
    expect(paper.totalMarks).toBeLessThanOrEqual(110 + MAX_OVERSHOOT);

    const rows = await questionsOf(paper.questions.map((q) => q.id));
    expect(rows).toHaveLength(paper.questions.length);
    expect(rows.every((q) => q.paper === "P1" && !q.calculator && q.status === "PUBLISHED")).toBe(true);
    expect(rows.reduce((s, q) => s + q.marks, 0)).toBe(paper.totalMarks);

    // Every top-level topic of the course is represented, and none takes over the paper.
    const { roots, rootOf } = topLevelTopics((await getCourse("math-aa-hl"))!.topics);
    const perRoot = new Map<string, number>();
    for (const q of rows) perRoot.set(rootOf.get(q.topicId)!.id, (perRoot.get(rootOf.get(q.topicId)!.id) ?? 0) + q.marks);
    expect(perRoot.size).toBe(roots.length);
    expect(Math.max(...perRoot.values())).toBeLessThanOrEqual(110 * 0.4);
    // Syllabus order within the paper.
    const order = paper.questions.map((q) => rootOf.get(q.rootTopicId)!.sortOrder);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
  });

  it("scales a short mock to a quarter of the marks and is reproducible for a seed", async () => {
    const a = await assemblePaper("math-aa-sl", "P2", { seed: 5, scale: 0.25 });
    expect(a.targetMarks).toBe(20);
    expect(Math.abs(a.totalMarks - 20)).toBeLessThanOrEqual(MAX_OVERSHOOT);
    const rows = await questionsOf(a.questions.map((q) => q.id));
    expect(rows.every((q) => q.paper === "P2")).toBe(true);
    expect((await assemblePaper("math-aa-sl", "P2", { seed: 5, scale: 0.25 })).questions).toEqual(a.questions);
  });

  it("sits a science Paper 1 as 1A (multiple choice) then 1B, each to its own marks", async () => {
    const paper = await assemblePaper("physics-sl", "P1", { seed: 3, scale: 0.4 });
    expect(paper.paper.parts.map((p) => p.code)).toEqual(["P1A", "P1B"]);
    expect(paper.paper.durationMinutes).toBe(90);
    const parts = paper.questions.map((q) => q.part);
    expect(parts).toEqual([...parts.filter((p) => p === "P1A"), ...parts.filter((p) => p === "P1B")]);
    const marksOf = (part: string) => paper.questions.filter((q) => q.part === part).reduce((s, q) => s + q.marks, 0);
    expect(marksOf("P1A")).toBe(10); // 25 × 0.4, one-mark questions
    expect(Math.abs(marksOf("P1B") - 8)).toBeLessThanOrEqual(MAX_OVERSHOOT);
  });

  it("refuses a paper the course does not have, and an unknown course", async () => {
    await expect(assemblePaper("math-aa-sl", "P3", { seed: 1 })).rejects.toMatchObject({ status: 400, code: "no_such_paper" });
    await expect(assemblePaper("no-such-course", "P1", { seed: 1 })).rejects.toMatchObject({ status: 404 });
  });
});
