import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createQuestion } from "./create-question";
import { getQuestionForEditor } from "./get-question-for-editor";
import { updateQuestion } from "./update-question";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, writtenQuestion } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  fixture = await createTestCourse();
});
afterAll(async () => {
  await db.user.delete({ where: { id: admin.id } });
  await deleteTestSubject(fixture.subject.id);
});

// As the editor posts them: every number a string.
const level = (min: number, max: number, descriptor: string) => ({ min: String(min), max: String(max), descriptor });
const essay = () =>
  writtenQuestion(fixture.course.id, fixture.topics.t11.id, {
    marks: "10",
    commandTerm: "Discuss",
    stem: "Discuss whether the speed of a falling ball depends on its mass.",
    markingPoints: [{ label: "i1", kind: "POINT", marks: "0", text: "Air resistance matters for light objects.", dependsOn: "", keywords: "" }],
    markbands: [{ id: "1", title: "Discussion", levels: [level(1, 5, "Some relevant physics."), level(6, 10, "A balanced, supported argument.")] }],
  });

describe("markband questions in the admin editor", () => {
  it("saves markbands with the question, reads them back for the editor, and drops them when the type changes", async () => {
    const { id } = await createQuestion(admin, essay());
    const stored = await getQuestionForEditor(id);
    expect(stored?.markbands).toEqual([
      {
        id: "1",
        title: "Discussion",
        levels: [
          { min: 1, max: 5, descriptor: "Some relevant physics." },
          { min: 6, max: 10, descriptor: "A balanced, supported argument." },
        ],
      },
    ]);

    // An MCQ keeps no markbands, even when the editor still posts them.
    const asMcq = {
      ...essay(),
      id,
      version: "1",
      type: "MCQ",
      marks: "1",
      options: [
        { id: "A", text: "Yes" },
        { id: "B", text: "No" },
      ],
      correctOptionId: "B",
      markingPoints: [{ label: "p1", kind: "POINT", marks: "1", text: "B", dependsOn: "", keywords: "" }],
    };
    await updateQuestion(admin, asMcq);
    expect((await db.$primary().question.findUniqueOrThrow({ where: { id } })).markbands).toBeNull();
  });

  it("answers each markband problem on its field, saving nothing", async () => {
    const err = await rejectionOf(
      createQuestion(admin, {
        ...essay(),
        markbands: [{ id: "1", title: "", levels: [level(1, 5, "a"), level(7, 10, "")] }],
        markingPoints: [{ label: "p1", kind: "POINT", marks: "4", text: "Air resistance.", dependsOn: "", keywords: "" }],
      }),
    );
    expect(err).toBeInstanceOf(ContentValidationError);
    const issues = (err as ContentValidationError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "markbands.0.title", message: "Name the criterion" },
        { path: "markbands.0.levels.1.descriptor", message: "Describe what an answer at this level does" },
      ]),
    );

    const rules = await rejectionOf(
      createQuestion(admin, {
        ...essay(),
        markbands: [{ id: "1", title: "D", levels: [level(1, 5, "a"), level(7, 10, "b")] }],
        markingPoints: [{ label: "p1", kind: "POINT", marks: "4", text: "Air resistance.", dependsOn: "", keywords: "" }],
      }),
    );
    expect((rules as ContentValidationError).issues).toEqual([
      { path: "markbands.0.levels", message: "Criterion 1 level 2 should start at 6 marks: levels climb from 1 without gaps or overlaps" },
      { path: "markingPoints.0", message: "Under markbands the markscheme is indicative content: make p1 a POINT worth 0 marks" },
    ]);
  });
});
