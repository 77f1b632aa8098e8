import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAttempts, type AttemptToRecord } from "@/lib/attempts/record-attempts";
import { rejectionOf } from "@/lib/test-support/rejection";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { createTestUser, type TestUser } from "@/lib/test-support/users";
import { classAnalyticsKey, classRecentWriteKey } from "@/lib/class-cache/class-analytics-cache";
import { getClassAnalytics } from "./get-class-analytics";

const primary = db.$primary() as typeof db;
const DAY = 86_400_000;
const classes: TestClass[] = [];
const extraUsers: string[] = [];

type Question = AttemptToRecord["question"];
const answer = (question: Question, marksAwarded: number): AttemptToRecord => ({
  question,
  answer: { type: "NUMERIC", value: "1" },
  result: { status: "MARKED", marksAwarded, maxMarks: question.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
  timeSpentMs: 1_000,
});

async function questions(courseSlug: string, take: number): Promise<Question[]> {
  return primary.question.findMany({
    where: { course: { slug: courseSlug }, status: "PUBLISHED", type: { not: "WRITTEN" } },
    orderBy: { key: "asc" },
    take,
    select: { id: true, courseId: true, topicId: true, marks: true, version: true },
  });
}

async function newClass(options: Parameters<typeof createTestClass>[0]) {
  const c = await createTestClass(options);
  classes.push(c);
  return c;
}

afterAll(async () => {
  await cache.invalidate(...classes.map((c) => classAnalyticsKey(c.id)));
  for (const c of classes) await deleteTestClass(c);
  await db.user.deleteMany({ where: { id: { in: extraUsers } } });
});

describe("class analytics on a hand-built class", () => {
  const now = new Date();
  let cls: TestClass;
  let ann: TestUser, ben: TestUser, cat: TestUser, outsider: TestUser;
  let topics: { id: string; code: string }[];

  beforeAll(async () => {
    cls = await newClass({ students: 3 });
    [ann, ben, cat] = cls.students as [TestUser, TestUser, TestUser];
    outsider = await createTestUser({ courses: ["physics-sl"] });
    extraUsers.push(outsider.id);
    await primary.user.update({ where: { id: ann.id }, data: { name: "Ann Analytics", lastActiveAt: new Date(now.getTime() - DAY) } });
    await primary.user.update({ where: { id: ben.id }, data: { name: "Ben Analytics", lastActiveAt: new Date(now.getTime() - 8 * DAY) } });
    await primary.user.update({ where: { id: cat.id }, data: { name: "Cat Analytics", lastActiveAt: null } });

    // Ann answers six different questions fully right: enough for a prediction (grade 7). Ben and Cat: none.
    const physics = await questions("physics-sl", 6);
    await recordAttempts(
      ann.id,
      physics.map((q) => answer(q, q.marks)),
    );
    // The outsider (not a member) and Ann in another course: neither may show.
    await recordAttempts(
      outsider.id,
      physics.map((q) => answer(q, 0)),
    );

    // Assignments: A1 (questions, due yesterday) and A2 (mock, due tomorrow).
    const a1 = await primary.assignment.create({
      data: {
        classId: cls.id,
        title: "A1 kinematics",
        kind: "QUESTIONS",
        questionIds: physics.slice(0, 2).map((q) => q.id),
        releaseAt: new Date(now.getTime() - 3 * DAY),
        dueAt: new Date(now.getTime() - DAY),
        timezone: "UTC",
      },
    });
    const a2 = await primary.assignment.create({
      data: {
        classId: cls.id,
        title: "A2 mock",
        kind: "MOCK",
        paper: "P1",
        releaseAt: new Date(now.getTime() - DAY),
        dueAt: new Date(now.getTime() + DAY),
        timezone: "UTC",
      },
    });
    const set = (userId: string, completedAt: Date | null) =>
      primary.practiceSession.create({
        data: {
          userId,
          courseId: cls.courseId,
          filters: {},
          questionIds: physics.slice(0, 2).map((q) => q.id),
          assignmentId: a1.id,
          startedAt: new Date(now.getTime() - 2 * DAY),
          status: completedAt ? "COMPLETED" : "IN_PROGRESS",
          completedAt,
        },
      });
    // Ann on time with full marks (band 80–100 %), Ben late without marks, the outsider on time (not counted).
    const annSet = await set(ann.id, new Date(now.getTime() - 1.5 * DAY));
    await recordAttempts(
      ann.id,
      physics.slice(0, 2).map((q) => answer(q, q.marks)),
      { practiceSessionId: annSet.id },
    );
    await set(ben.id, new Date(now.getTime() - DAY / 2));
    await set(outsider.id, new Date(now.getTime() - 2 * DAY));
    const paper = (userId: string, marksAwarded: number | null) =>
      primary.mockExam.create({
        data: {
          userId,
          courseId: cls.courseId,
          paper: "P1",
          questionIds: [],
          assignmentId: a2.id,
          deadlineAt: new Date(now.getTime() + DAY),
          totalMarks: 20,
          marksAwarded,
          submittedAt: marksAwarded === null ? null : new Date(now.getTime() - DAY / 4),
          status: marksAwarded === null ? "IN_PROGRESS" : "COMPLETED",
        },
      });
    await paper(ann.id, null); // in progress
    await paper(ben.id, 9); // 45 %: band 40–59 %

    // Mastery, set by hand so the expected means are exact: T1 Ann 0.2, Ben 0.4; T2 Ann 0.8.
    topics = await primary.topic.findMany({
      where: { courseId: cls.courseId, archivedAt: null, children: { none: {} } },
      orderBy: { sortOrder: "asc" },
      take: 2,
      select: { id: true, code: true },
    });
    await primary.topicProgress.deleteMany({ where: { userId: { in: [ann.id, ben.id] } } });
    const progress = (userId: string, topicId: string, mastery: number, attempts: number) =>
      Prisma.sql`(${userId}::uuid, ${topicId}::uuid, ${cls.courseId}::uuid, ${attempts}, ${mastery}::real)`;
    await primary.$executeRaw`insert into topic_progress (user_id, topic_id, course_id, attempts, mastery) values ${Prisma.join([
      progress(ann.id, topics[0]!.id, 0.2, 2),
      progress(ann.id, topics[1]!.id, 0.8, 1),
      progress(ben.id, topics[0]!.id, 0.4, 3),
    ])}`;
    // Ann's progress in another course (she is enrolled there too): never in this class's analytics.
    const chemistry = await primary.topic.findFirstOrThrow({ where: { course: { slug: "chemistry-sl" } }, select: { id: true, courseId: true } });
    await primary.$executeRaw`insert into topic_progress (user_id, topic_id, course_id, attempts, mastery) values (${ann.id}::uuid, ${chemistry.id}::uuid, ${chemistry.courseId}::uuid, 4, 0.01)`;
    await cache.invalidate(classAnalyticsKey(cls.id));
  });

  it("refuses students (403) and teachers of other classes (404), and ids that name nothing (404)", async () => {
    const other = await newClass({ students: 1 });
    expect(await rejectionOf(getClassAnalytics(ann, cls.id))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(getClassAnalytics(other.teacher, cls.id))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(getClassAnalytics(cls.teacher, "not-a-class"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(getClassAnalytics(cls.teacher, "0190a0a0-0000-7000-8000-000000000000"))).toBeInstanceOf(NotFoundError);
  });

  it("lists members by name with their last activity, inactive after a week or never active", async () => {
    const a = await getClassAnalytics(cls.teacher, cls.id, { reader: primary, now });
    expect(a.courseName).toBe("Physics SL");
    expect(a.members.map((m) => [m.name, m.inactive])).toEqual([
      ["Ann Analytics", false],
      ["Ben Analytics", true],
      ["Cat Analytics", true],
    ]);
    expect(a.members.map((m) => m.id)).not.toContain(outsider.id);
    expect(a.members[2]!.lastActiveAt).toBeNull();
  });

  it("builds the heat map from the class's course only, null where unseen", async () => {
    const a = await getClassAnalytics(cls.teacher, cls.id, { reader: primary, now });
    expect(a.heatMap).toHaveLength(3);
    const i1 = a.topics.findIndex((t) => t.code === topics[0]!.code);
    const i2 = a.topics.findIndex((t) => t.code === topics[1]!.code);
    expect(a.heatMap[0]![i1]).toBeCloseTo(0.2, 3);
    expect(a.heatMap[0]![i2]).toBeCloseTo(0.8, 3);
    expect(a.heatMap[1]![i1]).toBeCloseTo(0.4, 3);
    expect(a.heatMap[1]![i2]).toBeNull();
    expect(a.heatMap[2]!.every((m) => m === null)).toBe(true);
    // Ann's chemistry row (0.01) is nowhere: only Ann's two and Ben's one physics cells are filled.
    expect(a.heatMap.flat().filter((m) => m !== null)).toHaveLength(3);
  });

  it("ranks the weakest topics by mean mastery among the students who have seen them", async () => {
    const a = await getClassAnalytics(cls.teacher, cls.id, { reader: primary, now });
    expect(a.weakestTopics.map((t) => [t.code, t.meanMastery, t.seenBy])).toEqual([
      [topics[0]!.code, 0.3, 2],
      [topics[1]!.code, 0.8, 1],
    ]);
  });

  it("counts each assignment's completion and mark bands over current members only", async () => {
    const a = await getClassAnalytics(cls.teacher, cls.id, { reader: primary, now });
    expect(
      a.assignments.map(({ title, submitted, late, inProgress, notStarted, markBands }) => ({ title, submitted, late, inProgress, notStarted, markBands })),
    ).toEqual([
      { title: "A2 mock", submitted: 1, late: 0, inProgress: 1, notStarted: 1, markBands: [0, 0, 1, 0, 0] },
      { title: "A1 kinematics", submitted: 1, late: 1, inProgress: 0, notStarted: 1, markBands: [0, 0, 0, 0, 1] },
    ]);
  });

  it("distributes predicted grades with the dashboard's prediction", async () => {
    const a = await getClassAnalytics(cls.teacher, cls.id, { reader: primary, now });
    expect(a.grades).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(a.notEnoughData).toBe(2);
    expect(a.members[0]!.predictedGrade).toBe(7);
  });
});

/** A class of `size` members, each with mastery on ten leaf topics; twenty of them with a few answers. */
async function classOfSize(size: number): Promise<TestClass> {
  const c = await newClass({ students: size });
  await primary.$executeRaw`
    insert into topic_progress (user_id, topic_id, course_id, attempts, mastery)
    select m.user_id, t.id, t.course_id, 1, random()
    from class_members m cross join (
      select t.id, t.course_id from topics t where t.course_id = ${c.courseId}::uuid
        and not exists (select 1 from topics ch where ch.parent_id = t.id) order by t.sort_order limit 10
    ) t
    where m.class_id = ${c.id}::uuid`;
  const qs = await questions(c.courseSlug, 3);
  await Promise.all(
    c.students.slice(0, 20).map((s) =>
      recordAttempts(
        s.id,
        qs.map((q) => answer(q, 1)),
      ),
    ),
  );
  await primary.assignment.create({
    data: {
      classId: c.id,
      title: "Set",
      kind: "QUESTIONS",
      questionIds: [qs[0]!.id],
      releaseAt: new Date(),
      dueAt: new Date(Date.now() + DAY),
      timezone: "UTC",
    },
  });
  return c;
}

describe("class analytics at scale", () => {
  it.each([30, 300])("costs the same few statements on a miss for %i members, and one (the access check) on a hit", { timeout: 60_000 }, async (size) => {
    const c = await classOfSize(size);
    await cache.invalidate(classAnalyticsKey(c.id));
    const miss = await countSqlStatements(() => getClassAnalytics(c.teacher, c.id));
    expect(miss.result.members).toHaveLength(size);
    // Ten cells per member, plus the topics of the twenty members' answers.
    expect(miss.result.heatMap.flat().filter((m) => m !== null).length).toBeGreaterThanOrEqual(size * 10);
    // The access check plus the three analytics statements, whatever the class's size.
    expect(miss.statements.length, miss.statements.join("\n")).toBeLessThanOrEqual(4);

    const hit = await countSqlStatements(() => getClassAnalytics(c.teacher, c.id));
    expect(hit.statements.length, hit.statements.join("\n")).toBe(1);
    expect(hit.result).toEqual(miss.result);
  });
});

describe("read-your-writes", () => {
  it("shows a member's answer at once: their write drops the class's analytics and sends its next computation to the primary", async () => {
    const c = await newClass({ students: 2 });
    const before = await getClassAnalytics(c.teacher, c.id);
    expect(before.heatMap.flat().every((m) => m === null)).toBe(true);

    const [q] = await questions(c.courseSlug, 1);
    await recordAttempts(c.students[0]!.id, [answer(q!, q!.marks)]);
    expect(await redis.exists(classAnalyticsKey(c.id))).toBe(0);
    expect(await redis.exists(classRecentWriteKey(c.id))).toBe(1);

    const after = await getClassAnalytics(c.teacher, c.id);
    const row = after.members.findIndex((m) => m.id === c.students[0]!.id);
    expect(after.heatMap[row]!.some((m) => m !== null)).toBe(true);
  });
});
