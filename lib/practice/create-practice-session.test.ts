import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { createPracticeInput, type CreatePracticeInput } from "@/lib/practice/practice-input";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

const users: string[] = [];
const student = async (courses: string[]) => {
  const id = (await createTestUser({ courses: courses })).id;
  users.push(id);
  return id;
};
const sessionQuestions = async (sessionId: string) => {
  const session = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId } });
  const rows = await db.$primary().question.findMany({ where: { id: { in: session.questionIds } }, include: { topic: true, course: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { session, questions: session.questionIds.map((id) => byId.get(id)!) };
};
const create = (userId: string, input: unknown) => createPracticeSession(userId, createPracticeInput.parse(input) as CreatePracticeInput);
const topicId = async (courseSlug: string, code: string) => (await db.$primary().topic.findFirstOrThrow({ where: { code, course: { slug: courseSlug } } })).id;

afterAll(() => deleteTestUsers(users));

describe("createPracticeSession with filters", () => {
  let userId: string;
  beforeAll(async () => {
    userId = await student(["physics-sl"]);
  });

  it("stores a set that respects every filter, with its filters and seed", async () => {
    const { id } = await create(userId, { mode: "filters", courseSlug: "physics-sl", type: "NUMERIC", difficulty: 2, paper: "P2", count: 5 });
    const { session, questions } = await sessionQuestions(id);
    expect(session).toMatchObject({ userId, status: "IN_PROGRESS", currentIndex: 0 });
    expect(session.filters).toMatchObject({
      mode: "filters",
      courseSlug: "physics-sl",
      type: "NUMERIC",
      difficulty: 2,
      paper: "P2",
      count: 5,
      seed: expect.any(Number),
    });
    expect(questions).toHaveLength(5);
    expect(new Set(session.questionIds).size).toBe(5);
    for (const q of questions) expect(q).toMatchObject({ type: "NUMERIC", difficulty: 2, paper: "P2", status: "PUBLISHED", course: { slug: "physics-sl" } });
  });

  it("includes a topic's subtopics and mixes question types when no type is chosen", async () => {
    const { id } = await create(userId, { mode: "filters", courseSlug: "physics-sl", topicCode: "A", count: 9 });
    const { questions } = await sessionQuestions(id);
    expect(questions).toHaveLength(9);
    for (const q of questions) expect(q.topic.code).toMatch(/^A\./);
    // Topic A has MCQ, numeric and written questions: a mixed set takes each type in turn.
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["MCQ", "NUMERIC", "WRITTEN"]));
  });

  it("prefers questions the student has not attempted yet", async () => {
    const user = await student(["physics-sl"]);
    const pool = await publishedQuestions("physics-sl", { topicId: await topicId("physics-sl", "A.3") });
    expect(pool.length).toBeGreaterThan(4);
    const attempted = pool.slice(0, pool.length - 3);
    await recordAttempts(
      user,
      attempted.map((q) => ({
        question: q,
        answer: { type: "NUMERIC", value: "1" },
        result: { status: "MARKED", marksAwarded: 0, maxMarks: q.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
        timeSpentMs: 1,
      })),
    );
    const fresh = pool.slice(pool.length - 3).map((q) => q.id);
    const { id } = await create(user, { mode: "filters", courseSlug: "physics-sl", topicCode: "A.3", count: 3 });
    expect((await sessionQuestions(id)).session.questionIds.sort()).toEqual(fresh.sort());
    // Once the new ones run out, attempted questions fill the set.
    const all = await create(user, { mode: "filters", courseSlug: "physics-sl", topicCode: "A.3", count: 30 });
    expect((await sessionQuestions(all.id)).session.questionIds).toHaveLength(pool.length);
  });

  it("refuses a course the student is not enrolled in, or one that does not exist", async () => {
    for (const courseSlug of ["chemistry-sl", "no-such-course"]) {
      const err = await rejectionOf(create(userId, { mode: "filters", courseSlug, count: 5 }));
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ status: 400, code: "not_enrolled" });
    }
    const weak = await rejectionOf(create(userId, { mode: "weak-topics", courseSlug: "chemistry-sl", count: 5 }));
    expect(weak).toMatchObject({ status: 400, code: "not_enrolled" });
  });

  it("answers 400 with a helpful message when nothing matches", async () => {
    // The seed has no difficulty-5 questions on physics paper 1B.
    const err = await rejectionOf(create(userId, { mode: "filters", courseSlug: "physics-sl", paper: "P1B", difficulty: 5, count: 5 }));
    expect(err).toMatchObject({ status: 400, code: "no_questions" });
    expect((err as Error).message).toMatch(/No published Physics.*match these filters/);
    const topic = await rejectionOf(create(userId, { mode: "filters", courseSlug: "physics-sl", topicCode: "Z.9", count: 5 }));
    expect(topic).toMatchObject({ status: 400, code: "unknown_topic" });
    expect(await db.$primary().practiceSession.count({ where: { userId, filters: { path: ["paper"], equals: "P1B" } } })).toBe(0);
  });

  it("says plainly that a course has no questions yet, for filters and for weak topics", async () => {
    const empty = await db.course.findFirstOrThrow({ where: { archivedAt: null, questions: { none: { status: "PUBLISHED" } } }, orderBy: { slug: "asc" } });
    const enrolled = await student([empty.slug, "physics-sl"]);
    for (const mode of ["filters", "weak-topics"] as const) {
      const err = await rejectionOf(create(enrolled, { mode, courseSlug: empty.slug, count: 5 }));
      expect(err).toMatchObject({ status: 400, code: "no_questions" });
      expect((err as Error).message).toBe(`${empty.name} has no questions yet: they are still being written. Choose another of your courses.`);
    }
    expect(await db.$primary().practiceSession.count({ where: { userId: enrolled } })).toBe(0);
  });

  it("validates the input", () => {
    expect(createPracticeInput.safeParse({ mode: "filters", courseSlug: "physics-sl", count: 31 }).success).toBe(false);
    expect(createPracticeInput.safeParse({ mode: "filters", courseSlug: "physics-sl", count: 0 }).success).toBe(false);
    expect(createPracticeInput.safeParse({ mode: "questions", questionIds: ["not-a-uuid"] }).success).toBe(false);
    expect(createPracticeInput.safeParse({ mode: "questions", questionIds: [] }).success).toBe(false);
    expect(createPracticeInput.safeParse({ mode: "everything" }).error?.issues[0]?.message).toMatch(/mode is/);
  });
});

