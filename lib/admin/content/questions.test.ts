import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { getCourse } from "@/lib/catalog/get-course";
import { getQuestionForStudent, listQuestions } from "@/lib/questions/list-questions";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createQuestion } from "./create-question";
import { getQuestionForEditor } from "./get-question-for-editor";
import { listAdminQuestions, adminQuestionQuery } from "./list-admin-questions";
import { archiveQuestion, publishQuestion, unpublishQuestion } from "./set-question-status";
import { updateQuestion } from "./update-question";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, insertQuestion, mcqQuestion, writtenQuestion } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
let student: string;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
let other: Awaited<ReturnType<typeof createTestCourse>>;

/** What a student's question bank shows for the test course, the way the page and API read it. */
const bank = async () => {
  const { filters, page } = parseQuestionQuery(new URLSearchParams({ course: fixture.course.slug }));
  return (await listQuestions(student, filters, page)).items;
};
const issuesOf = async (promise: Promise<unknown>) => {
  const err = await rejectionOf(promise);
  expect(err).toBeInstanceOf(ContentValidationError);
  expect((err as ContentValidationError).status).toBe(400);
  return (err as ContentValidationError).issues;
};

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  student = (await createTestUser({ role: "STUDENT" })).id;
  [fixture, other] = await Promise.all([createTestCourse(), createTestCourse()]);
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [admin.id, student] } } });
  await Promise.all([deleteTestSubject(fixture.subject.id), deleteTestSubject(other.subject.id)]);
});

describe("question lifecycle as students see it", () => {
  let id: string;

  it("keeps a draft from students and shows it on their next read once published", async () => {
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(0); // cached from here on
    const input = writtenQuestion(fixture.course.id, fixture.topics.t11.id);
    const created = await createQuestion(admin, input);
    id = created.id;
    expect(created).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await bank()).toEqual([]);
    expect(await getQuestionForStudent(student, id)).toBeNull();

    expect(await publishQuestion(admin, { id })).toMatchObject({ status: "PUBLISHED", changed: true });
    expect((await bank()).map((q) => [q.id, q.key, q.stemPreview])).toEqual([[id, input.key, input.stem]]);
    expect(await getQuestionForStudent(student, id)).toMatchObject({ stem: input.stem, marks: 3, type: "WRITTEN" });
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(1);
    expect((await getCourse(fixture.course.slug))?.topics[0]?.questionCount).toBe(1);
  });

  it("shows an edit of a published question on the students' next read, with a new version and markscheme", async () => {
    const edited = writtenQuestion(fixture.course.id, fixture.topics.t12.id, {
      stem: "A stone is dropped from $h = 45\\,\\text{m}$. Find its speed on landing.",
      marks: 2,
      markingPoints: [
        { label: "M1", kind: "M", marks: 1, text: "$v = \\sqrt{2gh}$", dependsOn: "", keywords: "" },
        { label: "A1", kind: "A", marks: 1, text: "$v \\approx 29.7$", dependsOn: "M1", keywords: "29.7, 30" },
      ],
    });
    const { courseId: _courseId, key: _key, ...fields } = edited;
    expect(await updateQuestion(admin, { id, version: "1", ...fields })).toEqual({ id, status: "PUBLISHED", version: 2 });

    expect(await getQuestionForStudent(student, id)).toMatchObject({ stem: edited.stem, marks: 2, topic: { code: "1.2", title: "Forces" } });
    expect((await bank())[0]?.stemPreview).toBe(edited.stem);
    const [answerable] = await loadQuestionsForAnswering([id]);
    expect(answerable).toMatchObject({
      version: 2,
      markingPoints: [
        { id: "M1", dependsOn: [] },
        { id: "A1", dependsOn: ["M1"], keywords: ["29.7", "30"] },
      ],
    });
    const topics = (await getCourse(fixture.course.slug))!.topics[0]!.children;
    expect(topics.map((t) => [t.code, t.questionCount])).toEqual([
      ["1.1", 0],
      ["1.2", 1],
    ]);

    const stale = await rejectionOf(updateQuestion(admin, { id, version: 1, ...fields }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ status: 409, code: "version_conflict" });
  });

  it("hides it again when unpublished or archived", async () => {
    await unpublishQuestion(admin, { id });
    expect(await bank()).toEqual([]);
    expect(await getQuestionForStudent(student, id)).toBeNull();
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(0);

    await publishQuestion(admin, { id });
    expect(await bank()).toHaveLength(1);
    await archiveQuestion(admin, { id });
    expect(await bank()).toEqual([]);
    expect(await getQuestionForStudent(student, id)).toBeNull();
    expect(await loadQuestionsForAnswering([id])).toEqual([]);
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(0);
    expect((await getQuestionForEditor(id))?.status).toBe("ARCHIVED");
  });

  it("records every step in the audit log with before and after", async () => {
    const entries = await auditEntries(id);
    expect(entries.map((e) => e.action)).toEqual([
      "question.create",
      "question.publish",
      "question.update",
      "question.unpublish",
      "question.publish",
      "question.archive",
    ]);
    expect(entries.every((e) => e.actorId === admin.id)).toBe(true);
    expect(entries[0]).toMatchObject({ before: null, after: { status: "DRAFT", version: 1, marks: 3 } });
    expect(entries[2]).toMatchObject({
      before: { version: 1, stem: expect.stringContaining("20"), markingPoints: expect.arrayContaining([expect.objectContaining({ label: "A2" })]) },
      after: { version: 2, stem: expect.stringContaining("45"), topicId: fixture.topics.t12.id },
    });
    expect(entries[5]).toMatchObject({ before: { status: "PUBLISHED" }, after: { status: "ARCHIVED" } });
  });
});

