import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";
import { markAsTeacher } from "@/lib/teacher-marking/mark-as-teacher";
import { answerInMock, answerInPractice, createTestAssignment } from "@/lib/test-support/assignment-work";
import { auditEntries } from "@/lib/test-support/audit";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers, type TestUser } from "@/lib/test-support/users";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { getMockExam } from "@/lib/mocks/mock-exam-state";

type WrittenQuestion = { id: string; topicId: string; marks: number; markbands: MarkbandCriterion[] | null; labels: string[] };

/** Economics HL written questions, one per topic, so each test reads its own topic's progress. */
async function writtenQuestions(byBands: boolean, count: number): Promise<WrittenQuestion[]> {
  const rows = await db.$primary().question.findMany({
    where: { course: { slug: "economics-hl" }, status: "PUBLISHED", type: "WRITTEN", groupId: null },
    orderBy: { key: "asc" },
    select: { id: true, topicId: true, marks: true, markbands: true, markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true } } },
  });
  const kind = rows.filter((q) => Array.isArray(q.markbands) === byBands);
  const oneEach = kind.filter((q, i) => kind.findIndex((o) => o.topicId === q.topicId) === i);
  return oneEach.slice(0, count).map((q) => ({ ...q, markbands: q.markbands as MarkbandCriterion[] | null, labels: q.markingPoints.map((p) => p.label) }));
}