describe("createPracticeSession for weak topics", () => {
  it("draws on low-mastery topics (and untouched ones), never strong ones, leaving out recent correct answers", async () => {
    const userId = await student(["physics-sl"]);
    const [weak, strong] = [await topicId("physics-sl", "A.1"), await topicId("physics-sl", "A.2")];
    const weakQuestions = await publishedQuestions("physics-sl", { topicId: weak });
    const answeredRight = weakQuestions[0]!;
    await recordAttempts(userId, [
      {
        question: answeredRight,
        answer: { type: "NUMERIC", value: "1" },
        result: { status: "MARKED", marksAwarded: answeredRight.marks, maxMarks: answeredRight.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
        timeSpentMs: 1,
      },
    ]);
    const courseId = answeredRight.courseId;
    for (const [topic, mastery, attempts] of [
      [weak, 0.1, 3],
      [strong, 0.95, 5],
    ] as const) {
      await db.topicProgress.upsert({
        where: { userId_topicId: { userId, topicId: topic } },
        create: { userId, topicId: topic, courseId, mastery, attempts },
        update: { mastery, attempts },
      });
    }

    const { id } = await create(userId, { mode: "weak-topics", courseSlug: "physics-sl", count: 6 });
    const { session, questions } = await sessionQuestions(id);
    expect(questions).toHaveLength(6);
    expect(session.filters).toMatchObject({ mode: "weak-topics", topicIds: expect.arrayContaining([weak]) });
    // The weak topic gets two turns per round; the strong topic none.
    expect(questions.filter((q) => q.topicId === weak).length).toBeGreaterThanOrEqual(2);
    expect(questions.some((q) => q.topicId === strong)).toBe(false);

    const big = await sessionQuestions((await create(userId, { mode: "weak-topics", courseSlug: "physics-sl", count: 30 })).id);
    expect(big.questions.filter((q) => q.topicId === weak).length).toBeGreaterThanOrEqual(5);
    expect(big.session.questionIds).not.toContain(answeredRight.id);
    expect(big.questions.some((q) => q.topicId === strong)).toBe(false);
  });
});

describe("createPracticeSession from chosen questions", () => {
  it("keeps the chosen order, needs no enrolment, and skips withdrawn questions", async () => {
    const userId = await student([]);
    const chosen = (await publishedQuestions("chemistry-sl")).slice(0, 3).map((q) => q.id);
    const { id } = await create(userId, {
      mode: "questions",
      questionIds: [chosen[2], chosen[0], chosen[2], chosen[1], "00000000-0000-7000-8000-000000000000"],
    });
    const { session } = await sessionQuestions(id);
    expect(session.questionIds).toEqual([chosen[2], chosen[0], chosen[1]]);
    expect(session.filters).toMatchObject({ mode: "questions" });
  });

  it("refuses questions that are not published, or from two courses", async () => {
    const userId = await student([]);
    const draft = await db.$primary().question.findFirst({ where: { status: { not: "PUBLISHED" } }, select: { id: true } });
    const missing = await rejectionOf(create(userId, { mode: "questions", questionIds: [draft?.id ?? "00000000-0000-7000-8000-000000000000"] }));
    expect(missing).toMatchObject({ status: 400, code: "no_questions" });
    const [physics, chemistry] = [(await publishedQuestions("physics-sl"))[0]!.id, (await publishedQuestions("chemistry-sl"))[0]!.id];
    const mixed = await rejectionOf(create(userId, { mode: "questions", questionIds: [physics, chemistry] }));
    expect(mixed).toMatchObject({ status: 400 });
    expect((mixed as Error).message).toMatch(/one course/);
  });
});
