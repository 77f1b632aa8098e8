import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/errors";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { listQuestions } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import { questionGroupInput } from "@/lib/questions/question-group-input";
import { upsertQuestionGroup } from "@/lib/questions/upsert-question-group";
import type { ContentActor } from "./content-actor";
import { contentFormState } from "./content-form-state";
import { groupFormState } from "./group-form-state";
import { ContentValidationError } from "./content-validation-error";
import { createQuestionGroup } from "./create-question-group";
import { updateQuestionGroup } from "./update-question-group";
import { addQuestionPart } from "./add-question-part";
import { moveQuestionPart } from "./move-question-part";
import { publishQuestionGroup, unpublishQuestionGroup } from "./set-question-group-status";
import { getQuestionGroupForEditor } from "./get-question-group-for-editor";
import { adminQuestionQuery, listAdminQuestions } from "./list-admin-questions";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, uniqueSuffix, writtenQuestion } from "@/lib/test-support/test-course";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let admin: ContentActor;
let student: ContentActor;
let teacher: ContentActor;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

beforeAll(async () => {
  fixture = await createTestCourse();
  admin = await createTestUser({ role: "ADMIN" });
  teacher = await createTestUser({ role: "TEACHER" });
  student = await createTestUser({ role: "STUDENT", courses: [fixture.course.slug] });
});
afterAll(async () => {
  await deleteTestUsers([admin.id, teacher.id, student.id]);
  await deleteTestSubject(fixture.subject.id);
});

const newGroup = (overrides: Record<string, unknown> = {}) => ({
  courseId: fixture.course.id,
  key: `test-group-${uniqueSuffix()}`,
  paper: "P2",
  calculator: "on",
  context: "A ball is thrown vertically upwards at $12\\ \\text{m s}^{-1}$.",
  ...overrides,
});

/** A part as the part editor posts it (a written question without key or course). */
const part = (groupId: string, label: string, overrides: Record<string, unknown> = {}) => {
  const { courseId: _c, key: _k, ...fields } = writtenQuestion(fixture.course.id, fixture.topics.t11.id, { stem: `Part ${label} of the ball question.` });
  return { ...fields, groupId, label, ...overrides };
};

async function groupWithParts(labels: string[]) {
  const group = await createQuestionGroup(admin, newGroup());
  const ids = [];
  for (const label of labels) ids.push((await addQuestionPart(admin, part(group.id, label))).id);
  return { group, ids };
}

const order = async (groupId: string) => (await getQuestionGroupForEditor(groupId))!.parts.map((p) => p.label);

