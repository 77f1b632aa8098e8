import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadProgressReportData } from "./progress-report-data";
import { resolveReportStudents } from "./resolve-report-students";
import { createTestStudent } from "@/lib/test-support/test-student";

const primary = db.$primary() as typeof db;
const created: string[] = [];
let strong: Awaited<ReturnType<typeof createTestStudent>>;
let idle: Awaited<ReturnType<typeof createTestStudent>>;
let otherCourse: Awaited<ReturnType<typeof createTestStudent>>;

beforeAll(async () => {
  strong = await createTestStudent({ name: "Zara Report", answers: 6, correct: 4 });
  idle = await createTestStudent({ name: "Adam Report" });
  otherCourse = await createTestStudent({ name: "Maya Report", courseSlug: "chemistry-sl", answers: 2 });
  created.push(strong.userId, idle.userId, otherCourse.userId);
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: created } } });
});

describe("loadProgressReportData", () => {
  it("reports each student's courses, top-level mastery, prediction and last 30 days, in name order", async () => {
    const reports = await loadProgressReportData({ userIds: [strong.userId, idle.userId] }, { reader: primary });
    expect(reports.map((r) => r.name)).toEqual(["Adam Report", "Zara Report"]);

    const zara = reports[1]!;
    expect(zara.courses).toHaveLength(1);
    const physics = zara.courses[0]!;
    expect(physics).toMatchObject({ name: "Physics SL", level: "SL", targetGrade: 6 });
    // Six marked answers: enough for a prediction.
    expect(physics.prediction).not.toBeNull();
    expect(physics.predictionNeeds).toBe(0);
    const practised = physics.topics.filter((t) => t.attempts > 0);
    expect(practised.length).toBeGreaterThan(0);
    expect(practised.reduce((sum, t) => sum + t.attempts, 0)).toBe(6);
    for (const t of practised) expect(t.mastery).toBeGreaterThanOrEqual(0);
    expect(zara.activity).toMatchObject({ answered: 6, marked: 6 });
    expect(zara.activity.accuracy).toBeGreaterThan(0);
    expect(zara.activity.accuracy).toBeLessThan(1);
    // The two wrong answers became mistake cards, due now.
    expect(zara.flashcards.dueToday).toBeGreaterThanOrEqual(2);

    const adam = reports[0]!;
    expect(adam.activity).toEqual({ answered: 0, marked: 0, marksAwarded: 0, maxMarks: 0, accuracy: null });
    expect(adam.courses[0]!.prediction).toBeNull();
    expect(adam.courses[0]!.topics.every((t) => t.mastery === null)).toBe(true);
  });

  it("narrows every student to the course of a course report", async () => {
    const both = await createTestStudent({ name: "Both Courses", answers: 1 });
    created.push(both.userId);
    await db.enrolment.create({ data: { userId: both.userId, courseId: otherCourse.courseId } });
    const [report] = await loadProgressReportData({ userIds: [both.userId], courseId: otherCourse.courseId }, { reader: primary });
    expect(report!.courses.map((c) => c.name)).toEqual(["Chemistry SL"]);
  });

  it("leaves out students who do not exist", async () => {
    const reports = await loadProgressReportData({ userIds: [idle.userId, "0190a0a0-0000-7000-8000-000000000000"] }, { reader: primary });
    expect(reports.map((r) => r.userId)).toEqual([idle.userId]);
  });
});

describe("resolveReportStudents", () => {
  it("finds a course's enrolled students, and keeps only existing ones from a list", async () => {
    const course = await resolveReportStudents({ courseId: otherCourse.courseId }, primary);
    expect(course.courseId).toBe(otherCourse.courseId);
    expect(course.userIds).toContain(otherCourse.userId);
    expect(course.userIds).not.toContain(idle.userId);

    const listed = await resolveReportStudents({ userIds: [idle.userId, "0190a0a0-0000-7000-8000-000000000001"] }, primary);
    expect(listed).toEqual({ userIds: [idle.userId], courseId: null, truncated: false });
  });
});
