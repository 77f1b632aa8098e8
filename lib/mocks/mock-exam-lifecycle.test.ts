import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { getMockExam } from "./mock-exam-state";
import { DEADLINE_GRACE_MS } from "./mock-input";
import { saveMockDraft } from "./save-mock-draft";
import { startMockExam } from "./start-mock-exam";
import { submitMockExam } from "./submit-mock-exam";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let student: string;
let stranger: string;
beforeAll(async () => {
  student = (await createTestUser({ courses: ["physics-sl"] })).id;
  stranger = (await createTestUser({ courses: ["physics-sl"] })).id;
});
afterAll(() => deleteTestUsers([student, stranger]));

const deadlineOf = (id: string) => db.$primary().mockExam.findUniqueOrThrow({ where: { id }, select: { deadlineAt: true, startedAt: true } });

describe("startMockExam", () => {
  it("times the paper as scale × its duration, at least a minute, and takes seconds on local instances", async () => {
    const quarter = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.4 });
    const q = await deadlineOf(quarter.id);
    expect(q.deadlineAt.getTime() - q.startedAt.getTime()).toBe(50 * 60_000 * 0.4);
    const tiny = await deadlineOf((await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.01 })).id);
    expect(tiny.deadlineAt.getTime() - tiny.startedAt.getTime()).toBe(60_000);
    const fast = await deadlineOf((await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.25, durationSeconds: 15 })).id);
    expect(fast.deadlineAt.getTime() - fast.startedAt.getTime()).toBe(15_000);
  });

  it("refuses very short papers on a deployed (public) production site", async () => {
    const saved = { NODE_ENV: env.NODE_ENV, APP_URL: env.APP_URL };
    Object.assign(env, { NODE_ENV: "production", APP_URL: "https://ib-revise.example" });
    try {
      await expect(startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", durationSeconds: 15 })).rejects.toMatchObject({ status: 400 });
      await expect(startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.05 })).rejects.toMatchObject({ status: 400 });
    } finally {
      Object.assign(env, saved);
    }
  });

  it("requires the student to be enrolled and the input to be valid", async () => {
    await expect(startMockExam(student, { courseSlug: "math-aa-hl", paper: "P1" })).rejects.toMatchObject({ status: 403 });
    await expect(startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 2 })).rejects.toMatchObject({ status: 400 });
    await expect(startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", durationSeconds: 3 })).rejects.toMatchObject({ status: 400 });
  });
});

describe("a running paper", () => {
  it("shows stems and options but never answers, markschemes or solutions", async () => {
    const { id } = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1", scale: 0.4 });
    const state = await getMockExam(student, id);
    expect(state.status).toBe("IN_PROGRESS");
    expect(state.questions!.length).toBeGreaterThan(0);
    for (const q of state.questions!) expect(Object.keys(q).sort()).toEqual(["context", "id", "marks", "number", "options", "stem", "type"]);
    expect(JSON.stringify(state)).not.toMatch(/correctOptionId|numericAnswer|workedSolution|markingPoints/);
    expect(state.paper.name).toMatch(/Paper 1/);
    expect(Date.parse(state.deadlineAt)).toBeGreaterThan(Date.parse(state.serverNow));
  });

  it("autosaves answers with one UPDATE, clears them with null, and refuses questions of other papers", async () => {
    const { id } = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.4 });
    const [first, second] = (await getMockExam(student, id)).questions!;
    const { statements } = await countSqlStatements(() => saveMockDraft(student, id, first!.id, { type: "MCQ", optionId: "B" }));
    expect(statements).toHaveLength(1);
    await saveMockDraft(student, id, second!.id, { type: "MCQ", optionId: "C" });
    await saveMockDraft(student, id, first!.id, { type: "MCQ", optionId: "D" });
    expect((await getMockExam(student, id)).draftAnswers).toEqual({
      [first!.id]: { type: "MCQ", optionId: "D" },
      [second!.id]: { type: "MCQ", optionId: "C" },
    });
    await saveMockDraft(student, id, second!.id, null);
    expect((await getMockExam(student, id)).draftAnswers).toEqual({ [first!.id]: { type: "MCQ", optionId: "D" } });

    const other = await db.question.findFirstOrThrow({ where: { course: { slug: "physics-sl" }, paper: "P2" }, select: { id: true } });
    await expect(saveMockDraft(student, id, other.id, { type: "NUMERIC", value: "1" })).rejects.toMatchObject({ status: 400 });
  });

  it("accepts answers until the deadline plus a few seconds' grace, then answers 409 time is up", async () => {
    const { id } = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.4, durationSeconds: 60 });
    const [q] = (await getMockExam(student, id)).questions!;
    const { deadlineAt } = await deadlineOf(id);
    const at = (ms: number) => ({ now: new Date(deadlineAt.getTime() + ms) });
    await expect(saveMockDraft(student, id, q!.id, { type: "MCQ", optionId: "A" }, at(DEADLINE_GRACE_MS - 1000))).resolves.toBeTruthy();
    await expect(saveMockDraft(student, id, q!.id, { type: "MCQ", optionId: "B" }, at(DEADLINE_GRACE_MS + 1000))).rejects.toMatchObject({
      status: 409,
      code: "time_up",
    });
    // The late answer was not written: the one saved in time is what counts.
    expect((await getMockExam(student, id)).draftAnswers).toEqual({ [q!.id]: { type: "MCQ", optionId: "A" } });

    await submitMockExam(student, id, { auto: false });
    await expect(saveMockDraft(student, id, q!.id, { type: "MCQ", optionId: "C" })).rejects.toMatchObject({ status: 409 });
  });

  it("is not found for another user, whatever they try", async () => {
    const { id } = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.4 });
    const [q] = (await getMockExam(student, id)).questions!;
    await expect(getMockExam(stranger, id)).rejects.toMatchObject({ status: 404 });
    await expect(saveMockDraft(stranger, id, q!.id, { type: "MCQ", optionId: "A" })).rejects.toMatchObject({ status: 404 });
    await expect(submitMockExam(stranger, id, { auto: false })).rejects.toMatchObject({ status: 404 });
    await expect(getMockExam(student, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
    expect((await getMockExam(student, id)).status).toBe("IN_PROGRESS");
  });
});
