import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createContentImport } from "./create-content-import";
import { runContentImport } from "./run-content-import";
import { validateImportFile } from "./validate-import-file";
import { contentImportReport } from "./content-import-report";
import { jsonFile, jsonQuestion, toBytes } from "@/lib/test-support/import-rows";
import { createTestUser } from "@/lib/test-support/users";

let admin: string;
const keys: string[] = [];

beforeAll(async () => {
  admin = (await createTestUser({ role: "ADMIN" })).id;
});
afterAll(async () => {
  await db.question.deleteMany({ where: { key: { in: keys } } });
  await db.user.delete({ where: { id: admin } });
});

const level = (min: number, max: number, descriptor: string) => ({ min, max, descriptor });

/** A 15-mark economics essay in the JSON import shape: one holistic scale, its points indicative content. */
const essay = (overrides: Record<string, unknown> = {}) =>
  jsonQuestion({
    course: "economics-sl",
    topic: "2.4",
    marks: 15,
    commandTerm: "Evaluate",
    stem: "Evaluate the use of nudges to reduce sugar consumption.",
    markscheme: [{ id: "i1", kind: "POINT", marks: 0, text: "Default choices and framing, with an example." }],
    markbands: [
      {
        id: "1",
        title: "Evaluation",
        levels: [
          level(1, 3, "Little understanding."),
          level(4, 6, "Some understanding."),
          level(7, 9, "Theory applied; evaluation listed."),
          level(10, 12, "Developed evaluation."),
          level(13, 15, "Balanced, substantiated judgement."),
        ],
      },
    ],
    workedSolution: "A plan for a top-level answer.",
    ...overrides,
  });

describe("importing markband questions (JSON)", () => {
  it("imports markbands as written, and an unchanged re-import leaves them alone", async () => {
    const question = essay();
    keys.push(question.key as string);
    const first = await createContentImport({ id: admin }, jsonFile([question]));
    expect(first).toMatchObject({ validRows: 1, rejectedRows: 0 });
    expect(await runContentImport({ importId: first.id })).toMatchObject({ result: { created: 1 } });
    const stored = await db.$primary().question.findUniqueOrThrow({ where: { key: question.key as string }, select: { markbands: true, version: true } });
    expect(stored.markbands).toEqual(question.markbands);

    const again = await createContentImport({ id: admin }, jsonFile([question]));
    expect(await runContentImport({ importId: again.id })).toMatchObject({ result: { created: 0, updated: 0, unchanged: 1 } });
    // A changed descriptor is a change.
    const bands = question.markbands as { levels: { descriptor: string }[] }[];
    const edited = { ...question, markbands: [{ ...bands[0], levels: bands[0]!.levels.map((l, i) => (i === 4 ? { ...l, descriptor: "Sharper." } : l)) }] };
    const third = await createContentImport({ id: admin }, jsonFile([edited]));
    expect(await runContentImport({ importId: third.id })).toMatchObject({ result: { updated: 1 } });
    expect((await db.$primary().question.findUniqueOrThrow({ where: { key: question.key as string } })).version).toBe(stored.version + 1);
  });

  it("rejects markbands with a gap, a wrong total or marked points, saying which", async () => {
    const gap = essay({ markbands: [{ id: "1", title: "E", levels: [level(1, 3, "a"), level(5, 15, "b")] }] });
    const short = essay({ markbands: [{ id: "1", title: "E", levels: [level(1, 5, "a"), level(6, 10, "b")] }] });
    const marked = essay({ markscheme: [{ id: "p1", kind: "POINT", marks: 4, text: "Diagram." }] });
    const created = await createContentImport({ id: admin }, jsonFile([gap, short, marked]));
    expect(created).toMatchObject({ validRows: 0, rejectedRows: 3 });
    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id: created.id } });
    const reasons = contentImportReport.parse(stored.report).rejected.map((r) => r.reasons.join(" | "));
    expect(reasons[0]).toMatch(/level 2 should start at 4 marks/);
    expect(reasons[1]).toMatch(/markbands add up to 10 marks but the question is worth 15 marks/);
    expect(reasons[2]).toMatch(/indicative content: make p1 a POINT worth 0 marks/);
  });

  it("accepts the markband example of FORMAT.md", async () => {
    const format = fs.readFileSync(path.join(process.cwd(), "lib/content-import/FORMAT.md"), "utf8");
    const example = /```json\n(\{\n  "key": "econ-sl-sugar-tax-15"[\s\S]*?)```/.exec(format)![1]!;
    const result = await validateImportFile({ fileName: "essay.json", bytes: toBytes(`[${example}]`) });
    expect(result.rejected).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});
