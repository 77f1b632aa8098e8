import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as mark } from "./route";
import { GET as queue } from "../classes/[classId]/marking-queue/route";
import { answerInPractice, createTestAssignment } from "@/lib/test-support/assignment-work";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { publishedQuestions } from "@/lib/test-support/questions";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { signInAs, type TestUser } from "@/lib/test-support/users";

// The real handlers with real sessions: access, parsing and error shapes at the edge.
const base = "http://127.0.0.1:3100/api/v1";
const post = (cookie: string, body: unknown) =>
  new Request(`${base}/teacher-marking`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: "http://127.0.0.1:3100" },
    body: JSON.stringify(body),
  });
const get = (cookie: string, classId: string, query = "") => new Request(`${base}/classes/${classId}/marking-queue${query}`, { headers: { cookie } });
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe("teacher marking API", () => {
  let klass: TestClass;
  let other: TestClass;
  let attemptId: string;
  const cookies: Record<string, string> = {};
  const cookieOf = async (user: TestUser) => (cookies[user.id] ??= (await signInAs(user)).cookie);

  beforeAll(async () => {
    klass = await createTestClass({ courseSlug: "economics-hl", students: 1 });
    other = await createTestClass({ courseSlug: "economics-hl" });
    const q = (await publishedQuestions("economics-hl", { type: "WRITTEN" })).find((w) => w.marks > 1)!;
    const assignment = await createTestAssignment(klass.id, { questionIds: [q.id] });
    attemptId = (await answerInPractice(klass.students[0]!.id, assignment.id, [q.id])).attemptIds[0]!;
  });
  afterAll(async () => {
    await deleteTestClass(klass);
    await deleteTestClass(other);
  });

  it("refuses students (403) and other classes' teachers (404)", async () => {
    const student = await cookieOf(klass.students[0]!);
    expect((await mark(post(student, { attemptId, labels: [] }), params({}))).status).toBe(403);
    expect((await queue(get(student, klass.id), params({ classId: klass.id }))).status).toBe(403);
    const stranger = await cookieOf(other.teacher);
    expect((await mark(post(stranger, { attemptId, labels: [] }), params({}))).status).toBe(404);
    expect((await queue(get(stranger, klass.id), params({ classId: klass.id }))).status).toBe(404);
  });

  it("answers bad input with a 4xx naming the problem", async () => {
    const teacher = await cookieOf(klass.teacher);
    const junk = await mark(post(teacher, { attemptId, labels: [5] }), params({}));
    expect(junk.status).toBe(400);
    const unknown = await mark(post(teacher, { attemptId, labels: ["ZZ9"] }), params({}));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe('This question has no marking point "ZZ9".');
    expect((await mark(post(teacher, { attemptId: "00000000-0000-7000-8000-000000000000", labels: [] }), params({}))).status).toBe(404);
    expect((await queue(get(teacher, "not-a-class"), params({ classId: "not-a-class" }))).status).toBe(404);
    expect((await queue(get(teacher, klass.id, "?cursor=nope"), params({ classId: klass.id }))).status).toBe(400);
  });

  it("lists the answer, marks it, and audits the marking with the request's details", async () => {
    const teacher = await cookieOf(klass.teacher);
    const listed = await queue(get(teacher, klass.id), params({ classId: klass.id }));
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: { attemptId: string }[] }).items.map((i) => i.attemptId)).toEqual([attemptId]);

    const res = await mark(post(teacher, { attemptId, labels: [], comment: "Define the terms first." }), params({}));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ attemptId, marksAwarded: 0, comment: "Define the terms first." });
    const [entry] = await auditEntriesFor(attemptId);
    expect(entry).toMatchObject({ actorId: klass.teacher.id, action: "attempt.teacher_mark", requestId: expect.any(String), ip: expect.any(String) });
    const after = await queue(get(teacher, klass.id), params({ classId: klass.id }));
    expect(((await after.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