describe("question validation", () => {
  it("needs the correct answer among a multiple-choice question's options", async () => {
    expect(await issuesOf(createQuestion(admin, mcqQuestion(fixture.course.id, fixture.topics.t11.id, { correctOptionId: "" })))).toEqual([
      { path: "correctOptionId", message: "Choose the correct option" },
    ]);
    expect(
      await issuesOf(
        createQuestion(admin, mcqQuestion(fixture.course.id, fixture.topics.t11.id, { options: [{ id: "A", text: "Only" }], correctOptionId: "A" })),
      ),
    ).toEqual([{ path: "options", message: "A multiple-choice question needs at least two options" }]);
  });

  it("needs marking points that add up to the question's marks", async () => {
    expect(await issuesOf(createQuestion(admin, writtenQuestion(fixture.course.id, fixture.topics.t11.id, { marks: 5 })))).toEqual([
      { path: "markingPoints", message: "The marking points add up to 3 marks but the question is worth 5 marks" },
    ]);
  });

  it("reports invalid LaTeX with the field it is in", async () => {
    const issues = await issuesOf(
      createQuestion(
        admin,
        mcqQuestion(fixture.course.id, fixture.topics.t11.id, {
          options: [
            { id: "A", text: "$x$" },
            { id: "B", text: "$\\frac{1}{2$" },
          ],
          correctOptionId: "A",
          workedSolution: "$\\undefinedthing$",
        }),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(["options.1.text", "workedSolution"]);
    expect(issues[0]?.message).toMatch(/^LaTeX error in \$\\frac\{1\}\{2\$: /);
    expect(issues[1]?.message).toMatch(/Undefined control sequence: \\undefinedthing/);
  });

  it("needs dependencies on marking points that exist above", async () => {
    const points = writtenQuestion(fixture.course.id, fixture.topics.t11.id).markingPoints;
    expect(
      await issuesOf(
        createQuestion(
          admin,
          writtenQuestion(fixture.course.id, fixture.topics.t11.id, { markingPoints: [points[0], { ...points[1], dependsOn: ["M7"] }, points[2]] }),
        ),
      ),
    ).toEqual([{ path: "markingPoints.1.dependsOn", message: "A1 depends on M7, but there is no point M7" }]);
  });

  it("reports shape problems by field path, and ignores the parts of other question types", async () => {
    const issues = await issuesOf(
      createQuestion(admin, {
        ...writtenQuestion(fixture.course.id, fixture.topics.t11.id),
        stem: "  ",
        difficulty: "9",
        commandTerm: "Ponder",
        markingPoints: [{ label: "M 1", kind: "Q", marks: -1, text: "x" }],
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      "commandTerm",
      "difficulty",
      "markingPoints.0.kind",
      "markingPoints.0.label",
      "markingPoints.0.marks",
      "stem",
    ]);

    const numeric = await createQuestion(admin, {
      ...writtenQuestion(fixture.course.id, fixture.topics.t11.id, { marks: 1, markingPoints: [] }),
      type: "NUMERIC",
      numericAnswer: { value: "19.8", tolerance: "0.1", relativeTolerance: "", unit: "m s^-1", sigFigs: "" },
      options: [{ id: "A", text: "" }],
      correctOptionId: "Z",
    });
    const stored = await getQuestionForEditor(numeric.id);
    expect(stored).toMatchObject({ type: "NUMERIC", options: [], correctOptionId: undefined, numericAnswer: { value: 19.8, tolerance: 0.1, unit: "m s^-1" } });
    expect(await issuesOf(updateQuestion(admin, { ...stored, numericAnswer: { value: "" } }))).toEqual([
      { path: "numericAnswer.value", message: "Enter the correct numeric answer" },
    ]);
  });

  it("places questions on active topics of their course and the course's papers, with unique keys", async () => {
    const input = mcqQuestion(fixture.course.id, other.topics.t1.id, { paper: "P3" });
    expect(await issuesOf(createQuestion(admin, input))).toEqual([
      { path: "topicId", message: "Choose a topic of this question's course" },
      { path: "paper", message: "This course's papers are P1, P2" },
    ]);
    const first = await createQuestion(admin, mcqQuestion(fixture.course.id, fixture.topics.t11.id));
    expect(await issuesOf(createQuestion(admin, mcqQuestion(fixture.course.id, fixture.topics.t11.id, { key: first.key })))).toEqual([
      { path: "key", message: `The key ${first.key} is already used by another question` },
    ]);
  });

  it("will not publish a stored question that breaks the rules", async () => {
    const raw = await insertQuestion(fixture.course.id, fixture.topics.t2.id, "DRAFT");
    await db.question.update({ where: { id: raw.id }, data: { stem: "Costs $\\$5$." } });
    expect(await issuesOf(publishQuestion(admin, { id: raw.id }))).toEqual([{ path: "stem", message: expect.stringMatching(/^LaTeX error in \$\\\$: /) }]);
    expect((await getQuestionForEditor(raw.id))?.status).toBe("DRAFT");
  });

  it("is for admins only", async () => {
    const teacher = { id: student, role: "TEACHER" as const };
    expect(await rejectionOf(createQuestion(teacher, mcqQuestion(fixture.course.id, fixture.topics.t11.id)))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(publishQuestion({ id: student, role: "STUDENT" }, { id: fixture.topics.t1.id }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("admin question list", () => {
  it("filters by topic subtree, status, type and search, newest first, page by page", async () => {
    const q = await createQuestion(admin, mcqQuestion(other.course.id, other.topics.t12.id, { stem: "Which unit measures force?" }));
    await createQuestion(admin, writtenQuestion(other.course.id, other.topics.t2.id));
    const third = await createQuestion(admin, mcqQuestion(other.course.id, other.topics.t11.id));
    await publishQuestion(admin, { id: third.id });
    const list = async (query: Record<string, string>) => listAdminQuestions(adminQuestionQuery.parse({ course: other.course.id, ...query }));

    expect((await list({})).items.map((i) => i.id)).toHaveLength(3);
    expect((await list({ topic: other.topics.t1.id })).items.map((i) => i.id)).toEqual([third.id, q.id]);
    expect((await list({ status: "PUBLISHED" })).items.map((i) => i.id)).toEqual([third.id]);
    expect((await list({ type: "WRITTEN" })).items.map((i) => i.type)).toEqual(["WRITTEN"]);
    expect((await list({ q: "UNIT MEASURES" })).items.map((i) => i.id)).toEqual([q.id]);
    expect((await list({ q: q.key.slice(-8) })).items.map((i) => i.id)).toEqual([q.id]);

    const first = await list({ limit: "2" });
    expect(first.items).toHaveLength(2);
    const second = await list({ limit: "2", cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual((await list({})).items.map((i) => i.id));
  });
});