describe("markAsTeacher", () => {
  let klass: TestClass;
  let other: TestClass;
  let outsider: TestUser;
  let assignmentId: string;
  let points: WrittenQuestion[];
  let bands: WrittenQuestion[];
  const student = () => klass.students[0]!;
  const actor = () => ({ id: klass.teacher.id, role: "TEACHER" as const });
  const progress = (userId: string, topicId: string) => db.$primary().topicProgress.findUnique({ where: { userId_topicId: { userId, topicId } } });
  const attempt = (id: string) => db.$primary().attempt.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    klass = await createTestClass({ courseSlug: "economics-hl", students: 2 });
    other = await createTestClass({ courseSlug: "economics-hl", students: 1 });
    outsider = await createTestUser({ courses: ["economics-hl"] });
    points = await writtenQuestions(false, 6);
    bands = await writtenQuestions(true, 2);
    assignmentId = (await createTestAssignment(klass.id, { questionIds: points.map((q) => q.id) })).id;
  });
  afterAll(async () => {
    await deleteTestClass(klass);
    await deleteTestClass(other);
    await deleteTestUsers([outsider.id]);
  });

  it("overrides the student's self-marking: marks, progress, mistake queue, dashboard and audit follow the teacher", async () => {
    const q = points[0]!;
    const { attemptIds } = await answerInPractice(student().id, assignmentId, [q.id]);
    const id = attemptIds[0]!;
    await completeSelfMarking(student().id, id, { labels: [] }); // the student gave themselves nothing
    expect(await progress(student().id, q.topicId)).toMatchObject({ attempts: 1, marksAwarded: 0, fullyCorrect: 0 });
    await cache.getOrCompute(dashboardKey(student().id), dashboardCachePolicy, async () => ({ stale: true }));

    const marked = await markAsTeacher(
      actor(),
      id,
      { labels: q.labels, comment: "  Clear definition, <b>well</b> applied.  " },
      { ip: "203.0.113.5", requestId: "r1" },
    );
    expect(marked).toMatchObject({ marksAwarded: q.marks, maxMarks: q.marks, comment: "Clear definition, <b>well</b> applied.", remarked: false });
    expect(await attempt(id)).toMatchObject({
      status: "MARKED",
      markedBy: "TEACHER",
      markerId: klass.teacher.id,
      markerComment: "Clear definition, <b>well</b> applied.",
      marksAwarded: q.marks,
    });
    // The answer still counts once, now with the teacher's marks; a topic of one answer takes its new score.
    expect(await progress(student().id, q.topicId)).toMatchObject({ attempts: 1, marksAwarded: q.marks, marksAvailable: q.marks, fullyCorrect: 1, mastery: 1 });
    expect(await redis.exists(dashboardKey(student().id))).toBe(0);
    expect(await auditEntries(id)).toEqual([
      {
        actorId: klass.teacher.id,
        action: "attempt.teacher_mark",
        before: { status: "MARKED", markedBy: "SELF", marksAwarded: 0, comment: null },
        after: { status: "MARKED", markedBy: "TEACHER", marksAwarded: q.marks, labels: q.labels, comment: "Clear definition, <b>well</b> applied." },
      },
    ]);

    // The teacher changes their mind: the marking is updated (not counted again) and audited again.
    const again = await markAsTeacher(actor(), id, { labels: [], comment: "" });
    expect(again).toMatchObject({ marksAwarded: 0, comment: null, remarked: true });
    expect(await progress(student().id, q.topicId)).toMatchObject({ attempts: 1, marksAwarded: 0, fullyCorrect: 0, mastery: 0 });
    expect(await db.$primary().cardState.count({ where: { userId: student().id, questionId: q.id } })).toBe(1);
    const entries = await auditEntries(id);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ before: { markedBy: "TEACHER", marksAwarded: q.marks }, after: { marksAwarded: 0, labels: [], comment: null } });
  });

  it("marks an answer still awaiting marking, which then counts for the first time; the student can no longer self-mark it", async () => {
    const q = points[1]!;
    const { attemptIds } = await answerInPractice(student().id, assignmentId, [q.id]);
    expect(await progress(student().id, q.topicId)).toBeNull();
    await markAsTeacher(actor(), attemptIds[0]!, { labels: [q.labels[0]!] });
    const row = await attempt(attemptIds[0]!);
    expect(row).toMatchObject({ markedBy: "TEACHER", markerComment: null });
    expect(await progress(student().id, q.topicId)).toMatchObject({ attempts: 1, marksAwarded: row.marksAwarded });

    const refused = await rejectionOf(completeSelfMarking(student().id, attemptIds[0]!, { labels: q.labels }));
    expect(refused).toMatchObject({ status: 409, code: "marked_by_teacher", message: expect.stringMatching(/teacher has marked/) });
    expect(await attempt(attemptIds[0]!)).toMatchObject({ markedBy: "TEACHER", marksAwarded: row.marksAwarded });
  });

  it("shows the student the teacher's marks and comment where they see their practice result", async () => {
    const q = points[1]!;
    const { sessionId, attemptIds } = await answerInPractice(klass.students[1]!.id, assignmentId, [q.id]);
    await markAsTeacher(actor(), attemptIds[0]!, { labels: [q.labels[0]!], comment: "See **me** <script>alert(1)</script>" });
    const answered = (await getPracticeState(klass.students[1]!.id, sessionId, 0)).view!.answered!;
    expect(answered).toMatchObject({
      status: "MARKED",
      teacherMarking: { comment: "See **me** <script>alert(1)</script>" },
      feedback: expect.stringMatching(/^Your teacher marked this answer: \d+ of \d+ marks\.$/),
    });
  });

  it("retotals a mock paper and regrades it", async () => {
    const mockAssignment = await createTestAssignment(klass.id, { kind: "MOCK" });
    const [a, b] = [points[2]!, points[3]!];
    const { mockId, attemptIds } = await answerInMock(student().id, mockAssignment.id, [a.id, b.id]);
    await markAsTeacher(actor(), attemptIds[0]!, { labels: a.labels });
    expect(await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId } })).toMatchObject({ marksAwarded: a.marks, grade: expect.any(Number) });
    await markAsTeacher(actor(), attemptIds[1]!, { labels: b.labels });
    expect(await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId } })).toMatchObject({ marksAwarded: a.marks + b.marks });

    // The student's result shows the teacher's marks, their comment, and the new total.
    await markAsTeacher(actor(), attemptIds[1]!, { labels: b.labels, comment: "Well structured." });
    const state = await getMockExam(student().id, mockId);
    if (state.status !== "COMPLETED") throw new Error("expected a completed paper");
    expect(state.result.marksAwarded).toBe(a.marks + b.marks);
    expect(state.result.questions.map((r) => [r.marksAwarded, r.teacherMarking])).toEqual([
      [a.marks, { comment: null }],
      [b.marks, { comment: "Well structured." }],
    ]);
  });

  it("marks by markbands, checked like self-marking", async () => {
    const q = bands[0]!;
    const bandAssignment = await createTestAssignment(klass.id, { questionIds: [q.id] });
    const { attemptIds } = await answerInPractice(student().id, bandAssignment.id, [q.id], "A long essay on market failure. ".repeat(5));
    const id = attemptIds[0]!;
    const top = q.markbands!.map((c) => ({ criterion: c.id, level: c.levels.length, marks: c.levels.at(-1)!.max }));

    expect(await rejectionOf(markAsTeacher(actor(), id, { labels: q.labels }))).toMatchObject({ status: 400, message: expect.stringMatching(/markbands/) });
    const tooMany = top.map((t) => ({ ...t, marks: t.marks + 1 }));
    expect(await rejectionOf(markAsTeacher(actor(), id, { bands: tooMany }))).toMatchObject({ status: 400, message: expect.stringMatching(/is worth/) });
    const noLevel = top.map((t) => ({ ...t, level: 9 }));
    expect(await rejectionOf(markAsTeacher(actor(), id, { bands: noLevel }))).toMatchObject({ status: 400, message: expect.stringMatching(/has no level 9/) });
    expect(await attempt(id)).toMatchObject({ status: "AWAITING_MARKING", markedBy: null });

    await markAsTeacher(actor(), id, { bands: top, comment: "Excellent evaluation." });
    expect(await attempt(id)).toMatchObject({ markedBy: "TEACHER", marksAwarded: q.marks, bandAwards: top, markerComment: "Excellent evaluation." });
  });

  it("refuses unknown points and over-long comments with the reason, writing nothing", async () => {
    const q = points[4]!;
    const { attemptIds } = await answerInPractice(student().id, assignmentId, [q.id]);
    const id = attemptIds[0]!;
    expect(await rejectionOf(markAsTeacher(actor(), id, { labels: ["ZZ9"] }))).toMatchObject({
      status: 400,
      message: 'This question has no marking point "ZZ9".',
    });
    expect(await rejectionOf(markAsTeacher(actor(), id, { labels: [], comment: "x".repeat(2001) }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/2,000 characters/),
    });
    expect(await rejectionOf(markAsTeacher(actor(), "not-an-id", { labels: [] }))).toMatchObject({ status: 404 });
    expect(await attempt(id)).toMatchObject({ status: "AWAITING_MARKING" });
    expect(await auditEntries(id)).toEqual([]);
  });

  it("is a 403 for a student and a 404 for anything the teacher may not mark", async () => {
    const q = points[5]!;
    const { attemptIds } = await answerInPractice(student().id, assignmentId, [q.id]);
    const id = attemptIds[0]!;
    expect(await rejectionOf(markAsTeacher({ id: student().id, role: "STUDENT" }, id, { labels: [] }))).toMatchObject({ status: 403 });
    // The teacher of another class.
    expect(await rejectionOf(markAsTeacher({ id: other.teacher.id, role: "TEACHER" }, id, { labels: [] }))).toMatchObject({ status: 404 });
    // An answer made outside any assignment, by a member of the class.
    const own = await answerInPractice(student().id, null, [q.id]);
    expect(await rejectionOf(markAsTeacher(actor(), own.attemptIds[0]!, { labels: [] }))).toMatchObject({ status: 404 });
    // An answer to this class's assignment by someone who is not a member (a leaver, or a stranger).
    const stranger = await answerInPractice(outsider.id, assignmentId, [q.id]);
    expect(await rejectionOf(markAsTeacher(actor(), stranger.attemptIds[0]!, { labels: [] }))).toMatchObject({ status: 404 });
    // Work on another class's assignment.
    const otherAssignment = await createTestAssignment(other.id, { questionIds: [q.id] });
    const theirs = await answerInPractice(other.students[0]!.id, otherAssignment.id, [q.id]);
    expect(await rejectionOf(markAsTeacher(actor(), theirs.attemptIds[0]!, { labels: [] }))).toMatchObject({ status: 404 });
    for (const a of [id, own.attemptIds[0]!, stranger.attemptIds[0]!, theirs.attemptIds[0]!])
      expect(await attempt(a)).toMatchObject({ status: "AWAITING_MARKING" });
  });
});
