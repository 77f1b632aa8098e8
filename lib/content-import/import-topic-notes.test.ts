import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getTopicNote } from "@/lib/notes/get-topic-note";
import { createContentImport } from "./create-content-import";
import { runContentImport } from "./run-content-import";
import { validateImportFile } from "./validate-import-file";
import { csvFile, jsonFile, jsonQuestion, numericCsvRow } from "@/lib/test-support/import-rows";
import { createTestCourse, deleteTestSubject } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: string;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

beforeAll(async () => {
  admin = (await createTestUser({ role: "ADMIN" })).id;
  fixture = await createTestCourse();
});
afterAll(async () => {
  await deleteTestSubject(fixture.subject.id);
  await db.user.delete({ where: { id: admin } });
});

const paragraph =
  "Displacement is the change in position of an object, a vector with a size and a direction. Velocity is the rate of change of displacement, and acceleration the rate of change of velocity. ";
const body = (extra = "") => `### Kinematics\n\n${paragraph.repeat(3)}\n\nFor constant acceleration, $v = u + at$ and $s = ut + \\tfrac{1}{2}at^2$.${extra}`;

const note = (overrides: Record<string, unknown> = {}) => ({
  type: "NOTE",
  course: fixture.course.slug,
  topic: "1.1",
  status: "published",
  body: body(),
  ...overrides,
});

const noteOf = (code: string) =>
  db
    .$primary()
    .topicNote.findFirst({ where: { topic: { courseId: fixture.course.id, code } }, select: { body: true, status: true, version: true, key: true } });

describe("importing topic notes (JSON)", () => {
  it("creates notes beside questions, publishes them to the note page, and a re-import changes nothing", async () => {
    const question = jsonQuestion({ course: fixture.course.slug, topic: "1.2" });
    const file = jsonFile([note(), note({ topic: "1.2", status: "draft" }), question]);
    const first = await createContentImport({ id: admin }, file);
    expect(first).toMatchObject({ totalRows: 3, validRows: 3, rejectedRows: 0 });

    const run = await runContentImport({ importId: first.id });
    expect(run.result).toMatchObject({ created: 3, updated: 0, unchanged: 0, changedCourseSlugs: [fixture.course.slug] });
    expect(run.result?.changedNotes?.map((n) => n.page).sort()).toEqual([
      `/courses/${fixture.course.slug}/topics/1.1`,
      `/courses/${fixture.course.slug}/topics/1.2`,
    ]);
    expect(await noteOf("1.1")).toEqual({ body: body(), status: "PUBLISHED", version: 1, key: null });
    expect(await noteOf("1.2")).toMatchObject({ status: "DRAFT", version: 1 });
    // The import waited for the replicas: the public page's read already sees the published note, not the draft.
    expect((await getTopicNote(fixture.course.slug, "1.1"))?.body).toBe(body());
    expect(await getTopicNote(fixture.course.slug, "1.2")).toBeNull();

    const again = await createContentImport({ id: admin }, file);
    expect((await runContentImport({ importId: again.id })).result).toMatchObject({ created: 0, updated: 0, unchanged: 3, changedCourseSlugs: [] });
    expect(await noteOf("1.1")).toMatchObject({ version: 1 });
  });

  it("updates a changed note with a new version, and takes a seeded note out of the seed's hands", async () => {
    const topic = fixture.topics.t2;
    await db.topicNote.create({ data: { topicId: topic.id, key: `seeded-${fixture.course.slug}-2`, body: body(" Seeded."), status: "PUBLISHED" } });

    const run = await runContentImport({ importId: (await createContentImport({ id: admin }, jsonFile([note({ topic: "2", body: body(" Imported.") })]))).id });
    expect(run.result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await noteOf("2")).toEqual({ body: body(" Imported."), status: "PUBLISHED", version: 2, key: null });

    // Importing it as a draft unpublishes it, as it does a question.
    const unpublish = await createContentImport({ id: admin }, jsonFile([note({ topic: "2", body: body(" Imported."), status: "draft" })]));
    expect((await runContentImport({ importId: unpublish.id })).result).toMatchObject({ updated: 1 });
    expect(await noteOf("2")).toMatchObject({ status: "DRAFT", version: 3 });
  });

  it("rejects a bad note with every reason, and writes nothing for it", async () => {
    const result = await validateImportFile(
      jsonFile([
        note({ topic: "9.9" }),
        note({ body: "Too short." }),
        note({ topic: "1.2", body: body(" Broken: $\\frac{1}{$.") }),
        note({ course: "no-such-course-sl", key: "a-note-key" }),
        note({ topic: "2", status: "live" }),
      ]),
    );
    expect(result.rows).toEqual([]);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.row, r.reasons.join(" | ")]));
    expect(reasons[1]).toContain(`topic "9.9" is not in the syllabus of ${fixture.course.slug}`);
    expect(reasons[2]).toContain("body must be at least 400 characters");
    expect(reasons[3]).toMatch(/^body: /);
    expect(reasons[4]).toContain('course "no-such-course-sl" does not exist');
    expect(reasons[4]).toContain("key is not used by a note");
    expect(reasons[5]).toContain('status "live" must be one of draft, published');
  });

  it("refuses two notes for one topic in a file, and notes in a CSV file", async () => {
    const twice = await validateImportFile(jsonFile([note(), note({ body: body(" Again.") }), note({ topic: "1.2" })]));
    expect(twice.rows.map((r) => r.row)).toEqual([3]);
    expect(twice.rejected.map((r) => [r.row, r.key])).toEqual([
      [1, `note:${fixture.course.slug}/1.1`],
      [2, `note:${fixture.course.slug}/1.1`],
    ]);
    expect(twice.rejected[0]!.reasons).toEqual([`a topic has one note, and rows 1, 2 are all notes for topic "1.1" of ${fixture.course.slug}`]);

    const csv = await validateImportFile(csvFile([numericCsvRow(), numericCsvRow({ type: "note" })]));
    expect(csv.rows).toHaveLength(1);
    expect(csv.rejected).toEqual([{ row: 3, key: expect.any(String), reasons: [expect.stringContaining("topic notes are imported from a JSON file")] }]);
  });

  it("accepts the note example of FORMAT.md, which public/import-examples/notes.json is (validated only: it names a seeded topic)", async () => {
    const format = fs.readFileSync(path.join(process.cwd(), "lib/content-import/FORMAT.md"), "utf8");
    const section = format.slice(format.indexOf("### Topic notes"));
    const example = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const result = await validateImportFile({ fileName: "notes.json", bytes: new TextEncoder().encode(example) });
    expect(result.rejected).toEqual([]);
    expect(result.rows).toMatchObject([{ key: "note:math-aa-sl/1.2", status: "PUBLISHED", note: { topicCode: "1.2" } }]);
    expect(JSON.parse(fs.readFileSync(path.join(process.cwd(), "public/import-examples/notes.json"), "utf8"))).toEqual(JSON.parse(example));
  });
});
