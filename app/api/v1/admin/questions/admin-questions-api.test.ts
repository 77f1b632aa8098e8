import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { getQuestionForStudent } from "@/lib/questions/list-questions";
import { GET as list, POST as create } from "./route";
import { GET as getOne, PATCH as patch } from "./[id]/route";
import { POST as publish } from "./[id]/publish/route";
import { POST as unpublish } from "./[id]/unpublish/route";
import { POST as archive } from "./[id]/archive/route";
import { createTestCourse, deleteTestSubject, mcqQuestion, writtenQuestion } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

const BASE = "http://127.0.0.1:3100/api/v1/admin/questions";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let admin: string;
let student: string;
let adminCookie: string;
let studentCookie: string;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

const cookieFor = async (userId: string, role: "ADMIN" | "STUDENT") =>
  sessionCookieHeader(
    await createSession({ userId, email: `${userId}@example.test`, name: null, role, onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }),
  );
const call = (handler: Handler, options: { path?: string; method?: string; body?: unknown; cookie?: string; id?: string } = {}) => {
  const headers = new Headers({ "content-type": "application/json" });
  if (options.cookie ?? adminCookie) headers.set("cookie", options.cookie ?? adminCookie);
  const request = new Request(`${BASE}${options.path ?? ""}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const params: Record<string, string> = options.id ? { id: options.id } : {};
  return handler(request, { params: Promise.resolve(params) });
};
type ErrorBody = { error: { code: string; message: string; details?: { issues: { path: string; message: string }[] } } };

beforeAll(async () => {
  admin = (await createTestUser({ role: "ADMIN" })).id;
  student = (await createTestUser({ role: "STUDENT" })).id;
  [adminCookie, studentCookie] = await Promise.all([cookieFor(admin, "ADMIN"), cookieFor(student, "STUDENT")]);
  fixture = await createTestCourse();
});
afterAll(async () => {
  await Promise.all([admin, student].map((id) => revokeAllSessions(id)));
  await db.user.deleteMany({ where: { id: { in: [admin, student] } } });
  await deleteTestSubject(fixture.subject.id);
});

describe("admin questions API", () => {
  it("creates a draft, reads, edits, publishes, unpublishes and archives it", async () => {
    const input = writtenQuestion(fixture.course.id, fixture.topics.t11.id);
    const created = await call(create, { method: "POST", body: input });
    expect(created.status).toBe(201);
    const question = (await created.json()) as { id: string; status: string; version: number; markingPoints: unknown[] };
    expect(question).toMatchObject({
      status: "DRAFT",
      version: 1,
      key: input.key,
      stem: input.stem,
      markingPoints: [{ label: "M1" }, { label: "A1" }, { label: "A2" }],
    });

    const read = await call(getOne, { path: `/${question.id}`, id: question.id });
    expect(await read.json()).toMatchObject({ id: question.id, course: { slug: fixture.course.slug } });

    const edited = await call(patch, { path: `/${question.id}`, method: "PATCH", id: question.id, body: { stem: "Edited stem $x$.", version: 1 } });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ stem: "Edited stem $x$.", version: 2, workedSolution: input.workedSolution });

    const published = await call(publish, { path: `/${question.id}/publish`, method: "POST", id: question.id });
    expect(await published.json()).toEqual({ id: question.id, status: "PUBLISHED", changed: true });
    expect(await getQuestionForStudent(student, question.id)).toMatchObject({ stem: "Edited stem $x$." });

    expect(await (await call(unpublish, { method: "POST", id: question.id })).json()).toMatchObject({ status: "DRAFT" });
    expect(await (await call(archive, { method: "POST", id: question.id })).json()).toMatchObject({ status: "ARCHIVED" });
    expect(await getQuestionForStudent(student, question.id)).toBeNull();

    const listed = await call(list, { path: `?course=${fixture.course.id}&status=ARCHIVED` });
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([question.id]);
  });

  it("answers 400 with field paths for invalid content", async () => {
    const res = await call(create, {
      method: "POST",
      body: mcqQuestion(fixture.course.id, fixture.topics.t11.id, { correctOptionId: "", stem: "Which is $\\frac{1}{$?" }),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe("validation_failed");
    expect(error.details?.issues.map((i) => i.path)).toEqual(["correctOptionId", "stem"]);

    const shape = await call(create, { method: "POST", body: { ...writtenQuestion(fixture.course.id, fixture.topics.t11.id), marks: 0 } });
    expect(shape.status).toBe(400);
    expect(((await shape.json()) as ErrorBody).error.details?.issues).toEqual([{ path: "marks", message: "Marks must be a whole number from 1 to 30" }]);

    const created = (await (await call(create, { method: "POST", body: writtenQuestion(fixture.course.id, fixture.topics.t11.id) })).json()) as { id: string };
    const unknownLabel = await call(patch, {
      method: "PATCH",
      id: created.id,
      body: { markingPoints: [{ label: "A1", kind: "A", marks: 3, text: "x", dependsOn: ["M1"] }] },
    });
    expect(unknownLabel.status).toBe(400);
    expect(((await unknownLabel.json()) as ErrorBody).error.details?.issues).toEqual([
      { path: "markingPoints.0.dependsOn", message: "A1 depends on M1, but there is no point M1" },
    ]);

    expect((await call(getOne, { id: "not-a-uuid" })).status).toBe(404);
    expect((await call(getOne, { id: "00000000-0000-7000-8000-000000000000" })).status).toBe(404);
    expect((await call(list, { path: "?course=nope" })).status).toBe(400);
  });

  it("answers 409 to an edit made over someone else's newer save", async () => {
    const created = (await (await call(create, { method: "POST", body: writtenQuestion(fixture.course.id, fixture.topics.t11.id) })).json()) as { id: string };
    await call(patch, { method: "PATCH", id: created.id, body: { stem: "First edit", version: 1 } });
    const res = await call(patch, { method: "PATCH", id: created.id, body: { stem: "Second edit", version: 1 } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe("version_conflict");
  });

  it("refuses students with 403 and anyone signed out with 401, changing nothing", async () => {
    const draft = (await (await call(create, { method: "POST", body: writtenQuestion(fixture.course.id, fixture.topics.t11.id) })).json()) as { id: string };
    const handlers: [Handler, string, unknown?][] = [
      [list, "GET"],
      [create, "POST", writtenQuestion(fixture.course.id, fixture.topics.t11.id)],
      [getOne, "GET"],
      [patch, "PATCH", { stem: "Hacked" }],
      [publish, "POST"],
      [unpublish, "POST"],
      [archive, "POST"],
    ];
    for (const [handler, method, body] of handlers) {
      const asStudent = await call(handler, { method, body, id: draft.id, path: `?course=${fixture.course.id}`, cookie: studentCookie });
      expect(asStudent.status).toBe(403);
      expect(((await asStudent.json()) as ErrorBody).error.code).toBe("forbidden");
      expect((await call(handler, { method, body, id: draft.id, path: `?course=${fixture.course.id}`, cookie: "none=1" })).status).toBe(401);
    }
    expect(await db.$primary().question.findUnique({ where: { id: draft.id }, select: { stem: true, status: true } })).toMatchObject({
      status: "DRAFT",
      stem: expect.not.stringContaining("Hacked"),
    });
  });
});
