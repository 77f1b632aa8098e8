import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { uploadFigure } from "@/lib/admin/content/upload-figure";
import { partKey } from "@/lib/questions/question-group-input";
import { createContentImport } from "./create-content-import";
import { runContentImport } from "./run-content-import";
import { contentImportReport } from "./content-import-report";
import { validateImportFile } from "./validate-import-file";
import { csvFile, jsonFile, jsonGroup, jsonQuestion, numericCsvRow, toBytes } from "@/lib/test-support/import-rows";
import { createTestCourse, deleteTestSubject } from "@/lib/test-support/test-course";
import { createTestUser, deleteTestUsers, type TestUser } from "@/lib/test-support/users";

let admin: TestUser;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
let figureMarkdown: string;
const hashes: string[] = [];

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  fixture = await createTestCourse();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text x="5" y="20">${randomUUID()}</text></svg>`;
  const figure = await uploadFigure(admin, { file: new File([svg], "track.svg", { type: "image/svg+xml" }), alt: "Velocity-time graph of the ride" });
  hashes.push(figure.hash);
  figureMarkdown = figure.markdown;
});
afterAll(async () => {
  await deleteTestSubject(fixture.subject.id);
  await db.figure.deleteMany({ where: { hash: { in: hashes } } });
  await deleteTestUsers([admin.id]);
});

const group = (overrides: Record<string, unknown> = {}) => jsonGroup(fixture.course.slug, "1.1", overrides);

async function importFile(items: unknown[]) {
  const created = await createContentImport({ id: admin.id }, jsonFile(items));
  return { created, run: await runContentImport({ importId: created.id }) };
}

const storedGroup = (key: string) =>
  db.$primary().questionGroup.findUnique({
    where: { key },
    select: {
      status: true,
      version: true,
      context: true,
      parts: { orderBy: { partIndex: "asc" }, select: { key: true, partLabel: true, partIndex: true, status: true, version: true, numericAnswer: true } },
    },
  });

describe("importing multi-part questions (JSON `parts`)", () => {
  it("imports a group with a figure in its context as one question with its parts in order", async () => {
    const good = group({ status: "published", context: `A cyclist's ride.\n\n${figureMarkdown}` });
    const { created, run } = await importFile([jsonQuestion({ course: fixture.course.slug, topic: "1.2" }), good]);
    expect(created).toMatchObject({ totalRows: 2, validRows: 2, rejectedRows: 0 });
    expect(run.result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });

    const stored = await storedGroup(good.key as string);
    expect(stored).toMatchObject({ status: "PUBLISHED", version: 1, context: expect.stringContaining(figureMarkdown) });
    expect(stored!.parts.map((p) => [p.key, p.partLabel, p.partIndex, p.status])).toEqual([
      [partKey(good.key as string, "a"), "a", 0, "PUBLISHED"],
      [partKey(good.key as string, "b"), "b", 1, "PUBLISHED"],
      [partKey(good.key as string, "c"), "c", 2, "PUBLISHED"],
    ]);
    expect(stored!.parts[2]!.numericAnswer).toMatchObject({ value: 288, followThrough: { from: ["a", "b"], value: "b + 20 * a" } });
  });

  it("reports every bad part with the group key and part label, and writes nothing of that group", async () => {
    const [a, b, c] = group().parts as Record<string, unknown>[];
    const unknownTopic = group({ parts: [a, { ...b, topic: "9.9" }, c] });
    const ftWrong = group({ parts: [a, b, { ...c, numericAnswer: { value: 300, unit: "m", followThrough: { from: ["a", "b"], value: "b + 20 * a" } } }] });
    const twice = group({ parts: [a, { ...b, label: "a" }, c] });
    const missingFigure = group({ context: `See the graph.\n\n![A graph](/figures/${"d".repeat(64)}-400x300.svg)` });
    const { created } = await importFile([unknownTopic, ftWrong, twice, missingFigure, group()]);

    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id: created.id } });
    const rejected = contentImportReport.parse(stored.report).rejected;
    expect(rejected.map((r) => [r.row, r.key])).toEqual([
      [1, unknownTopic.key],
      [2, ftWrong.key],
      [3, twice.key],
      [4, missingFigure.key],
    ]);
    expect(rejected[0]!.reasons).toEqual([`part (b): topic "9.9" is not in the syllabus of ${fixture.course.slug}`]);
    expect(rejected[1]!.reasons).toEqual([
      `part (c): numericAnswer.followThrough.value: from the earlier parts' answers, "b + 20 * a" gives 288, not this part's answer 300`,
    ]);
    expect(rejected[2]!.reasons).toContain("part (a) appears twice");
    expect(rejected[3]!.reasons).toEqual([expect.stringMatching(/^figure \/figures\/d+-400x300.svg has not been uploaded here/)]);
    for (const bad of [unknownTopic, ftWrong, twice, missingFigure]) {
      expect(await storedGroup(bad.key as string)).toBeNull();
      expect(await db.$primary().question.count({ where: { key: { startsWith: `${bad.key as string}-` } } })).toBe(0);
    }
  });

  it("finds nothing to change on re-import, and bumps only what changed", async () => {
    const first = group();
    const key = first.key as string;
    await importFile([first]);
    expect((await importFile([first])).run.result).toMatchObject({ created: 0, updated: 0, unchanged: 1, changedCourseSlugs: [] });
    let stored = await storedGroup(key);
    expect([stored!.version, ...stored!.parts.map((p) => p.version)]).toEqual([1, 1, 1, 1]);

    const [a, b, c] = first.parts as Record<string, unknown>[];
    const editedPart = { ...first, parts: [a, { ...b, stem: "Part b, reworded." }, c] };
    expect((await importFile([editedPart])).run.result).toMatchObject({ updated: 1, changedCourseSlugs: [fixture.course.slug] });
    stored = await storedGroup(key);
    expect([stored!.version, ...stored!.parts.map((p) => p.version)]).toEqual([1, 1, 2, 1]);

    const editedContext = { ...editedPart, context: "A cyclist rides along a straight road." };
    expect((await importFile([editedContext])).run.result).toMatchObject({ updated: 1 });
    stored = await storedGroup(key);
    expect([stored!.version, ...stored!.parts.map((p) => p.version)]).toEqual([2, 1, 2, 1]);

    // Dropping a part archives it (attempts keep it); the rest keep their places.
    const twoParts = { ...editedContext, parts: [a, { ...b, stem: "Part b, reworded." }] };
    expect((await importFile([twoParts])).run.result).toMatchObject({ updated: 1 });
    stored = await storedGroup(key);
    expect(stored!.parts.map((p) => [p.partLabel, p.status])).toEqual([
      ["a", "DRAFT"],
      ["b", "DRAFT"],
      ["c", "ARCHIVED"],
    ]);
  });

  it("refuses a one-part row that reuses a part's key, and a part key taken by a one-part question", async () => {
    const g = group();
    await importFile([g]);
    const stolen = jsonQuestion({ key: partKey(g.key as string, "a"), course: fixture.course.slug, topic: "1.1" });
    const result = await validateImportFile(jsonFile([stolen]));
    expect(result.rejected[0]!.reasons).toContain(
      `key "${partKey(g.key as string, "a")}" is a part of the multi-part question "${g.key as string}": import the whole question, with its parts`,
    );

    const clash = group();
    const holder = jsonQuestion({ key: partKey(clash.key as string, "a"), course: fixture.course.slug, topic: "1.1" });
    await importFile([holder]);
    const refused = await validateImportFile(jsonFile([clash]));
    expect(refused.rejected[0]!.reasons).toEqual([
      `part (a): key "${partKey(clash.key as string, "a")}" already belongs to another question, not a part of this one (use a new key)`,
    ]);
  });

  it("accepts the worked example of FORMAT.md once its figure is uploaded", async () => {
    const format = fs.readFileSync(path.join(process.cwd(), "lib/content-import/FORMAT.md"), "utf8");
    const example = /```json\n(\[\n  \{\n    "key": "phys-sl-cyclist-ride"[\s\S]*?)```/.exec(format)![1]!;
    const src = /\((\/figures\/[^)]+)\)/.exec(figureMarkdown)![1]!;
    const result = await validateImportFile({ fileName: "example.json", bytes: toBytes(example.replace("/figures/3f…e1-640x360.svg", src)) });
    expect(result.rejected).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it("refuses group columns in a CSV file: multi-part questions are JSON-only", async () => {
    const text = new TextDecoder()
      .decode(csvFile([numericCsvRow()]).bytes)
      .replace(/^key,/, "group_key,key,")
      .replace(/\r\n(?=.)/g, "\r\n,");
    await expect(validateImportFile({ fileName: "parts.csv", bytes: toBytes(text) })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("multi-part questions can be imported from JSON files only"),
    });
  });
});