describe("the multi-part question editor", () => {
  it("is for admins only: a student or a teacher is refused every action", async () => {
    const { group, ids } = await groupWithParts(["a", "b"]);
    for (const actor of [student, teacher]) {
      await expect(createQuestionGroup(actor, newGroup())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateQuestionGroup(actor, { id: group.id, context: "Changed." })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addQuestionPart(actor, part(group.id, "c"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(moveQuestionPart(actor, { id: ids[1], direction: "up" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publishQuestionGroup(actor, { id: group.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unpublishQuestionGroup(actor, { id: group.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await order(group.id)).toEqual(["a", "b"]);
  });

  it("creates a draft group and adds parts in order, keyed by the group's key and label, on the group's paper", async () => {
    const group = await createQuestionGroup(admin, newGroup({ paper: "P1", calculator: "" }));
    const a = await addQuestionPart(admin, part(group.id, "a", { paper: "P2", calculator: "on" }));
    const b = await addQuestionPart(admin, part(group.id, "b"));
    expect(a.key).toBe(`${group.key}-a`);
    const stored = await db.$primary().question.findMany({
      where: { groupId: group.id },
      orderBy: { partIndex: "asc" },
      select: { id: true, key: true, partLabel: true, partIndex: true, status: true, paper: true, calculator: true },
    });
    expect(stored).toEqual([
      { id: a.id, key: `${group.key}-a`, partLabel: "a", partIndex: 0, status: "DRAFT", paper: "P1", calculator: false },
      { id: b.id, key: `${group.key}-b`, partLabel: "b", partIndex: 1, status: "DRAFT", paper: "P1", calculator: false },
    ]);
    expect((await auditEntries(group.id)).map((e) => e.action)).toEqual(["question-group.create"]);
    // The course's question list says which question each part belongs to.
    const listed = await listAdminQuestions(adminQuestionQuery.parse({ course: fixture.course.id, q: group.key }));
    expect(listed.items.map((i) => [i.key, i.part])).toEqual([
      [`${group.key}-b`, { label: "b", groupId: group.id, groupKey: group.key }],
      [`${group.key}-a`, { label: "a", groupId: group.id, groupKey: group.key }],
    ]);
    expect((await auditEntries(a.id)).map((e) => [e.action, e.actorId])).toEqual([["question-group.add-part", admin.id]]);

    const twice = await rejectionOf(addQuestionPart(admin, part(group.id, "a")));
    expect(twice).toBeInstanceOf(ContentValidationError);
    expect((twice as ContentValidationError).issues).toEqual([{ path: "label", message: "Part (a) exists already: choose another label" }]);
    const badLabel = await rejectionOf(addQuestionPart(admin, part(group.id, "z")));
    expect((badLabel as ContentValidationError).issues.map((i) => i.path)).toEqual(["label"]);
    const taken = await rejectionOf(createQuestionGroup(admin, newGroup({ key: group.key })));
    expect((taken as ContentValidationError).issues).toEqual([{ path: "key", message: `The key ${group.key} is already used by another multi-part question` }]);
  });

  it("returns context problems as form errors, and saves a good context with a new version", async () => {
    const bad = await rejectionOf(createQuestionGroup(admin, newGroup({ context: "Broken $\\frac{1}{$ and ![a cat](https://example.com/cat.png)" })));
    expect(bad).toBeInstanceOf(ContentValidationError);
    const state = contentFormState(bad);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["context"]);
    expect((bad as ContentValidationError).issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^LaTeX error/),
      expect.stringMatching(/^The image https:\/\/example.com/),
    ]);
    const empty = await rejectionOf(createQuestionGroup(admin, newGroup({ context: "  " })));
    expect(contentFormState(empty).fieldErrors).toEqual({ context: "Write the context every part refers to" });
    const missingFigure = await rejectionOf(createQuestionGroup(admin, newGroup({ context: `See ![A graph](/figures/${"e".repeat(64)}-400x300.svg)` })));
    expect(contentFormState(missingFigure).fieldErrors?.context).toMatch(/has not been uploaded here/);

    const { group } = await groupWithParts(["a"]);
    const saved = await updateQuestionGroup(admin, { id: group.id, version: "1", context: "A stone is dropped from a bridge." });
    expect(saved.version).toBe(2);
    const stale = await rejectionOf(updateQuestionGroup(admin, { id: group.id, version: "1", context: "Again." }));
    expect(stale).toMatchObject({ status: 409 });
    const invalid = await rejectionOf(updateQuestionGroup(admin, { id: group.id, context: "$\\frac{$" }));
    expect(contentFormState(invalid).fieldErrors?.context).toMatch(/^LaTeX error/);
    expect((await getQuestionGroupForEditor(group.id))!.context).toBe("A stone is dropped from a bridge.");
  });

  it("moves parts up and down in one transaction, audited, and refuses to put a follow-through part before its source", async () => {
    const { group, ids } = await groupWithParts(["a", "b", "c"]);
    expect(await moveQuestionPart(admin, { id: ids[2], direction: "up" })).toEqual({ groupId: group.id, moved: true });
    expect(await order(group.id)).toEqual(["a", "c", "b"]);
    expect(await moveQuestionPart(admin, { id: ids[0], direction: "up" })).toEqual({ groupId: group.id, moved: false });
    const entries = await auditEntries(group.id);
    expect(entries.at(-1)).toMatchObject({ action: "question-group.reorder", before: { parts: ["a", "b", "c"] }, after: { parts: ["a", "c", "b"] } });

    // A seeded group: (c) follows through from (a) and (b).
    const numeric = (label: string, value: number, extra: Record<string, unknown> = {}) => ({
      label,
      type: "NUMERIC" as const,
      topicCode: "1.1",
      difficulty: 2,
      marks: 1,
      commandTerm: "Calculate" as const,
      stem: `Part ${label}.`,
      numericAnswer: { value, unit: "m", ...extra },
      markscheme: [{ id: "A1", kind: "A" as const, marks: 1, text: `${value} m` }],
      workedSolution: `${value} m`,
    });
    const key = `test-ft-${uniqueSuffix()}`;
    const parsed = questionGroupInput.parse({
      key,
      levels: ["HL"],
      paper: "P2",
      calculator: true,
      context: "A cyclist rides.",
      parts: [numeric("a", 12), numeric("b", 48), numeric("c", 288, { followThrough: { from: ["a", "b"], value: "b + 20 * a" } })],
    });
    const [a, b, c] = await upsertQuestionGroup(
      parsed,
      { key, courseId: fixture.course.id, parts: parsed.parts.map((p) => ({ key: p.key, topicId: fixture.topics.t11.id })) },
      "DRAFT",
    );
    const groupId = (await db.$primary().questionGroup.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
    const refused = await rejectionOf(moveQuestionPart(admin, { id: c, direction: "up" }));
    expect(refused).toBeInstanceOf(ContentValidationError);
    expect(groupFormState(refused)).toEqual({ error: "Part (c) follows through from part (b), so it must come after it." });
    await expect(moveQuestionPart(admin, { id: b, direction: "down" })).rejects.toThrow("Part (c) follows through from part (b), so it must come after it");
    expect(await moveQuestionPart(admin, { id: a, direction: "down" })).toMatchObject({ moved: true });
    expect(await order(groupId)).toEqual(["b", "a", "c"]);
    const stored = await db.$primary().question.findMany({ where: { groupId }, orderBy: { partIndex: "asc" }, select: { partIndex: true } });
    expect(stored.map((s) => s.partIndex)).toEqual([0, 1, 2]);
    await expect(moveQuestionPart(admin, { id: "not-a-uuid", direction: "up" })).rejects.toMatchObject({ status: 400 });
  });

  it("publishes the whole question: its parts reach students in practice and the bank; unpublishing takes them all back", async () => {
    const { group: lonely } = await groupWithParts(["a"]);
    const tooFew = await rejectionOf(publishQuestionGroup(admin, { id: lonely.id }));
    expect((tooFew as ContentValidationError).issues).toEqual([{ path: "form", message: "Add at least 2 parts before publishing" }]);

    const { group, ids } = await groupWithParts(["a", "b"]);
    await expect(createPracticeSession(student.id, { mode: "questions", questionIds: [ids[0]!] })).rejects.toMatchObject({ status: 400 });

    expect(await publishQuestionGroup(admin, { id: group.id })).toMatchObject({ status: "PUBLISHED", changed: true });
    const stored = await db.$primary().question.findMany({ where: { groupId: group.id }, select: { status: true, publishedAt: true } });
    expect(stored.map((s) => s.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
    expect(stored.every((s) => s.publishedAt instanceof Date)).toBe(true);
    expect((await auditEntries(group.id)).at(-1)).toMatchObject({ action: "question-group.publish", actorId: admin.id });

    const { id: sessionId } = await createPracticeSession(student.id, { mode: "questions", questionIds: [ids[1]!] });
    const session = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId }, select: { questionIds: true } });
    expect(session.questionIds).toEqual(ids);
    const { filters, page } = parseQuestionQuery(new URLSearchParams(`course=${fixture.course.slug}&limit=50`));
    const bank = await listQuestions(student.id, filters, page);
    expect(bank.items.map((i) => i.id)).toEqual(expect.arrayContaining(ids));

    expect(await unpublishQuestionGroup(admin, { id: group.id })).toMatchObject({ status: "DRAFT", changed: true });
    expect((await db.$primary().question.findMany({ where: { groupId: group.id }, select: { status: true } })).map((s) => s.status)).toEqual([
      "DRAFT",
      "DRAFT",
    ]);
    expect((await db.$primary().questionGroup.findUniqueOrThrow({ where: { id: group.id } })).status).toBe("DRAFT");
  });
});
