import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/errors";
import { validateImportFile } from "@/lib/content-import/validate-import-file";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createQuestion } from "./create-question";
import { uploadFigure } from "./upload-figure";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, writtenQuestion } from "@/lib/test-support/test-course";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let admin: ContentActor;
let student: ContentActor;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
const hashes: string[] = [];

const svgFile = () =>
  new File([`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text x="5" y="20">${randomUUID()}</text></svg>`], "graph.svg", {
    type: "image/svg+xml",
  });
const unknownFigure = `/figures/${"c".repeat(64)}-400x300.svg`;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  student = await createTestUser({ role: "STUDENT" });
  fixture = await createTestCourse();
});
afterAll(async () => {
  await deleteTestSubject(fixture.subject.id);
  await db.figure.deleteMany({ where: { hash: { in: hashes } } });
  await deleteTestUsers([admin.id, student.id]);
});

describe("figures in questions", () => {
  it("lets an admin upload a figure, audited, and nobody else", async () => {
    await expect(uploadFigure(student, { file: svgFile(), alt: "A graph" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadFigure(admin, { file: "not a file", alt: "A graph" })).rejects.toMatchObject({ status: 400 });

    const figure = await uploadFigure(admin, { file: svgFile(), alt: "Graph of the demand curve" }, { ip: "203.0.113.9", requestId: "req-fig" });
    hashes.push(figure.hash);
    expect(figure.markdown).toBe(`![Graph of the demand curve](/figures/${figure.hash}-400x300.svg)`);
    expect(await auditEntries(figure.hash)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "figure.upload",
        after: { path: figure.path, alt: "Graph of the demand curve", contentType: "image/svg+xml" },
      }),
    ]);
  });

  it("saves a question that shows an uploaded figure, and refuses one pointing at a figure not stored here", async () => {
    const figure = await uploadFigure(admin, { file: svgFile(), alt: "A circuit" });
    hashes.push(figure.hash);
    const created = await createQuestion(
      admin,
      writtenQuestion(fixture.course.id, fixture.topics.t11.id, { stem: `Look at the circuit.\n\n${figure.markdown}` }),
    );
    expect((await db.$primary().question.findUniqueOrThrow({ where: { id: created.id } })).stem).toContain(figure.path);

    const err = await rejectionOf(
      createQuestion(admin, writtenQuestion(fixture.course.id, fixture.topics.t11.id, { workedSolution: `![A circuit](${unknownFigure})` })),
    );
    expect(err).toBeInstanceOf(ContentValidationError);
    expect((err as ContentValidationError).issues).toEqual([{ path: "workedSolution", message: expect.stringMatching(/has not been uploaded here/) }]);
  });

  it("refuses an imported question whose figure is not stored, naming it", async () => {
    const figure = await uploadFigure(admin, { file: svgFile(), alt: "A cell" });
    hashes.push(figure.hash);
    const row = (stem: string, key: string) => ({
      key,
      course: fixture.course.slug,
      topic: "1.1",
      type: "WRITTEN",
      difficulty: 2,
      marks: 1,
      paper: "P1",
      calculator: false,
      commandTerm: "State",
      stem,
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "the nucleus" }],
      workedSolution: "The nucleus.",
    });
    const file = {
      fileName: "figures.json",
      bytes: new TextEncoder().encode(
        JSON.stringify([row(`Label X.\n\n${figure.markdown}`, `fig-ok-${randomUUID()}`), row(`![A cell](${unknownFigure})`, `fig-missing-${randomUUID()}`)]),
      ),
    };
    const result = await validateImportFile(file);
    expect(result.rows).toHaveLength(1);
    expect(result.rejected).toEqual([
      {
        row: 2,
        key: expect.stringMatching(/^fig-missing-/),
        reasons: [`figure ${unknownFigure} has not been uploaded here: upload it in the question editor first`],
      },
    ]);
  });
});
