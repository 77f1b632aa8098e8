import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { coursesWithQuestions } from "@/lib/catalog/courses-with-questions";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

const suffix = randomUUID().slice(0, 8);
const slug = `cwq-${suffix}-sl`;

afterAll(async () => {
  await db.question.deleteMany({ where: { course: { slug } } });
  await db.flashcard.deleteMany({ where: { course: { slug } } });
  await db.course.deleteMany({ where: { slug } });
  await db.subject.deleteMany({ where: { slug: `cwq-${suffix}` } });
  await invalidateCatalog();
});

describe("coursesWithQuestions", () => {
  it("names the seeded courses with published questions and not the ones still being written", async () => {
    await invalidateCatalog();
    const courses = await coursesWithQuestions();
    expect(courses.has("physics-sl")).toBe(true);
    expect(courses.has("math-aa-hl")).toBe(true);
    // The seeded courses whose questions are still being written (English A, the arts, the languages…).
    const unwritten = await db.course.findMany({ where: { archivedAt: null, questions: { none: { status: "PUBLISHED" } } }, select: { slug: true } });
    expect(unwritten.length).toBeGreaterThan(0);
    for (const { slug: empty } of unwritten) expect(courses.has(empty), empty).toBe(false);
  });

  it("counts a course only once a question is published, and sees it after the catalog is invalidated", async () => {
    const course = await db.course.create({
      data: {
        slug,
        level: "SL",
        name: `Test subject ${suffix} SL`,
        subject: { create: { slug: `cwq-${suffix}`, name: `Test subject ${suffix}`, group: 3, description: "A course made by a test." } },
        topics: { create: { code: "1", title: "Only topic", sortOrder: 1, depth: 0 } },
      },
      include: { topics: true },
    });
    const question = await db.question.create({
      data: {
        key: `cwq-${suffix}-q1`,
        courseId: course.id,
        topicId: course.topics[0]!.id,
        type: "WRITTEN",
        difficulty: 2,
        marks: 2,
        paper: "P1",
        calculator: false,
        commandTerm: "Describe",
        stem: "Describe one thing.",
        workedSolution: "One thing, described.",
        source: { kind: "original" },
      },
    });
    // Flashcards do not make a course practisable, nor does a draft question.
    await db.flashcard.create({ data: { key: `cwq-${suffix}-f1`, courseId: course.id, topicId: course.topics[0]!.id, front: "A term", back: "Its meaning" } });
    await refreshContentCaches({ courseSlugs: [slug] });
    expect((await coursesWithQuestions()).has(slug)).toBe(false);

    await db.question.update({ where: { id: question.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    // Cached: without the refresh a publishing path must do, the old answer stands.
    expect((await coursesWithQuestions()).has(slug)).toBe(false);
    // The publishing path's refresh (waits for the replicas, then drops the catalog): dropping alone could
    // let the next read refill the cache from a replica that has not replayed the publish yet.
    await refreshContentCaches({ courseSlugs: [slug] });
    expect((await coursesWithQuestions()).has(slug)).toBe(true);

    await db.course.update({ where: { id: course.id }, data: { archivedAt: new Date() } });
    await refreshContentCaches({ courseSlugs: [slug] });
    expect((await coursesWithQuestions()).has(slug)).toBe(false);
  });
});
